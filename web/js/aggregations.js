// Aggregations of a search response drawn as links that narrow the search: the killed ranges and the timeline.
// hrefFor(patch) gives the page URL of the current search with patch applied (and paging reset).
import { el, clear } from './dom.js';
import { formatNumber, plural, isCount } from './format.js';

/* ---------- killed ranges ---------- */

// Counted sideways by the server: with a range chosen, the others keep their counts, so switching is one click.
export function renderKilledRanges(container, ranges, state, hrefFor) {
  clear(container);
  const list = Array.isArray(ranges) ? ranges.filter((r) => r && isCount(r.min) && isCount(r.count)) : [];
  for (const r of list) {
    const max = isCount(r.max) ? String(r.max) : '';
    const current = state.killedMin === String(r.min) && state.killedMax === max;
    const text = `${String(r.key).replace('-', '–')} (${formatNumber(r.count)})`;
    container.append(el('li', {}, current || r.count === 0
      ? el('span', { class: current ? 'range-choice current' : 'range-choice', 'aria-current': current ? 'true' : null, text })
      : el('a', { class: 'range-choice', href: hrefFor({ killedMin: String(r.min), killedMax: max }), text })));
  }
}

/* ---------- timeline ---------- */

const INTERVAL_NAMES = { year: 'year', month: 'month', day: 'day' };

// One bar per year, month or day (the server picks the width from the range); a bar links to its own range, so
// clicking a year shows its months and a month its days.
export function renderTimeline(container, dates, hrefFor) {
  clear(container);
  const buckets = dates && Array.isArray(dates.buckets) ? dates.buckets.filter((b) => b && isCount(b.count)) : [];
  const max = Math.max(0, ...buckets.map((b) => b.count));
  container.hidden = buckets.length < 2 || max === 0;
  if (container.hidden) return;
  const per = INTERVAL_NAMES[dates.interval] || 'period';
  const bars = buckets.map((b) => {
    const label = `${b.key}: ${plural(b.count, 'incident')}`;
    const bar = b.count > 0
      ? el('a', { class: 'bar', href: hrefFor({ from: b.from, to: b.to }), title: label, 'aria-label': label })
      : el('span', { class: 'bar bar-zero', title: label });
    const fill = el('span', { class: 'bar-fill' });
    fill.style.height = `${Math.max(b.count > 0 ? 4 : 0, Math.round((b.count / max) * 100))}%`; // CSSOM: allowed by the CSP
    bar.append(fill);
    return bar;
  });
  container.append(
    el('h2', { id: 'timeline-heading', class: 'timeline-heading', text: `Incidents per ${per}` }),
    el('div', { class: 'timeline-bars' }, bars),
    el('div', { class: 'timeline-axis' },
      el('span', { text: buckets[0].key }), el('span', { text: buckets[buckets.length - 1].key })));
}
