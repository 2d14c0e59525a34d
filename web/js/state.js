// Search state <-> URL query string. The page URL is the state:
// /?q=hotel&country=Mali&country=Niger&from=2015-01-01&sort=-date&page=2
// The API receives the same parameters (plus size).

export const DIMENSIONS = [
  { key: 'group', label: 'Group' },
  { key: 'country', label: 'Country' },
  { key: 'region', label: 'Region' },
  { key: 'city', label: 'City' },
  { key: 'year', label: 'Year' },
  { key: 'attackType', label: 'Attack type' },
  { key: 'target', label: 'Target' },
];

export const SORTS = [
  { value: 'relevance', label: 'Relevance' },
  { value: '-date', label: 'Newest first' },
  { value: 'date', label: 'Oldest first' },
  { value: 'killed', label: 'Most killed' },
];

export const INTERVALS = ['year', 'month', 'day'];

export const DEFAULT_SORT = 'relevance';
export const PAGE_SIZE = 20;
/** The API serves numbered pages up to this one; deeper pages follow the response's `next` cursor (after=). */
export const MAX_PAGE = 10;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNT = /^\d{1,9}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,1000}$/;
const NUM = String.raw`-?\d{1,3}(?:\.\d{1,6})?`;
const BBOX = new RegExp(`^${NUM},${NUM},${NUM},${NUM}$`);
/** The range and area filters, each one URL parameter with the API's name. */
export const SCALARS = ['from', 'to', 'killedMin', 'killedMax', 'injuredMin', 'injuredMax', 'bbox'];

/** Parses "minLon,minLat,maxLon,maxLat" into numbers, or null when it is not a box on the globe. */
export function parseBbox(v) {
  if (!BBOX.test(String(v))) return null;
  const [minLon, minLat, maxLon, maxLat] = String(v).split(',').map(Number);
  const lonOk = (x) => x >= -180 && x <= 180;
  const latOk = (y) => y >= -90 && y <= 90;
  if (!lonOk(minLon) || !lonOk(maxLon) || !latOk(minLat) || !latOk(maxLat) || minLat > maxLat) return null;
  return { minLon, minLat, maxLon, maxLat };
}

export function emptyState() {
  return {
    q: '',
    filters: Object.fromEntries(DIMENSIONS.map((d) => [d.key, []])),
    from: '',
    to: '',
    killedMin: '',
    killedMax: '',
    injuredMin: '',
    injuredMax: '',
    bbox: '', // minLon,minLat,maxLon,maxLat (GeoJSON order), drawn on the map
    interval: '', // the timeline's bucket: '' lets the server pick from the range
    sort: DEFAULT_SORT,
    page: 1,
    after: '', // a cursor from the previous page's `next`; replaces page past MAX_PAGE
  };
}

export function cloneState(s) {
  return { ...s, filters: Object.fromEntries(Object.entries(s.filters).map(([k, v]) => [k, [...v]])) };
}

/** Parses a query string (with or without '?'); unknown or malformed values are dropped. */
export function parseState(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = (p.get('q') || '').trim();
  for (const d of DIMENSIONS) {
    s.filters[d.key] = [...new Set(p.getAll(d.key).map((v) => v.trim()).filter(Boolean))];
  }
  for (const k of ['from', 'to']) {
    const v = (p.get(k) || '').trim();
    if (DATE.test(v)) s[k] = v;
  }
  for (const k of ['killedMin', 'killedMax', 'injuredMin', 'injuredMax']) {
    const v = (p.get(k) || '').trim();
    if (COUNT.test(v)) s[k] = String(Number(v));
  }
  const bbox = (p.get('bbox') || '').trim();
  if (parseBbox(bbox)) s.bbox = bbox;
  const interval = p.get('interval');
  if (INTERVALS.includes(interval)) s.interval = interval;
  const sort = p.get('sort');
  if (SORTS.some((o) => o.value === sort)) s.sort = sort;
  const page = Number(p.get('page'));
  if (Number.isInteger(page) && page > 1) s.page = Math.min(page, MAX_PAGE);
  const after = (p.get('after') || '').trim();
  if (CURSOR.test(after)) { s.after = after; s.page = 1; }
  return s;
}

/** The page's query string for a state; defaults (page 1, relevance) are left out. */
export function toQuery(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const d of DIMENSIONS) for (const v of s.filters[d.key] || []) p.append(d.key, v);
  for (const k of SCALARS) if (s[k] !== '') p.set(k, s[k]);
  if (s.interval) p.set('interval', s.interval);
  if (s.sort && s.sort !== DEFAULT_SORT) p.set('sort', s.sort);
  if (s.after) p.set('after', s.after);
  else if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** The API's query string: the page's parameters plus size and page. */
export function apiQuery(s) {
  const p = toQuery(s);
  p.set('size', String(PAGE_SIZE));
  if (!s.after) p.set('page', String(s.page));
  return p;
}

export function hasFilters(s) {
  return DIMENSIONS.some((d) => s.filters[d.key].length > 0) ||
    SCALARS.some((k) => s[k] !== '');
}

export function countFilters(s) {
  return DIMENSIONS.reduce((n, d) => n + s.filters[d.key].length, 0) +
    SCALARS.filter((k) => s[k] !== '').length;
}
