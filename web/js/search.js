// Search page: URL state -> API call -> results, facets, timeline, map, active filters, pager, export links.
// The page URL is the whole search state (state.js), so every change is a history entry and back/forward work.
import { $, el, append, clear } from './dom.js';
import * as api from './api.js';
import { renderActive } from './chips.js';
import { renderHit, renderEmpty } from './hits.js';
import { searchParams, takeFirst } from './boot.js';
import { renderPager } from './pager.js';
import {
  SORTS, PAGE_SIZE, MAX_PAGE, parseState, toQuery, apiQuery, cloneState, emptyState, countFilters,
} from './state.js';
import { formatNumber, plural, isCount } from './format.js';

const FORM_FIELDS = ['from', 'to', 'killedMin', 'killedMax', 'injuredMin', 'injuredMax'];

const ui = {
  form: $('search-form'), q: $('q'), sort: $('sort'),
  range: $('range-form'), filters: $('filters'), toggle: $('filters-toggle'), facets: $('facets'),
  error: $('error'), heading: $('results-heading'), detail: $('status-detail'),
  active: $('active-filters'), killedRanges: $('killed-ranges'), injuredRanges: $('injured-ranges'),
  results: $('results'), empty: $('empty'), pager: $('pager'), exports: $('exports'), health: $('health'),
};
for (const k of FORM_FIELDS) ui[k] = $(k);

let state = parseState(location.search);
let controller = null;
let facetController = null;
let lastData = null;
let firstPaint = true;

function urlFor(s) {
  const qs = toQuery(s).toString();
  return location.pathname + (qs ? '?' + qs : '');
}

/** The URL of the current search narrowed by patch, from its first page. */
function narrow(patch) {
  return urlFor({ ...state, ...patch, page: 1, after: '' });
}

function navigate(next, { focusResults = false } = {}) {
  const url = urlFor(next);
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
  state = next;
  load({ focusResults });
}

function update(mutate, opts) {
  const next = cloneState(state);
  mutate(next);
  next.page = 1;
  next.after = '';
  navigate(next, opts);
}

const plainClick = (e) => e.button === 0 && !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey);

/** Facet options of the page (expanded lists, filter boxes) on API parameters, once the widgets exist. */
const withFacetOptions = (params) => (widgets ? widgets.withFacetOptions(params) : params);

/* ---------- loading ---------- */

async function load({ focusResults = false } = {}) {
  syncForm();
  renderActive(ui.active, state, update);
  renderExports();
  document.title = (state.q ? `“${state.q}” – ` : '') + 'Incidex – search incidents';
  controller?.abort();
  const mine = (controller = new AbortController());
  ui.results.setAttribute('aria-busy', 'true');
  ui.heading.textContent = 'Searching…';
  ui.detail.textContent = '';
  try {
    const params = withFacetOptions(searchParams(state));
    const data = await (takeFirst(params) || api.search(params, mine.signal));
    if (controller !== mine) return; // a newer search started while the early one was answered
    hideError();
    renderResults(data);
    // The results are painted first; facets, timeline and map are drawn in the task after that frame.
    await afterNextPaint();
    if (controller !== mine) return;
    if (firstPaint) {
      firstPaint = false;
      performance.mark('incidex:first-results'); // read by the browser test: first results painted after load
      showHealth();
    }
    const w = await widgetsReady;
    if (controller !== mine) return;
    lastData = data;
    w.render(data, state);
  } catch (e) {
    if (e.name === 'AbortError') return;
    showError(e.message);
    ui.heading.textContent = 'Search failed';
    clear(ui.results);
    clear(ui.facets);
    $('timeline').hidden = true;
    ui.empty.hidden = true;
    ui.pager.hidden = true;
  } finally {
    if (controller === mine) ui.results.removeAttribute('aria-busy');
  }
  if (focusResults) {
    ui.heading.focus({ preventScroll: true });
    ui.heading.scrollIntoView({ block: 'start' });
  }
}

function showError(msg) {
  ui.error.textContent = msg;
  ui.error.hidden = false;
}

function hideError() {
  ui.error.hidden = true;
  ui.error.textContent = '';
}

function syncForm() {
  ui.q.value = state.q;
  ui.sort.value = state.sort;
  for (const k of FORM_FIELDS) ui[k].value = state[k];
  const n = countFilters(state);
  ui.toggle.textContent = n ? `Filters (${n})` : 'Filters';
}

/** Export links for the whole current result (every page), and the same search in the JSON API. */
function renderExports() {
  const p = toQuery(state);
  p.delete('page');
  p.delete('after');
  const href = (format) => {
    const q = new URLSearchParams(p);
    q.set('format', format);
    return '/api/v1/search/export?' + q;
  };
  clear(ui.exports).append(
    el('span', { class: 'exports-label', text: 'Export all results:' }),
    el('a', { href: href('csv'), download: '', class: 'export-link', 'data-format': 'csv', text: 'CSV' }),
    el('a', { href: href('jsonl'), download: '', class: 'export-link', 'data-format': 'jsonl', text: 'JSON lines' }),
    el('a', { href: href('geojson'), download: '', class: 'export-link', 'data-format': 'geojson', text: 'GeoJSON' }),
    el('a', { href: '/api/v1/search?' + p, class: 'export-link', text: 'As API JSON' }),
    el('a', { href: 'api.html', class: 'export-link', text: 'API documentation' }));
}

/* ---------- results ---------- */

const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function renderResults(data) {
  const hits = Array.isArray(data.hits) ? data.hits : [];
  const total = isCount(data.total) ? data.total : hits.length;
  const size = isCount(data.size) && data.size > 0 ? data.size : PAGE_SIZE;
  const page = isCount(data.page) && data.page > 0 ? data.page : state.page;
  const pages = Math.max(1, Math.ceil(total / size));
  const next = typeof data.next === 'string' ? data.next : '';

  ui.heading.textContent = plural(total, 'incident');
  ui.detail.textContent = hits.length && total > size
    ? (state.after
      ? `Showing ${formatNumber(hits.length)} more, past page ${MAX_PAGE}`
      : `Showing ${formatNumber((page - 1) * size + 1)}–${formatNumber((page - 1) * size + hits.length)}, page ${page} of ${formatNumber(pages)}`)
    : '';

  clear(ui.results);
  append(ui.results, hits.map(renderHit));
  renderEmpty(ui.empty, { isEmpty: hits.length === 0, total, state, didYouMean: data.didYouMean, urlFor });
  renderPager(ui.pager, { page, allPages: pages, next, after: state.after }, (patch) => urlFor({ ...state, ...patch }));
}

/** Re-counts the facets after a filter box or "Show all" changed, without reloading the results. */
async function refreshFacets() {
  facetController?.abort();
  const mine = (facetController = new AbortController());
  const params = withFacetOptions(apiQuery(state));
  params.set('size', '1');
  params.delete('page');
  params.delete('after');
  try {
    const data = await api.search(params, mine.signal);
    if (!lastData) return;
    lastData = { ...lastData, facets: data.facets, facetTotals: data.facetTotals };
    widgets?.renderFacets(lastData.facets, lastData.facetTotals, state);
  } catch (e) {
    if (e.name !== 'AbortError') showError(e.message);
  }
}

function clearFilters() {
  const next = emptyState();
  next.q = state.q;
  next.sort = state.sort;
  navigate(next);
  ui.q.focus();
}

/* ---------- events ---------- */

ui.sort.append(...SORTS.map((o) => el('option', { value: o.value, text: o.label })));

ui.form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = ui.q.value.trim();
  update((s) => { s.q = q; });
});

ui.sort.addEventListener('change', () => update((s) => { s.sort = ui.sort.value; }));

ui.range.addEventListener('submit', (e) => {
  e.preventDefault();
  update((s) => { for (const k of FORM_FIELDS) s[k] = ui[k].value.trim(); });
});

document.addEventListener('click', (e) => {
  if (e.target.closest('.clear-all')) clearFilters();
});

// Links that only change the search are followed in place (one history entry, no page load).
for (const [id, focus] of [['pager', true], ['empty', false], ['timeline', false], ['map', false], ['filters', false]]) {
  $(id).addEventListener('click', (e) => {
    const a = e.target.closest('a[href]');
    if (!a || !plainClick(e) || a.closest('#facets')) return;
    const url = new URL(a.getAttribute('href'), location.href);
    if (url.pathname !== location.pathname) return;
    e.preventDefault();
    navigate(parseState(url.search), { focusResults: focus });
  });
}

ui.toggle.addEventListener('click', () => {
  const open = ui.filters.dataset.open !== 'true';
  ui.filters.dataset.open = String(open);
  ui.toggle.setAttribute('aria-expanded', String(open));
});

window.addEventListener('popstate', () => {
  state = parseState(location.search);
  load();
});

/* ---------- start ---------- */

/** A chosen suggestion: a group or place becomes a filter, a title opens its incident. */
function pick(s) {
  if (s.kind === 'title') {
    if (s.id) location.assign('incident.html?id=' + encodeURIComponent(s.id));
    return;
  }
  // A group or place becomes a filter; the letters typed to find it are done with.
  update((next) => {
    next.q = '';
    if (!next.filters[s.kind].includes(s.value)) next.filters[s.kind].push(s.value);
  });
}

// Widgets load alongside the first search and are drawn after the results; a failure to load them leaves the
// results usable and says so.
let widgets = null;
const widgetsReady = import('./widgets.js').then((m) => {
  widgets = m.createWidgets({ narrow, update, refreshFacets, pick });
  return widgets;
}).catch((e) => {
  showError(`Filters, timeline and map could not be loaded: ${e.message}`);
  return { withFacetOptions: (p) => p, render() {}, renderFacets() {} };
});

history.replaceState(null, '', urlFor(state)); // normalise a hand-written URL
load();

/** The footer's index summary, asked for once the first results are on screen. */
function showHealth() {
  api.health().then((h) => {
    if (!isCount(h.incidents)) return;
    ui.health.textContent = `Incidex — ${plural(h.incidents, 'incident')} indexed` +
      (h.generation ? ` (index ${h.generation}).` : '.');
  }).catch(() => {});
}
