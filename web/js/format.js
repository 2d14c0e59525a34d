// Small display formatters shared by the search and incident pages.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];

/** "2015-11-20" -> "20 November 2015", "2015-08" -> "August 2015", "2015" -> "2015". */
export function formatDate(value) {
  if (value == null || value === '') return '';
  const s = String(value);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (!m) return s;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : '';
  if (mo && !month) return s;
  if (!mo) return y;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** A value fit for <time datetime>, or null. */
export function machineDate(value) {
  const m = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(String(value ?? ''));
  return m ? m[0] : null;
}

/** "Bamako, Mali"; falls back to region, then "Unknown location". */
export function placeLabel(place) {
  if (!place || typeof place !== 'object') return 'Unknown location';
  const parts = [place.city || place.region, place.country].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Unknown location';
}

export function formatNumber(n) {
  return Number(n).toLocaleString('en');
}

export function plural(n, one, many = one + 's') {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "12.6392° N, 8.0029° W" or null. */
export function formatCoords(lat, lon) {
  if (typeof lat !== 'number' || typeof lon !== 'number' || !isFinite(lat) || !isFinite(lon)) return null;
  const f = (v, pos, neg) => `${Math.abs(v).toFixed(4)}° ${v >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}

export const isCount = (v) => typeof v === 'number' && Number.isFinite(v);
