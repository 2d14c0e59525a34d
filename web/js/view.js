// What part of the world the map shows for a search, and the grid level it asks the API for. Shared by the map
// and by boot.js, which sends the first search before the map's module has loaded.
import { parseBbox } from './state.js';

/** Width : height of the map box; the CSS aspect-ratio of .map-canvas says the same. */
export const ASPECT = 2.5;
const WORLD = { minLon: -180, minLat: -60, maxLon: 180, maxLat: 84 };
/** Grid cells across the view: enough to separate neighbouring cities' incidents, few enough to read. */
const CELLS_ACROSS = 24;
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

/** The area drawn for a bbox: the box with a margin, widened to the map's aspect; the world without one. */
export function viewFor(bbox) {
  const b = parseBbox(bbox);
  if (!b || b.minLon > b.maxLon) return { ...WORLD }; // none, or across the antimeridian: the whole world
  const cx = (b.minLon + b.maxLon) / 2;
  const cy = (b.minLat + b.maxLat) / 2;
  let w = Math.max((b.maxLon - b.minLon) * 1.3, 1);
  let h = Math.max((b.maxLat - b.minLat) * 1.3, 0.5);
  if (w / h < ASPECT) w = h * ASPECT; else h = w / ASPECT;
  if (w >= 360) return { ...WORLD };
  return { minLon: cx - w / 2, maxLon: cx + w / 2, minLat: cy - h / 2, maxLat: cy + h / 2 };
}

/** The grid zoom that puts about CELLS_ACROSS cells across a view. */
export function zoomFor(view) {
  const w = view.maxLon - view.minLon;
  return clamp(Math.ceil(Math.log2((360 * CELLS_ACROSS) / w)), 0, 20);
}

