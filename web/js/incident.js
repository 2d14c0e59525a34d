// Incident page: incident.html?id=ID -> every field, plus each source's text
// with the evidence passages highlighted from their offsets.
import { $, el, append } from './dom.js';
import * as api from './api.js';
import { formatDate, machineDate, placeLabel, formatNumber, formatCoords, isCount } from './format.js';

const id = new URLSearchParams(location.search).get('id');
const root = $('incident');

// Evidence "field" names mapped to the row of the fact list they support.
const FIELD_ROW = {
  date: 'date', year: 'date', place: 'place', city: 'place', region: 'place', country: 'place',
  location: 'place', lat: 'place', lon: 'place', group: 'groups', groups: 'groups',
  perpetrator: 'groups', perpetrators: 'groups', killed: 'killed', deaths: 'killed',
  injured: 'injured', wounded: 'injured', hostages: 'hostages', perpetratorskilled: 'perpetratorsKilled',
  attacktype: 'attackTypes', attacktypes: 'attackTypes', target: 'targets', targets: 'targets',
  title: 'title', summary: 'summary', attack: 'attack',
};
const ROW_LABEL = {
  date: 'Date', place: 'Place', groups: 'Groups', killed: 'Killed', injured: 'Injured',
  hostages: 'Hostages', perpetratorsKilled: 'Perpetrators killed', attackTypes: 'Attack types',
  targets: 'Targets', title: 'Title', summary: 'Summary', attack: 'Judged an attack',
};
const norm = (f) => String(f ?? '').toLowerCase().replace(/[^a-z]/g, '');
const rowOf = (field) => FIELD_ROW[norm(field)] || null;
const fieldLabel = (field) => ROW_LABEL[rowOf(field)] || String(field || 'unspecified field');

function showError(msg) {
  $('loading').hidden = true;
  const box = $('error');
  box.textContent = msg;
  box.hidden = false;
}

/* ---------- navigation links ---------- */

function setupLinks() {
  const back = $('back');
  let ref = null;
  try { ref = document.referrer ? new URL(document.referrer) : null; } catch { ref = null; }
  if (ref && ref.origin === location.origin) {
    back.href = ref.pathname + ref.search;
    back.addEventListener('click', (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || history.length < 2) return;
      e.preventDefault();
      history.back();
    });
  }
  if (!id) return;
  const url = new URL('incident.html', location.href);
  url.searchParams.set('id', id);
  const link = $('permalink');
  link.href = url.pathname + url.search;
  link.title = url.href;
  const copy = $('copy-link');
  if (navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(url.href).then(
        () => { $('copy-status').textContent = 'Link copied.'; },
        () => { $('copy-status').textContent = 'Could not copy; use the Permalink link.'; });
    });
  }
}

/* ---------- evidence highlighting ---------- */

/** Valid [start, end) ranges of this source's evidence; falls back to finding the quoted text. */
function evidenceRanges(text, evidence) {
  const out = [];
  for (const ev of evidence) {
    let s = ev.start;
    let e = ev.end;
    const quote = typeof ev.text === 'string' ? ev.text : '';
    let ok = Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= text.length;
    if (quote && (!ok || text.slice(s, e) !== quote)) {
      const at = text.indexOf(quote);
      if (at >= 0) { s = at; e = at + quote.length; ok = true; }
    }
    if (ok) out.push({ s, e, field: ev.field });
  }
  return out;
}

/** Source text as <p>s (split on blank lines) with evidence as <mark title="Evidence for: …">. */
function renderText(text, evidence, firstMark) {
  const ranges = evidenceRanges(text, evidence);
  const cuts = new Set([0, text.length]);
  for (const r of ranges) { cuts.add(r.s); cuts.add(r.e); }
  const paras = [];
  const sep = /\n[ \t\r]*\n\s*/g;
  let last = 0;
  for (let m; (m = sep.exec(text));) { paras.push([last, m.index]); last = m.index + m[0].length; }
  paras.push([last, text.length]);

  const frag = document.createDocumentFragment();
  for (const [ps, pe] of paras) {
    if (!text.slice(ps, pe).trim()) continue;
    const points = [ps, ...[...cuts].filter((c) => c > ps && c < pe), pe].sort((a, b) => a - b);
    const p = el('p');
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = text.slice(a, b);
      const fields = [...new Set(ranges.filter((r) => r.s < b && r.e > a).map((r) => r.field))];
      if (!fields.length) { p.append(document.createTextNode(piece)); continue; }
      const labels = [...new Set(fields.map(fieldLabel))];
      const mark = el('mark', { class: labels.length > 1 ? 'evidence multi' : 'evidence', title: 'Evidence for: ' + labels.join(', '), text: piece });
      for (const f of fields) {
        const row = rowOf(f);
        if (row && !firstMark.has(row)) {
          mark.id ||= `ev-${row}`;
          firstMark.set(row, mark.id);
        }
      }
      p.append(mark);
    }
    frag.append(p);
  }
  return frag;
}

/* ---------- rendering ---------- */

const missing = () => el('span', { class: 'muted', text: 'Not recorded' });
const count = (v) => (isCount(v) ? formatNumber(v) : missing());
const list = (items) => (items.length ? el('ul', { class: 'plain-list' }, items.map((x) => el('li', {}, x))) : missing());
const arr = (v) => (Array.isArray(v) ? v.filter((x) => x != null && x !== '') : []);

function renderPlace(place) {
  if (!place || typeof place !== 'object') return missing();
  const parts = [place.city, place.district, place.region, place.country].filter(Boolean);
  const label = parts.length ? parts.join(', ') + (place.countryCode ? ` (${place.countryCode})` : '') : placeLabel(null);
  const coords = formatCoords(place.lat, place.lon);
  return [el('span', { text: label }), coords ? el('span', { class: 'coords', text: coords }) : null];
}

function renderGroups(groups) {
  return list(arr(groups).map((g) => (typeof g === 'object'
    ? [el('span', { class: 'group-name', text: g.name || 'Unnamed group' }),
      g.role ? el('span', { class: `role role-${norm(g.role)}`, text: g.role }) : null,
      g.verified === true ? el('span', { class: 'verified', text: 'verified' }) : null,
      g.verified === false ? el('span', { class: 'unverified', text: 'unverified' }) : null]
    : String(g))));
}

function renderSources(inc, firstMark) {
  const sources = arr(inc.sources);
  const evidence = arr(inc.evidence);
  const known = new Set(sources.map((s) => String(s.id)));
  const section = el('section', { class: 'sources', 'aria-labelledby': 'sources-heading' },
    el('h2', { id: 'sources-heading', text: sources.length === 1 ? '1 source' : `${sources.length} sources` }));
  if (!sources.length) section.append(el('p', { class: 'muted', text: 'No sources are recorded for this incident.' }));
  sources.forEach((src, i) => {
    const mine = evidence.filter((ev) => String(ev.sourceId) === String(src.id));
    const headingId = `source-${i + 1}`;
    const loc = typeof src.location === 'string' ? src.location : '';
    const meta = [
      src.site ? el('span', { class: 'site', text: src.site }) : null,
      src.published ? el('time', { datetime: machineDate(src.published), text: formatDate(src.published) }) : null,
      src.byline ? el('span', { text: 'By ' + src.byline }) : null,
    ].filter(Boolean);
    const text = typeof src.text === 'string' ? src.text : '';
    section.append(el('article', { class: 'source', 'aria-labelledby': headingId },
      el('h3', { id: headingId, text: src.title || `Source ${i + 1}` }),
      meta.length ? el('p', { class: 'source-meta' }, meta.flatMap((m, j) => (j ? [el('span', { class: 'sep', 'aria-hidden': 'true', text: '·' }), m] : [m]))) : null,
      loc ? el('p', { class: 'source-location' }, el('span', { class: 'muted', text: 'Location: ' }),
        /^https?:\/\//i.test(loc)
          ? el('a', { href: loc, rel: 'noopener noreferrer', text: loc })
          : el('code', { text: loc })) : null,
      mine.length ? el('p', { class: 'evidence-note muted', text: `${mine.length} highlighted ${mine.length === 1 ? 'passage supports' : 'passages support'}: ${[...new Set(mine.map((e) => fieldLabel(e.field)))].join(', ')}.` }) : null,
      text.trim()
        ? el('div', { class: 'source-text' }, renderText(text, mine, firstMark))
        : el('p', { class: 'muted', text: 'The text of this source is not available.' })));
  });
  const orphans = evidence.filter((ev) => !known.has(String(ev.sourceId)));
  if (orphans.length) {
    section.append(el('article', { class: 'source' },
      el('h3', { text: 'Evidence without a listed source' }),
      el('ul', { class: 'plain-list' }, orphans.map((ev) => el('li', {},
        el('strong', { text: fieldLabel(ev.field) + ': ' }), el('mark', { class: 'evidence', text: String(ev.text ?? '') }))))));
  }
  return section;
}

// "18 (sources said 16–19)" when the sources disagree; the plain figure otherwise.
function figure(value, range) {
  const shown = count(value);
  if (!range || typeof range.min !== 'number' || range.min === range.max) return shown;
  return el('span', {}, shown, el('span', { class: 'muted', text: ` (sources said ${formatNumber(range.min)}–${formatNumber(range.max)})` }));
}

// Which source said what: one row per source that gave a figure.
function renderFigures(inc) {
  const figures = arr(inc.figures);
  if (figures.length < 2) return null;
  const byId = new Map(arr(inc.sources).map((s, i) => [String(s.id), [s, i]]));
  const cell = (v) => el('td', { text: typeof v === 'number' ? formatNumber(v) : '–' });
  return el('section', { class: 'figures', 'aria-labelledby': 'figures-heading' },
    el('h2', { id: 'figures-heading', text: 'Who said what' }),
    el('table', {},
      el('thead', {}, el('tr', {}, ['Source', 'Published', 'Killed', 'Injured', 'Hostages'].map((h) => el('th', { text: h })))),
      el('tbody', {}, figures.map((f) => {
        const [src, i] = byId.get(String(f.sourceId)) ?? [null, -1];
        const name = src ? (src.title || src.site || `Source ${i + 1}`) : String(f.sourceId);
        return el('tr', {},
          el('td', {}, i >= 0 ? el('a', { href: `#source-${i + 1}`, text: name }) : name,
            f.main === false ? el('span', { class: 'muted', text: ' (recalls it)' }) : null),
          el('td', {}, f.published ? el('time', { datetime: machineDate(f.published), text: formatDate(f.published) }) : '–'),
          cell(f.killed), cell(f.injured), cell(f.hostages));
      }))));
}

// Incidents like this one (the API's more-like-this), filled in after the page is drawn; a failure says so quietly.
function relatedSection() {
  const body = el('p', { class: 'muted', text: 'Looking for related incidents…' });
  const section = el('section', { class: 'related', 'aria-labelledby': 'related-heading' },
    el('h2', { id: 'related-heading', text: 'Related incidents' }), body);
  api.related(id).then((res) => {
    const hits = arr(res.hits);
    if (!hits.length) {
      body.textContent = 'No related incidents found.';
      return;
    }
    body.replaceWith(el('ul', { class: 'related-list' }, hits.map((h) => el('li', {},
      el('a', { href: 'incident.html?id=' + encodeURIComponent(String(h.id ?? '')), text: h.title || 'Untitled incident' }),
      el('span', { class: 'muted' }, ' — ', h.date ? el('time', { datetime: machineDate(h.date), text: formatDate(h.date) }) : 'date unknown',
        ', ', placeLabel(h.place), isCount(h.killed) ? `, ${formatNumber(h.killed)} killed` : '')))));
  }, (e) => {
    body.textContent = `Related incidents could not be loaded: ${e.message}`;
  });
  return section;
}

function render(inc) {
  const title = inc.title || 'Untitled incident';
  document.title = `${title} – Incidex`;
  const firstMark = new Map();
  const sources = renderSources(inc, firstMark); // first: it decides which marks the fact list links to

  const rows = [
    ['date', 'Date', inc.date ? el('time', { datetime: machineDate(inc.date), text: formatDate(inc.date) }) : missing()],
    ['place', 'Place', renderPlace(inc.place)],
    ['groups', 'Groups', renderGroups(inc.groups)],
    ['killed', 'Killed', figure(inc.killed, inc.killedRange)],
    ['injured', 'Injured', figure(inc.injured, inc.injuredRange)],
    ['hostages', 'Hostages', figure(inc.hostages, inc.hostagesRange)],
    ['perpetratorsKilled', 'Perpetrators killed', count(inc.perpetratorsKilled)],
    ['attackTypes', 'Attack types', list(arr(inc.attackTypes).map(String))],
    ['targets', 'Targets', list(arr(inc.targets).map(String))],
    ['attack', 'Judged an attack', typeof inc.confidence === 'number'
      ? `confidence ${inc.confidence.toFixed(2)}` : missing()],
  ];
  const dl = el('dl', { class: 'facts' }, rows.map(([key, label, value]) => el('div', { class: 'fact' },
    el('dt', { text: label }),
    el('dd', {}, value, firstMark.has(key)
      ? el('a', { class: 'evidence-link', href: '#' + firstMark.get(key), 'aria-label': `Evidence for ${label}`, text: 'evidence' })
      : null))));

  append(root,
    el('header', { class: 'incident-header' },
      el('p', { class: 'eyebrow' }, el('span', { text: 'Incident ' }), el('code', { text: String(inc.id ?? id) })),
      el('h1', { id: 'incident-title', text: title }),
      inc.summary ? el('p', { class: 'summary', text: inc.summary }) : null),
    el('section', { class: 'details', 'aria-labelledby': 'details-heading' },
      el('h2', { id: 'details-heading', text: 'Details' }), dl),
    renderFigures(inc),
    relatedSection(),
    sources);
  $('loading').hidden = true;
  root.hidden = false;
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

setupLinks();
if (!id) {
  showError('No incident was named. Open an incident from the search results.');
} else {
  api.incident(id).then(render, (e) => showError(e.message));
}
