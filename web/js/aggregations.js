// The casualty range facets of a search response (killed, injured) drawn as links that narrow the search.
// hrefFor(patch) gives the page URL of the current search with patch applied (and paging reset).
import { el, clear } from './dom.js';
import { formatNumber, isCount } from './format.js';

/**
 * Counted sideways by the server: with a range chosen, the others keep their counts, so switching is one click.
 * dim is 'killed' or 'injured'; the state's dimMin/dimMax say which range is current.
 */
export function renderRanges(container, dim, ranges, state, hrefFor) {
  clear(container);
  const list = Array.isArray(ranges) ? ranges.filter((r) => r && isCount(r.min) && isCount(r.count)) : [];
  for (const r of list) {
    const max = isCount(r.max) ? String(r.max) : '';
    const current = state[dim + 'Min'] === String(r.min) && state[dim + 'Max'] === max;
    const text = `${String(r.key).replace('-', '–')} (${formatNumber(r.count)})`;
    container.append(el('li', {}, current || r.count === 0
      ? el('span', { class: current ? 'range-choice current' : 'range-choice', 'aria-current': current ? 'true' : null, text })
      : el('a', { class: 'range-choice', href: hrefFor({ [dim + 'Min']: String(r.min), [dim + 'Max']: max }), text })));
  }
}
