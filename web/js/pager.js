// The pager: numbered pages up to MAX_PAGE (offset paging), then "Next" along the response's cursor.
// hrefFor(patch) gives the page URL of the current search with patch applied.
import { el, clear } from './dom.js';
import { MAX_PAGE } from './state.js';

function pageList(page, pages) {
  const set = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  if (page <= 4) for (let n = 2; n <= Math.min(5, pages); n++) set.add(n);
  if (page >= pages - 3) for (let n = Math.max(1, pages - 4); n < pages; n++) set.add(n);
  const out = [];
  let prev = 0;
  for (const n of [...set].sort((a, b) => a - b)) {
    if (n - prev > 1) out.push(null);
    out.push(n);
    prev = n;
  }
  return out;
}

function pageLink(hrefFor, n, text, label, extra = '') {
  return el('a', { href: hrefFor({ page: n, after: '' }), class: 'page-link ' + extra, dataset: { page: n }, 'aria-label': label, text });
}

export function renderPager(container, { page, allPages, next, after }, hrefFor) {
  clear(container);
  container.hidden = allPages <= 1;
  if (allPages <= 1) return;
  const items = [];
  const afterLink = () => el('a', { href: hrefFor({ page: 1, after: next }), class: 'page-link page-next', 'aria-label': 'Next page', text: 'Next ›' });
  if (after) { // past the numbered pages: back to the start, or on along the cursor
    items.push(el('li', {}, pageLink(hrefFor, 1, '« First page', 'First page', 'page-prev')));
    items.push(el('li', {}, next ? afterLink()
      : el('span', { class: 'page-link page-next disabled', 'aria-disabled': 'true', text: 'Next ›' })));
    container.append(el('ul', { class: 'pager-list' }, items));
    return;
  }
  const pages = Math.min(allPages, MAX_PAGE);
  items.push(el('li', {}, page > 1
    ? pageLink(hrefFor, page - 1, '‹ Previous', 'Previous page', 'page-prev')
    : el('span', { class: 'page-link page-prev disabled', 'aria-disabled': 'true', text: '‹ Previous' })));
  for (const n of pageList(page, pages)) {
    if (n === null) items.push(el('li', { class: 'page-gap', 'aria-hidden': 'true', text: '…' }));
    else if (n === page) items.push(el('li', {}, el('a', { class: 'page-link current', href: hrefFor({ page: n, after: '' }), 'aria-current': 'page', 'aria-label': `Page ${n}, current page`, text: String(n), dataset: { page: n } })));
    else items.push(el('li', {}, pageLink(hrefFor, n, String(n), `Page ${n}`)));
  }
  items.push(el('li', {}, page < pages
    ? pageLink(hrefFor, page + 1, 'Next ›', 'Next page', 'page-next')
    : page < allPages && next ? afterLink()
    : el('span', { class: 'page-link page-next disabled', 'aria-disabled': 'true', text: 'Next ›' })));
  container.append(el('ul', { class: 'pager-list' }, items));
}
