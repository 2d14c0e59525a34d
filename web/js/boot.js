// The first search. The server usually puts its answer into the page (a <script type="application/json"
// id="initial-search"> data block, listed with the parameters it answers); when those are exactly the parameters
// this page would send, the results are drawn from it with no round trip. Otherwise the request goes out as soon as
// this small module runs (it is loaded async, ahead of the page's other modules), overlapping their loading.
// search.js takes the response when its first request is the same one.
import { parseState, apiQuery } from './state.js';
import { viewFor, zoomFor } from './view.js';
import * as api from './api.js';

/** The API parameters for a state: the search plus the map's grid level (the page adds its facet options). */
export function searchParams(state) {
  const params = apiQuery(state);
  params.set('zoom', String(zoomFor(viewFor(state.bbox))));
  return params;
}

const pairs = (params) => [...params].map(([k, v]) => `${k}=${v}`).sort();

/** The server's answer embedded in the page when it answers exactly params; else null. */
function embedded(params) {
  const block = document.getElementById('initial-search');
  if (!block) return null;
  block.remove(); // read once: back/forward and later searches ask the API
  try {
    const data = JSON.parse(block.textContent);
    const theirs = Array.isArray(data.params) ? data.params.map(([k, v]) => `${k}=${v}`).sort() : [];
    const mine = pairs(params);
    const same = theirs.length === mine.length && theirs.every((p, i) => p === mine[i]);
    return same && data.result && typeof data.result === 'object' ? data.result : null;
  } catch {
    return null;
  }
}

const params = searchParams(parseState(location.search));
const early = embedded(params);
let first = { key: params.toString(), response: early ? Promise.resolve(early) : api.search(params) };
first.response.catch(() => {}); // reported by the page when it takes the response, not here

/** The early response when params are the ones it was sent with, once; else null. */
export function takeFirst(params) {
  const mine = first;
  first = null;
  return mine && mine.key === params.toString() ? mine.response : null;
}
