// What the search page draws after its results: facets, casualty ranges, timeline, map, and the suggestions of
// the search box. search.js imports this module dynamically, so none of it is on the path to the first results.
import { $ } from './dom.js';
import { renderRanges } from './aggregations.js';
import { renderFacets, bindFacets, withFacetOptions } from './facets.js';
import { createMap } from './map.js';
import { attachSuggest } from './suggest.js';
import { createTimeline } from './timeline.js';

/**
 * Wires the widgets to the page. page: narrow(patch) → URL of the current search with patch applied;
 * update(mutate) changes the search; refreshFacets() re-counts facets alone; pick(suggestion) acts on a suggestion.
 */
export function createWidgets(page) {
  const timeline = createTimeline($('timeline'), {
    hrefFor: page.narrow,
    onRange: (from, to) => page.update((s) => { s.from = from; s.to = to; }),
    onInterval: (interval) => page.update((s) => { s.interval = interval; }),
  });
  const map = createMap($('map'), {
    hrefFor: page.narrow,
    onBox: (bbox) => page.update((s) => { s.bbox = bbox; }),
    onClear: () => page.update((s) => { s.bbox = ''; }),
  });
  bindFacets($('facets'), {
    toggle: (dim, value, checked) => page.update((s) => {
      const list = s.filters[dim].filter((v) => v !== value);
      s.filters[dim] = checked ? [...list, value] : list;
    }),
    refresh: page.refreshFacets,
  });
  attachSuggest($('q'), page.pick);

  return {
    withFacetOptions,
    /** Draws every widget for a search response. */
    render(data, state) {
      timeline.render(data.dates, state);
      map.render(data, state);
      renderRanges($('killed-ranges'), 'killed', data.ranges && data.ranges.killed, state, page.narrow);
      renderRanges($('injured-ranges'), 'injured', data.ranges && data.ranges.injured, state, page.narrow);
      renderFacets($('facets'), data.facets, data.facetTotals, state);
    },
    renderFacets: (facets, totals, state) => renderFacets($('facets'), facets, totals, state),
  };
}
