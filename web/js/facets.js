// Facet lists: one fieldset of checkboxes per dimension, counted sideways by the server (a checked value leaves the
// other values of its dimension with their counts, so picking a second one is an OR). Long lists get a filter box
// (the server filters all values, not only the ones shown) and "Show all". What is expanded or typed in a filter box
// is view state, not search state: it stays out of the URL.
import { el, clear } from './dom.js';
import { DIMENSIONS } from './state.js';
import { formatNumber, isCount } from './format.js';

const FACET_LIMIT = 8;

const expanded = new Set(); // dimensions showing all values
const prefixes = {}; // dimension -> text typed in its filter box

/** Adds the facet options of the page (expanded lists, filter boxes) to API parameters. */
export function withFacetOptions(params) {
  for (const d of expanded) params.set(`facet.${d}.more`, 'true');
  for (const [d, p] of Object.entries(prefixes)) {
    if (!p) continue;
    params.set(`facet.${d}.prefix`, p);
    params.set(`facet.${d}.more`, 'true');
  }
  return params;
}

function item(d, it, i, hidden) {
  const id = `facet-${d.key}-${i}`;
  return el('li', { class: it.checked ? 'facet-item checked' : 'facet-item', hidden },
    el('input', { type: 'checkbox', id, checked: it.checked, dataset: { dim: d.key, value: it.value } }),
    el('label', { for: id },
      el('span', { class: 'facet-value', text: it.value }),
      it.count != null ? el('span', { class: 'facet-count' },
        el('span', { class: 'vh', text: ', ' }), formatNumber(it.count),
        el('span', { class: 'vh', text: it.count === 1 ? ' incident' : ' incidents' })) : null));
}

function section(d, facets, totals, selected) {
  const list = (Array.isArray(facets[d.key]) ? facets[d.key] : [])
    .filter((x) => x && x.value != null && x.value !== '')
    .map((x) => ({ value: String(x.value), count: isCount(x.count) ? x.count : null }));
  const counts = new Map(list.map((x) => [x.value, x.count]));
  const items = [
    ...selected.map((v) => ({ value: v, count: counts.get(v) ?? 0, checked: true })),
    ...list.filter((x) => !selected.includes(x.value)).map((x) => ({ ...x, checked: false })),
  ];
  const fieldset = el('fieldset', { class: 'facet' }, el('legend', { id: `facet-${d.key}-legend`, text: d.label }));
  const prefix = prefixes[d.key] || '';
  const total = isCount(totals[d.key]) ? totals[d.key] : list.length;
  if (total > FACET_LIMIT || prefix) {
    fieldset.append(el('input', {
      type: 'search', class: 'facet-filter', value: prefix, placeholder: `Filter ${d.label.toLowerCase()} values`,
      'aria-label': `Filter ${d.label} values`, autocomplete: 'off', dataset: { filter: d.key },
    }));
  }
  if (!items.length) {
    if (!prefix) return null;
    fieldset.append(el('p', { class: 'facet-none', text: `No ${d.label.toLowerCase()} matches “${prefix}”.` }));
    return fieldset;
  }
  const open = expanded.has(d.key) || !!prefix;
  const limit = Math.max(FACET_LIMIT, selected.length);
  const ul = el('ul', { class: 'facet-list', id: `facet-${d.key}-list` }, items.map((it, i) => item(d, it, i, !open && i >= limit)));
  fieldset.append(ul);
  const all = Math.max(total, items.length);
  if (!prefix && all > limit) {
    fieldset.append(el('button', {
      type: 'button', class: 'link-button facet-more', 'aria-expanded': String(open),
      'aria-controls': ul.id, dataset: { more: d.key },
      text: open ? 'Show fewer' : `Show all ${formatNumber(all)}`,
    }));
  }
  return fieldset;
}

/** Draws every dimension's list, keeping keyboard focus on the same control across the redraw. */
export function renderFacets(container, facets, totals, state) {
  const f = document.activeElement;
  const focusKey = f && container.contains(f) ? [f.dataset.dim, f.dataset.value, f.dataset.more, f.dataset.filter] : null;
  clear(container);
  for (const d of DIMENSIONS) {
    const s = section(d, facets || {}, totals || {}, state.filters[d.key]);
    if (s) container.append(s);
  }
  if (!container.childElementCount) {
    container.append(el('p', { class: 'facet-none', text: 'No filter values for this search.' }));
  }
  if (focusKey) {
    const match = [...container.querySelectorAll('input, button')].find((n) =>
      n.dataset.dim === focusKey[0] && n.dataset.value === focusKey[1] && n.dataset.more === focusKey[2] &&
      n.dataset.filter === focusKey[3]);
    match?.focus();
    if (match && match.dataset.filter) match.setSelectionRange(match.value.length, match.value.length);
  }
}

/**
 * Wires the lists: toggle(dim, value, checked) changes the search; refresh() re-counts the facets alone after a
 * "Show all" or a filter box changed.
 */
export function bindFacets(container, { toggle, refresh }) {
  container.addEventListener('change', (e) => {
    const t = e.target;
    if (t instanceof HTMLInputElement && t.dataset.dim) toggle(t.dataset.dim, t.dataset.value, t.checked);
  });
  container.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-more]');
    if (!b) return;
    const key = b.dataset.more;
    if (expanded.has(key)) expanded.delete(key); else expanded.add(key);
    refresh(); // "all" asks the server for every value (facet.DIM.more), not just the top ones loaded
  });
  let timer = 0;
  container.addEventListener('input', (e) => {
    const t = e.target;
    if (!(t instanceof HTMLInputElement) || !t.dataset.filter) return;
    prefixes[t.dataset.filter] = t.value.trim();
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });
}
