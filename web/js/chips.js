// The active filters as removable chips, and "Clear all". A chip is a button: removing a filter is one keystroke.
import { el, clear } from './dom.js';
import { DIMENSIONS, parseBbox } from './state.js';
import { formatDate } from './format.js';

const deg = (v, pos, neg) => `${Math.abs(v)}°${v >= 0 ? pos : neg}`;

/** "Area 10°W–0°E, 10°N–15°N" for a bbox parameter. */
export function areaLabel(bbox) {
  const b = parseBbox(bbox);
  if (!b) return `Area ${bbox}`;
  return `Area ${deg(b.minLon, 'E', 'W')}–${deg(b.maxLon, 'E', 'W')}, ${deg(b.minLat, 'N', 'S')}–${deg(b.maxLat, 'N', 'S')}`;
}

/** Every active filter as [label, mutate] where mutate(state) removes it. */
export function activeFilters(state) {
  const out = [];
  for (const d of DIMENSIONS) {
    for (const v of state.filters[d.key]) {
      out.push([`${d.label}: ${v}`, (s) => { s.filters[d.key] = s.filters[d.key].filter((x) => x !== v); }]);
    }
  }
  const scalar = (key, label) => { if (state[key]) out.push([label, (s) => { s[key] = ''; }]); };
  scalar('from', `From ${formatDate(state.from)}`);
  scalar('to', `To ${formatDate(state.to)}`);
  scalar('killedMin', `Killed ≥ ${state.killedMin}`);
  scalar('killedMax', `Killed ≤ ${state.killedMax}`);
  scalar('injuredMin', `Injured ≥ ${state.injuredMin}`);
  scalar('injuredMax', `Injured ≤ ${state.injuredMax}`);
  scalar('bbox', areaLabel(state.bbox));
  return out;
}

/** Draws the chips; update(mutate) applies a removal. The "Clear all" button has class clear-all. */
export function renderActive(container, state, update) {
  clear(container);
  const chips = activeFilters(state).map(([label, remove]) => el('li', {},
    el('button', { type: 'button', class: 'filter-chip', 'aria-label': `Remove filter ${label}`, on: { click: () => update(remove) } },
      el('span', { text: label }), el('span', { class: 'x', 'aria-hidden': 'true', text: '×' }))));
  container.hidden = chips.length === 0;
  if (!chips.length) return;
  container.append(
    el('h2', { class: 'vh', text: 'Active filters' }),
    el('ul', { class: 'chip-list' }, chips),
    el('button', { type: 'button', class: 'link-button clear-all', text: 'Clear all' }));
}
