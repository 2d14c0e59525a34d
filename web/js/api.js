// Fetch wrapper for the Incidex API. Errors (application/problem+json) become
// ApiError whose message is the problem's detail, ready to show to the user.

export class ApiError extends Error {
  constructor(message, status = 0, problem = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

async function getJson(path, params, signal) {
  const url = new URL(path, location.origin);
  if (params) url.search = params.toString();
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('Could not reach the Incidex server. Check your connection and try again.');
  }
  let body = null;
  if (/json/i.test(res.headers.get('content-type') || '')) {
    try {
      body = await res.json();
    } catch (e) {
      if (e.name === 'AbortError') throw e;
    }
  }
  if (!res.ok) {
    const msg = body && typeof body === 'object' && (body.detail || body.title);
    throw new ApiError(
      typeof msg === 'string' && msg ? msg : `The server answered ${res.status} ${res.statusText}`.trim(),
      res.status,
      body,
    );
  }
  if (body === null || typeof body !== 'object') {
    throw new ApiError('The server sent a response that is not JSON.', res.status);
  }
  return body;
}

export const search = (params, signal) => getJson('/api/v1/search', params, signal);
export const incident = (id, signal) => getJson('/api/v1/incidents/' + encodeURIComponent(id), null, signal);
export const health = (signal) => getJson('/health', null, signal);
export const openapi = (signal) => getJson('/api/v1/openapi.json', null, signal);
export const suggest = (params, signal) => getJson('/api/v1/suggest', params, signal);
export const related = (id, signal) =>
  getJson('/api/v1/incidents/' + encodeURIComponent(id) + '/related', new URLSearchParams({ size: '5' }), signal);
