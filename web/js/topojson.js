// A minimal TopoJSON reader (https://github.com/topojson/topojson-specification): enough to turn the shipped
// Natural Earth basemap (web/map/countries-110m.json, quantized and delta-encoded) into SVG path data.
// Coordinates stay in degrees; the map draws them in an equirectangular projection where y = -latitude, so the
// browser's viewBox does the projecting and zooming.

/** Decodes every arc of a topology into [lon, lat] points (undoing quantization and delta encoding). */
export function decodeArcs(topology) {
  const t = topology.transform;
  const [sx, sy] = t ? t.scale : [1, 1];
  const [tx, ty] = t ? t.translate : [0, 0];
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (t) {
        x += p[0];
        y += p[1];
        return [x * sx + tx, y * sy + ty];
      }
      return [p[0], p[1]];
    });
  });
}

/** The points of one ring: its arcs joined, a negative index (~i) meaning arc i walked backwards. */
function ring(arcs, indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    if (!arc) throw new Error(`TopoJSON ring refers to a missing arc ${i}`);
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

const r2 = (n) => Math.round(n * 100) / 100;

/**
 * A ring made continuous across the antimeridian (a step of more than 180° of longitude is taken the short way
 * round), so it draws as one shape instead of a line across the world. A ring that still ends a full turn away
 * from its start goes round a pole (Antarctica): it is closed along the pole's edge of the map.
 */
export function unwrapRing(points) {
  const out = [];
  let shift = 0;
  for (let i = 0; i < points.length; i++) {
    const [lon, lat] = points[i];
    if (i > 0) {
      const prev = points[i - 1][0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (Math.abs(last[0] - first[0]) > 180) {
    const pole = out.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    out.push([last[0], pole], [first[0], pole]);
  }
  return out;
}

function ringPath(points) {
  return 'M' + points.map(([lon, lat]) => `${r2(lon)},${r2(-lat)}`).join('L') + 'Z';
}

/** SVG path data for a Polygon or MultiPolygon geometry; '' for anything else. */
export function pathData(geometry, arcs) {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs]
    : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  let d = '';
  for (const polygon of polygons) {
    for (const indexes of polygon) {
      const pts = ring(arcs, indexes);
      if (pts.length < 3) continue;
      const ring2 = unwrapRing(pts);
      d += ringPath(ring2);
      // The part that now lies beyond ±180° is drawn again a turn away, on the map's other edge.
      const lons = ring2.map((p) => p[0]);
      if (Math.max(...lons) > 180) d += ringPath(ring2.map(([lon, lat]) => [lon - 360, lat]));
      if (Math.min(...lons) < -180) d += ringPath(ring2.map(([lon, lat]) => [lon + 360, lat]));
    }
  }
  return d;
}

/** [{name, d}] for each geometry of the named object (e.g. "countries"). */
export function features(topology, objectName) {
  const object = topology.objects && topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`TopoJSON has no geometry collection "${objectName}"`);
  }
  const arcs = decodeArcs(topology);
  return object.geometries
    .map((g) => ({ name: (g.properties && g.properties.name) || '', d: pathData(g, arcs) }))
    .filter((f) => f.d);
}
