// One search hit as a list item, and what the results column says when there are none.
import { el, append, clear, snippetFragment } from './dom.js';
import { hasFilters } from './state.js';
import { formatDate, machineDate, placeLabel, formatNumber, isCount } from './format.js';

/** One hit; the first on a page carries elementtiming, so the browser can report when results were painted. */
export function renderHit(h, index = 0) {
  const id = String(h.id ?? '');
  const meta = el('p', { class: 'hit-meta' },
    h.date ? el('time', { datetime: machineDate(h.date), text: formatDate(h.date) }) : 'Date unknown',
    el('span', { class: 'sep', 'aria-hidden': 'true', text: '·' }),
    el('span', { text: placeLabel(h.place) }));

  const badges = [['killed', 'killed'], ['injured', 'injured'], ['hostages', 'hostages']]
    .filter(([k]) => isCount(h[k]))
    .map(([k, label]) => el('li', { class: `badge badge-${k}`, text: `${formatNumber(h[k])} ${label}` }));

  const groups = (Array.isArray(h.groups) ? h.groups : []).filter(Boolean);
  const types = (Array.isArray(h.attackTypes) ? h.attackTypes : []).filter(Boolean);

  return el('li', { class: 'hit' },
    el('article', {},
      el('h3', { class: 'hit-title' },
        el('a', {
          href: 'incident.html?id=' + encodeURIComponent(id), text: h.title || 'Untitled incident',
          elementtiming: index === 0 ? 'first-result' : null,
        })),
      meta,
      badges.length ? el('ul', { class: 'badges', 'aria-label': 'Casualties' }, badges) : null,
      groups.length || types.length
        ? el('div', { class: 'hit-tags' },
          groups.length ? el('ul', { class: 'chips', 'aria-label': 'Groups' },
            groups.map((g) => el('li', { class: 'chip chip-group', text: String(g) }))) : null,
          types.length ? el('p', { class: 'hit-types' },
            el('span', { class: 'vh', text: 'Attack types: ' }), types.join(' · ')) : null)
        : null,
      h.snippet ? el('p', { class: 'snippet' }, snippetFragment(h.snippet)) : null));
}

/**
 * Fills container when a page has no hits: past the last page, a way back to the first; else what to try, with the
 * server's spelling suggestion (didYouMean) as a link. urlFor(state) gives a page URL.
 */
export function renderEmpty(container, { isEmpty, total, state, didYouMean, urlFor }) {
  clear(container);
  container.hidden = !isEmpty;
  if (!isEmpty) return;
  if (total > 0 && (state.page > 1 || state.after)) {
    append(container,
      el('p', { class: 'empty-title', text: `There is no page ${state.page} for this search.` }),
      el('p', {}, el('a', { href: urlFor({ ...state, page: 1, after: '' }), class: 'first-page', text: 'Go to the first page' })));
    return;
  }
  const what = state.q ? `“${state.q}”` : 'your search';
  const filtered = hasFilters(state);
  const suggestion = typeof didYouMean === 'string' && didYouMean.trim() ? didYouMean.trim() : '';
  append(container,
    el('p', { class: 'empty-title', text: `No incidents match ${what}${filtered ? ' with these filters' : ''}.` }),
    suggestion ? el('p', { class: 'did-you-mean' }, 'Did you mean ',
      el('a', { href: urlFor({ ...state, q: suggestion, page: 1, after: '' }), text: suggestion }), '?') : null,
    el('p', {
      text: filtered
        ? 'Try removing some filters, or widen the date range.'
        : 'Check the spelling, or try fewer or more general words.',
    }),
    filtered ? el('button', { type: 'button', class: 'btn clear-all', text: 'Clear all filters' }) : null);
}
