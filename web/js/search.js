// Search page: URL state -> API call -> results, facets, active filters, pager.
import { $, el, append, clear, snippetFragment } from './dom.js';
import * as api from './api.js';
import { renderKilledRanges, renderTimeline } from './aggregations.js';
import { renderPager } from './pager.js';
import {
  DIMENSIONS, SORTS, PAGE_SIZE, MAX_PAGE, parseState, toQuery, apiQuery, cloneState, emptyState,
  hasFilters, countFilters,
} from './state.js';
import { formatDate, machineDate, placeLabel, formatNumber, plural, isCount } from './format.js';

const FACET_LIMIT = 8;
const LABELS = Object.fromEntries(DIMENSIONS.map((d) => [d.key, d.label]));

const ui = {
  form: $('search-form'), q: $('q'), sort: $('sort'),
  range: $('range-form'), from: $('from'), to: $('to'), killedMin: $('killedMin'), killedMax: $('killedMax'),
  filters: $('filters'), toggle: $('filters-toggle'), facets: $('facets'),
  error: $('error'), heading: $('results-heading'), detail: $('status-detail'),
  active: $('active-filters'), timeline: $('timeline'), killedRanges: $('killed-ranges'), results: $('results'), empty: $('empty'), pager: $('pager'),
  health: $('health'),
};

let state = parseState(location.search);
let controller = null;
let facetController = null;
let lastData = null;
const expanded = new Set(); // facet dimensions showing all values
const prefixes = {}; // facet dimension -> text typed in its filter box (not part of the URL)

/** Adds the facet options of the page (expanded lists, filter boxes) to API parameters. */
function withFacetOptions(params) {
  for (const d of expanded) params.set(`facet.${d}.more`, 'true');
  for (const [d, p] of Object.entries(prefixes)) {
    if (!p) continue;
    params.set(`facet.${d}.prefix`, p);
    params.set(`facet.${d}.more`, 'true');
  }
  return params;
}

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

/* ---------- loading ---------- */

async function load({ focusResults = false } = {}) {
  syncForm();
  renderActive();
  document.title = (state.q ? `“${state.q}” – ` : '') + 'Incidex – search incidents';
  controller?.abort();
  const mine = (controller = new AbortController());
  ui.results.setAttribute('aria-busy', 'true');
  ui.heading.textContent = 'Searching…';
  ui.detail.textContent = '';
  try {
    const data = await api.search(withFacetOptions(apiQuery(state)), mine.signal);
    hideError();
    render(data);
  } catch (e) {
    if (e.name === 'AbortError') return;
    showError(e.message);
    ui.heading.textContent = 'Search failed';
    clear(ui.results);
    clear(ui.facets);
    ui.timeline.hidden = true;
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

/* ---------- form controls ---------- */

function syncForm() {
  ui.q.value = state.q;
  ui.sort.value = state.sort;
  for (const k of ['from', 'to', 'killedMin', 'killedMax']) ui[k].value = state[k];
  const n = countFilters(state);
  ui.toggle.textContent = n ? `Filters (${n})` : 'Filters';
}

/* ---------- results ---------- */

function render(data) {
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
  renderEmpty(hits.length === 0, total);
  renderPager(ui.pager, { page, allPages: pages, next, after: state.after }, (patch) => urlFor({ ...state, ...patch }));
  lastData = data;
  renderTimeline(ui.timeline, data.dates, narrow);
  renderKilledRanges(ui.killedRanges, data.ranges && data.ranges.killed, state, narrow);
  renderFacets(data.facets || {}, data.facetTotals || {});
}

/** Re-counts one facet after its filter box changed, without reloading the results. */
async function refreshFacet() {
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
    renderFacets(lastData.facets || {}, lastData.facetTotals || {});
  } catch (e) {
    if (e.name !== 'AbortError') showError(e.message);
  }
}

function renderHit(h) {
  const id = String(h.id ?? '');
  const datetime = machineDate(h.date);
  const meta = el('p', { class: 'hit-meta' },
    h.date ? el('time', { datetime, text: formatDate(h.date) }) : 'Date unknown',
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
        el('a', { href: 'incident.html?id=' + encodeURIComponent(id), text: h.title || 'Untitled incident' })),
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

function renderEmpty(isEmpty, total) {
  clear(ui.empty);
  ui.empty.hidden = !isEmpty;
  if (!isEmpty) return;
  if (total > 0 && (state.page > 1 || state.after)) {
    append(ui.empty,
      el('p', { class: 'empty-title', text: `There is no page ${state.page} for this search.` }),
      el('p', {}, el('a', { href: urlFor({ ...state, page: 1, after: '' }), class: 'first-page', text: 'Go to the first page' })));
    return;
  }
  const what = state.q ? `“${state.q}”` : 'your search';
  const filtered = hasFilters(state);
  append(ui.empty,
    el('p', { class: 'empty-title', text: `No incidents match ${what}${filtered ? ' with these filters' : ''}.` }),
    el('p', {
      text: filtered
        ? 'Try removing some filters, or widen the date range.'
        : 'Check the spelling, or try fewer or more general words.',
    }),
    filtered ? el('button', { type: 'button', class: 'btn clear-all', text: 'Clear all filters' }) : null);
}

/* ---------- facets ---------- */

function renderFacets(facets, totals = {}) {
  // Keep keyboard focus on the same checkbox, button or filter box across re-renders.
  const f = document.activeElement;
  const focusKey = f && ui.facets.contains(f) ? [f.dataset.dim, f.dataset.value, f.dataset.more, f.dataset.filter] : null;

  clear(ui.facets);
  for (const d of DIMENSIONS) {
    const selected = state.filters[d.key];
    const list = (Array.isArray(facets[d.key]) ? facets[d.key] : [])
      .filter((x) => x && x.value != null && x.value !== '')
      .map((x) => ({ value: String(x.value), count: isCount(x.count) ? x.count : null }));
    const counts = new Map(list.map((x) => [x.value, x.count]));
    const items = [
      ...selected.map((v) => ({ value: v, count: counts.get(v) ?? 0, checked: true })),
      ...list.filter((x) => !selected.includes(x.value)).map((x) => ({ ...x, checked: false })),
    ];
    const legendId = `facet-${d.key}-legend`;
    const section = el('fieldset', { class: 'facet' },
      el('legend', { id: legendId, text: d.label }));
    const prefix = prefixes[d.key] || '';
    const total = isCount(totals[d.key]) ? totals[d.key] : list.length;
    if (total > FACET_LIMIT || prefix) { // long lists get a filter box (the server filters every value, not just these)
      section.append(el('input', {
        type: 'search', class: 'facet-filter', value: prefix, placeholder: `Filter ${d.label.toLowerCase()} values`,
        'aria-label': `Filter ${d.label} values`, autocomplete: 'off', dataset: { filter: d.key },
      }));
    }
    if (!items.length) {
      if (prefix) {
        section.append(el('p', { class: 'facet-none', text: `No ${d.label.toLowerCase()} matches “${prefix}”.` }));
        ui.facets.append(section);
      }
      continue;
    }
    const open = expanded.has(d.key) || !!prefix;
    const limit = Math.max(FACET_LIMIT, selected.length);
    const ul = el('ul', { class: 'facet-list', id: `facet-${d.key}-list` });
    items.forEach((it, i) => {
      const id = `facet-${d.key}-${i}`;
      ul.append(el('li', { class: it.checked ? 'facet-item checked' : 'facet-item', hidden: !open && i >= limit },
        el('input', { type: 'checkbox', id, checked: it.checked, dataset: { dim: d.key, value: it.value } }),
        el('label', { for: id },
          el('span', { class: 'facet-value', text: it.value }),
          it.count != null ? el('span', { class: 'facet-count' },
            el('span', { class: 'vh', text: ', ' }), formatNumber(it.count),
            el('span', { class: 'vh', text: it.count === 1 ? ' incident' : ' incidents' })) : null)));
    });
    section.append(ul);
    const all = Math.max(total, items.length);
    if (!prefix && all > limit) {
      section.append(el('button', {
        type: 'button', class: 'link-button facet-more', 'aria-expanded': String(open),
        'aria-controls': ul.id, dataset: { more: d.key },
        text: open ? 'Show fewer' : `Show all ${formatNumber(all)}`,
      }));
    }
    ui.facets.append(section);
  }
  if (!ui.facets.childElementCount) {
    ui.facets.append(el('p', { class: 'facet-none', text: 'No filter values for this search.' }));
  }

  if (focusKey) {
    const match = [...ui.facets.querySelectorAll('input, button')].find((n) =>
      n.dataset.dim === focusKey[0] && n.dataset.value === focusKey[1] && n.dataset.more === focusKey[2] &&
      n.dataset.filter === focusKey[3]);
    match?.focus();
    if (match && match.dataset.filter) match.setSelectionRange(match.value.length, match.value.length);
  }
}

/* ---------- active filters ---------- */

function renderActive() {
  clear(ui.active);
  const chips = [];
  const chip = (label, remove) => chips.push(el('li', {},
    el('button', { type: 'button', class: 'filter-chip', 'aria-label': `Remove filter ${label}`, on: { click: () => update(remove) } },
      el('span', { text: label }), el('span', { class: 'x', 'aria-hidden': 'true', text: '×' }))));
  for (const d of DIMENSIONS) {
    for (const v of state.filters[d.key]) {
      chip(`${d.label}: ${v}`, (s) => { s.filters[d.key] = s.filters[d.key].filter((x) => x !== v); });
    }
  }
  if (state.from) chip(`From ${formatDate(state.from)}`, (s) => { s.from = ''; });
  if (state.to) chip(`To ${formatDate(state.to)}`, (s) => { s.to = ''; });
  if (state.killedMin) chip(`Killed ≥ ${state.killedMin}`, (s) => { s.killedMin = ''; });
  if (state.killedMax) chip(`Killed ≤ ${state.killedMax}`, (s) => { s.killedMax = ''; });
  ui.active.hidden = chips.length === 0;
  if (!chips.length) return;
  ui.active.append(
    el('h2', { class: 'vh', text: 'Active filters' }),
    el('ul', { class: 'chip-list' }, chips),
    el('button', { type: 'button', class: 'link-button clear-all', text: 'Clear all' }));
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
  update((s) => {
    for (const k of ['from', 'to', 'killedMin', 'killedMax']) s[k] = ui[k].value.trim();
  });
});

ui.facets.addEventListener('change', (e) => {
  const t = e.target;
  if (!(t instanceof HTMLInputElement) || !t.dataset.dim) return;
  const { dim, value } = t.dataset;
  update((s) => {
    const list = s.filters[dim];
    s.filters[dim] = t.checked ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
  });
});

ui.facets.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-more]');
  if (!b) return;
  const key = b.dataset.more;
  if (expanded.has(key)) expanded.delete(key); else expanded.add(key);
  refreshFacet(); // "all" asks the server for every value (facet.DIM.more), not just the top ones loaded
});

let filterTimer = 0;
ui.facets.addEventListener('input', (e) => {
  const t = e.target;
  if (!(t instanceof HTMLInputElement) || !t.dataset.filter) return;
  prefixes[t.dataset.filter] = t.value.trim();
  clearTimeout(filterTimer);
  filterTimer = setTimeout(refreshFacet, 150);
});

document.addEventListener('click', (e) => {
  if (e.target.closest('.clear-all')) clearFilters();
});

for (const [container, focus] of [[ui.pager, true], [ui.empty, false], [ui.timeline, false], [ui.killedRanges, false]]) {
  container.addEventListener('click', (e) => {
    const a = e.target.closest('a[href]');
    if (!a || !plainClick(e)) return;
    e.preventDefault();
    const next = parseState(new URL(a.href).search);
    navigate(next, { focusResults: focus });
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

history.replaceState(null, '', urlFor(state)); // normalise a hand-written URL
load();
api.health().then((h) => {
  if (!isCount(h.incidents)) return;
  ui.health.textContent = `Incidex — ${plural(h.incidents, 'incident')} indexed` +
    (h.generation ? ` (index ${h.generation}).` : '.');
}).catch(() => {});
