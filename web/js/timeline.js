// The timeline: the response's date histogram as bars. A bar links to its own period (so a click on a year shows
// its months, from the keyboard too); dragging across bars selects their whole span as from/to; a select picks the
// bucket (auto, year, month, day), offered only where the server would not refuse it as too many bars.
import { el, clear } from './dom.js';
import { formatNumber, plural, isCount } from './format.js';

const PER = { year: 'year', month: 'month', day: 'day' };
/** The server's limit on bars (DateHistogram.MAX_BUCKETS). */
const MAX_BUCKETS = 2000;
const DAY_MS = 86_400_000;

/** How many buckets an interval gives from one ISO day to another. */
export function bucketCount(interval, from, to) {
  const a = new Date(from + 'T00:00:00Z');
  const b = new Date(to + 'T00:00:00Z');
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return 0;
  if (interval === 'day') return Math.round((b - a) / DAY_MS) + 1;
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
  return interval === 'month' ? months : b.getUTCFullYear() - a.getUTCFullYear() + 1;
}

/**
 * Builds the timeline inside section. hrefFor(patch) is the URL of the current search with patch applied;
 * onRange(from, to) narrows the search to a brushed span; onInterval(value) changes the bucket.
 * Returns { render(dates, state) }.
 */
export function createTimeline(section, { hrefFor, onRange, onInterval }) {
  const heading = el('h2', { id: 'timeline-heading', class: 'timeline-heading' });
  const select = el('select', { id: 'interval', class: 'interval' },
    el('option', { value: '', text: 'Auto' }),
    ...Object.keys(PER).map((k) => el('option', { value: k, text: k[0].toUpperCase() + k.slice(1) })));
  const bars = el('div', { class: 'timeline-bars' });
  const axis = el('div', { class: 'timeline-axis' });
  const readout = el('p', { class: 'timeline-readout', 'aria-live': 'polite' });
  clear(section).append(
    el('div', { class: 'timeline-head' }, heading,
      el('div', { class: 'timeline-interval' }, el('label', { for: 'interval', text: 'Bars per' }), select)),
    el('p', { class: 'timeline-help', text: 'Drag across bars to choose a date range; select a bar for its period.' }),
    bars, readout, axis);

  let buckets = [];

  function render(dates, state) {
    clear(bars);
    clear(axis);
    readout.textContent = '';
    buckets = dates && Array.isArray(dates.buckets) ? dates.buckets.filter((b) => b && isCount(b.count)) : [];
    const max = Math.max(0, ...buckets.map((b) => b.count));
    section.hidden = (buckets.length < 2 && !state.interval) || max === 0;
    if (section.hidden) return;
    heading.textContent = `Incidents per ${PER[dates.interval] || 'period'}`;
    select.value = state.interval;
    for (const o of select.options) {
      o.disabled = !!o.value && !!dates.from && !!dates.to && bucketCount(o.value, dates.from, dates.to) > MAX_BUCKETS;
    }
    bars.append(...buckets.map((b, i) => {
      const label = `${b.key}: ${plural(b.count, 'incident')}`;
      const bar = b.count > 0
        ? el('a', { class: 'bar', href: hrefFor({ from: b.from, to: b.to }), title: label, 'aria-label': label, draggable: 'false' })
        : el('span', { class: 'bar bar-zero', title: label });
      bar.dataset.i = String(i);
      const fill = el('span', { class: 'bar-fill' });
      fill.style.height = `${Math.max(b.count > 0 ? 4 : 0, Math.round((b.count / max) * 100))}%`; // CSSOM: allowed by the CSP
      bar.append(fill);
      return bar;
    }));
    axis.append(el('span', { text: buckets[0].key }), el('span', { text: buckets[buckets.length - 1].key }));
  }

  /* ---------- brushing ---------- */

  let brush = null; // { start, end } bar indexes while dragging
  let suppressClick = false;

  /** The bar under the pointer (even while it is captured), else the nearest by position (in the 1px gaps). */
  const indexAt = (e) => {
    const under = document.elementFromPoint(e.clientX, e.clientY);
    const bar = under && under.closest ? under.closest('.bar') : null;
    if (bar && bars.contains(bar)) return Number(bar.dataset.i);
    const r = bars.getBoundingClientRect();
    if (!buckets.length || r.width <= 0) return -1;
    return Math.max(0, Math.min(buckets.length - 1, Math.floor(((e.clientX - r.left) / r.width) * buckets.length)));
  };

  const paint = () => {
    const [a, b] = brush ? [Math.min(brush.start, brush.end), Math.max(brush.start, brush.end)] : [-1, -1];
    for (const n of bars.children) {
      const i = Number(n.dataset.i);
      n.classList.toggle('brushed', i >= a && i <= b);
    }
    if (brush && a !== b) {
      const n = buckets.slice(a, b + 1).reduce((s, x) => s + x.count, 0);
      readout.textContent = `${buckets[a].key} – ${buckets[b].key}: ${plural(n, 'incident')}`;
    } else {
      readout.textContent = '';
    }
  };

  bars.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    const i = indexAt(e);
    if (i < 0) return;
    brush = { start: i, end: i };
    bars.setPointerCapture(e.pointerId);
    e.preventDefault(); // no text selection or link drag while brushing
  });
  bars.addEventListener('pointermove', (e) => {
    if (!brush) return;
    const i = indexAt(e);
    if (i >= 0 && i !== brush.end) {
      brush.end = i;
      paint();
    }
  });
  bars.addEventListener('pointerup', (e) => {
    if (!brush) return;
    const a = Math.min(brush.start, brush.end);
    const b = Math.max(brush.start, brush.end);
    brush = null;
    paint();
    // With the pointer captured, the click that follows lands on the bars, not on a bar's link: so a plain click
    // is followed here too (to the bar's own period), and that click is swallowed.
    if (a === b && buckets[a].count === 0) return;
    suppressClick = true;
    setTimeout(() => { suppressClick = false; }, 0);
    onRange(buckets[a].from, buckets[b].to);
  });
  bars.addEventListener('pointercancel', () => {
    brush = null;
    paint();
  });
  bars.addEventListener('click', (e) => {
    if (suppressClick) {
      e.preventDefault();
      e.stopPropagation();
    }
  }, true);
  select.addEventListener('change', () => onInterval(select.value));

  return { render };
}
