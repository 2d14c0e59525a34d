// The map: the shipped Natural Earth basemap (no tiles, no CDN) in an equirectangular SVG, the API's grid cells as
// circles sized by the people killed in them (number = incidents), and a box drawn with the pointer to filter on
// the area (bbox). The view follows the bbox, so drawing a box zooms in; a circle is a link that zooms to its cell,
// which also makes the map usable from the keyboard, with "Zoom out" and "Whole world" buttons to go back.
import { el, clear, safeUrl } from './dom.js';
import { features } from './topojson.js';
import { parseBbox } from './state.js';
import { ASPECT, viewFor } from './view.js';
import { formatNumber, plural, isCount } from './format.js';

const NS = 'http://www.w3.org/2000/svg';
/** Drags shorter than this (in CSS pixels, either way) are clicks, not boxes. */
const MIN_DRAG_PX = 8;

let basemap = null;

/** The basemap's country paths, fetched once per page from the app's own origin. */
function loadBasemap() {
  basemap ??= fetch('map/countries-110m.json', { credentials: 'same-origin' })
    .then((r) => {
      if (!r.ok) throw new Error(`basemap: ${r.status}`);
      return r.json();
    })
    .then((topology) => features(topology, 'countries'));
  return basemap;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (/^on/i.test(k) || k === 'style') throw new Error('refused attribute ' + k);
    node.setAttribute(k, k === 'href' ? safeUrl(v) : String(v));
  }
  for (const c of children) if (c != null) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

const round2 = (n) => Math.round(n * 100) / 100;
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

/** The bbox parameter for a box: west,south,east,north with two decimals (about 1 km). */
export function bboxParam(b) {
  return [b.minLon, b.minLat, b.maxLon, b.maxLat].map(round2).join(',');
}

function coord(v, pos, neg) {
  return `${Math.abs(v).toFixed(1)}°${v >= 0 ? pos : neg}`;
}

/**
 * Builds the map inside section. hrefFor(patch) is the page URL of the current search with patch applied;
 * onBox(bbox) and onClear() change the area filter. Returns { render(data, state) }.
 */
export function createMap(section, { hrefFor, onBox, onClear }) {
  const canvas = svg('svg', {
    class: 'map-canvas', role: 'group', 'aria-labelledby': 'map-heading', 'aria-describedby': 'map-help',
    preserveAspectRatio: 'xMidYMid meet',
  });
  const land = svg('g', { class: 'map-land', 'aria-hidden': 'true' });
  const area = svg('rect', { class: 'map-area', 'aria-hidden': 'true' });
  const markers = svg('g', { class: 'map-markers' });
  const brush = svg('rect', { class: 'map-brush', 'aria-hidden': 'true', visibility: 'hidden' });
  canvas.append(land, area, markers, brush);

  const note = el('p', { class: 'map-note' });
  const zoomOut = el('button', { type: 'button', class: 'btn btn-small', text: 'Zoom out' });
  const world = el('button', { type: 'button', class: 'btn btn-small', text: 'Whole world' });
  clear(section).append(
    el('div', { class: 'map-head' },
      el('h2', { id: 'map-heading', class: 'map-heading', text: 'Map' }),
      el('div', { class: 'map-buttons' }, zoomOut, world)),
    el('p', { id: 'map-help', class: 'map-help', text: 'Drag on the map to filter to an area. Circle size: people killed; number: incidents. Select a circle to zoom to it.' }),
    canvas, note);

  let view = viewFor('');
  let last = null;
  let zoomOutTo = ''; // the bbox "Zoom out" goes to; '' = the whole world

  let landDrawn = false;

  /** Draws the countries once, after the first results: the results come first, the basemap a moment later. */
  function drawLand() {
    if (landDrawn) return;
    landDrawn = true;
    setTimeout(() => loadBasemap().then((countries) => {
      land.replaceChildren(...countries.map((c) => svg('path', { d: c.d }, svg('title', {}, c.name))));
    }).catch(() => {
      note.textContent = 'The basemap could not be loaded; circles are still placed by longitude and latitude.';
    }), 0);
  }

  function toLonLat(e) {
    const m = canvas.getScreenCTM();
    if (!m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return [clamp(p.x, -180, 180), clamp(-p.y, -90, 90)];
  }

  /** Degrees per CSS pixel, so circles and text keep their on-screen size at every zoom. */
  // The canvas size comes from a ResizeObserver, not from measuring while drawing (which would force a layout in
  // the middle of rendering results); its first report arrives before the first paint and redraws the circles.
  let size = { w: 0, h: 0 };
  function perPixel() {
    const wPx = size.w > 0 ? Math.min(size.w, size.h * ASPECT || size.w) : 720;
    return (view.maxLon - view.minLon) / wPx;
  }

  function drawMarkers() {
    if (!last) return;
    const { cells } = last;
    const k = perPixel();
    const small = size.w > 0 ? clamp(size.w / 800, 0.5, 1) : 1; // circles shrink with a narrow map
    markers.replaceChildren(...cells.map((c) => {
      const killed = isCount(c.killed) ? c.killed : 0;
      const r = (4 + 2 * Math.log2(1 + killed)) * small * k;
      const label = `${plural(c.count, 'incident')}, ${formatNumber(killed)} killed, around ` +
        `${coord(c.lat, 'N', 'S')} ${coord(c.lon, 'E', 'W')}. Zoom to this area.`;
      return svg('a', { href: hrefFor({ bbox: bboxParam(c.bounds) }), class: 'map-marker', 'aria-label': label },
        svg('title', {}, label),
        svg('circle', { cx: c.lon, cy: -c.lat, r }),
        c.count > 1 && r / k >= 7 ? svg('text', { x: c.lon, y: -c.lat, 'font-size': 11 * k, dy: '0.35em' }, String(c.count)) : null);
    }));
  }

  function render(data, state) {
    view = viewFor(state.bbox);
    canvas.setAttribute('viewBox', `${view.minLon} ${-view.maxLat} ${view.maxLon - view.minLon} ${view.maxLat - view.minLat}`);
    const b = parseBbox(state.bbox);
    area.setAttribute('visibility', b && b.minLon <= b.maxLon ? 'visible' : 'hidden');
    if (b && b.minLon <= b.maxLon) {
      area.setAttribute('x', b.minLon);
      area.setAttribute('y', -b.maxLat);
      area.setAttribute('width', b.maxLon - b.minLon);
      area.setAttribute('height', b.maxLat - b.minLat);
    }
    const grid = data && data.grid && Array.isArray(data.grid.cells) ? data.grid : { cells: [] };
    const cells = grid.cells.filter((c) => c && isCount(c.count) && Number.isFinite(c.lat) && Number.isFinite(c.lon) && c.bounds)
      .sort((a, b) => (b.killed || 0) - (a.killed || 0)); // big circles first, so small ones stay on top
    last = { cells };
    drawMarkers();
    const mapped = cells.reduce((n, c) => n + c.count, 0);
    const total = isCount(data && data.total) ? data.total : mapped;
    note.textContent = total > mapped
      ? `${plural(total - mapped, 'incident')} without coordinates ${total - mapped === 1 ? 'is' : 'are'} not on the map.`
      : '';
    zoomOut.hidden = world.hidden = !state.bbox;
    zoomOutTo = b ? widened(b) : '';
    drawLand();
  }

  /** The bbox three times as wide and high around the same centre, or '' when that covers the world. */
  function widened(b) {
    if (b.minLon > b.maxLon) return '';
    const cx = (b.minLon + b.maxLon) / 2;
    const cy = (b.minLat + b.maxLat) / 2;
    const w = (b.maxLon - b.minLon) * 1.5;
    const h = (b.maxLat - b.minLat) * 1.5;
    if (w >= 180) return '';
    return bboxParam({
      minLon: clamp(cx - w, -180, 180), maxLon: clamp(cx + w, -180, 180),
      minLat: clamp(cy - h, -90, 90), maxLat: clamp(cy + h, -90, 90),
    });
  }

  zoomOut.addEventListener('click', () => {
    if (zoomOutTo) onBox(zoomOutTo); else onClear();
  });
  world.addEventListener('click', onClear);

  let drag = null;
  const showBrush = (a, b) => {
    brush.setAttribute('x', Math.min(a[0], b[0]));
    brush.setAttribute('y', -Math.max(a[1], b[1]));
    brush.setAttribute('width', Math.abs(a[0] - b[0]));
    brush.setAttribute('height', Math.abs(a[1] - b[1]));
    brush.setAttribute('visibility', 'visible');
  };
  const endDrag = () => {
    drag = null;
    brush.setAttribute('visibility', 'hidden');
  };
  canvas.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || e.target.closest('a')) return;
    const p = toLonLat(e);
    if (!p) return;
    drag = { start: p, x: e.clientX, y: e.clientY };
    canvas.setPointerCapture(e.pointerId);
    e.preventDefault();
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const p = toLonLat(e);
    if (p) showBrush(drag.start, p);
  });
  canvas.addEventListener('pointerup', (e) => {
    if (!drag) return;
    const { start, x, y } = drag;
    const p = toLonLat(e);
    endDrag();
    if (!p || Math.abs(e.clientX - x) < MIN_DRAG_PX || Math.abs(e.clientY - y) < MIN_DRAG_PX) return;
    onBox(bboxParam({
      minLon: Math.min(start[0], p[0]), maxLon: Math.max(start[0], p[0]),
      minLat: Math.min(start[1], p[1]), maxLat: Math.max(start[1], p[1]),
    }));
  });
  canvas.addEventListener('pointercancel', endDrag);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && drag) endDrag();
  });
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver((entries) => {
      const r = entries[entries.length - 1].contentRect;
      if (r.width === size.w && r.height === size.h) return;
      size = { w: r.width, h: r.height };
      drawMarkers();
    }).observe(canvas);
  }

  return { render };
}
