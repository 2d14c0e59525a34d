// API page: renders /api/v1/openapi.json (the server's own OpenAPI 3.1 document)
// as a readable reference. Works offline against the local server. Every string
// from the document becomes a text node or an attribute value (dom.js's el), never markup.
import { $, el, append, clear } from './dom.js';
import * as api from './api.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const refName = (ref) => String(ref).split('/').pop();
const anchor = (name) => 'schema-' + String(name).replace(/[^A-Za-z0-9_-]/g, '_');

/** Resolves a local $ref ("#/components/parameters/q") against the document. */
function resolve(doc, node) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string' || !node.$ref.startsWith('#/')) return node;
  let cur = doc;
  for (const part of node.$ref.slice(2).split('/')) cur = cur && typeof cur === 'object' ? cur[part] : undefined;
  return cur ? { ...cur, ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) } : node;
}

/** A schema's type as nodes: "string", "integer 1–100, default 20", a link to a named schema, "array of …". */
function typeNodes(schema) {
  if (!schema || typeof schema !== 'object') return ['—'];
  if (schema.$ref) return [el('a', { href: '#' + anchor(refName(schema.$ref)), text: refName(schema.$ref) })];
  if (schema.const !== undefined) return [el('code', { text: JSON.stringify(schema.const) })];
  if (schema.oneOf) return schema.oneOf.flatMap((s, i) => (i ? [' or ', ...typeNodes(s)] : typeNodes(s)));
  const types = [].concat(schema.type ?? 'any');
  const out = [];
  types.forEach((t, i) => {
    if (i) out.push(' or ');
    if (t === 'array') out.push('array of ', ...typeNodes(schema.items));
    else out.push(String(t));
  });
  if (schema.format) out.push(` (${schema.format})`);
  const facts = [];
  if (schema.enum) facts.push('one of ' + schema.enum.join(', '));
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    facts.push(`${schema.minimum ?? '…'}–${schema.maximum ?? '…'}`);
  }
  if (schema.maxLength !== undefined) facts.push(`at most ${schema.maxLength} characters`);
  if (schema.default !== undefined) facts.push('default ' + JSON.stringify(schema.default));
  if (facts.length) out.push('; ' + facts.join('; '));
  return out;
}

function table(caption, head, rows) {
  return el('table', { class: 'api-table' },
    el('caption', { class: 'vh', text: caption }),
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c))))));
}

function operation(doc, path, method, op) {
  const id = op.operationId || `${method}-${path}`;
  const params = (op.parameters || []).map((p) => resolve(doc, p));
  const section = el('section', { class: 'api-op', id: 'op-' + id, 'aria-labelledby': 'h-' + id },
    el('h2', { id: 'h-' + id }, el('code', { text: `${method.toUpperCase()} ${path}` })),
    op.summary ? el('p', { class: 'api-summary', text: op.summary }) : null,
    op.description ? el('p', { text: op.description }) : null);
  if (params.length) {
    append(section, el('h3', { text: 'Parameters' }), table(`Parameters of ${method.toUpperCase()} ${path}`,
      ['Name', 'In', 'Type', 'Description'],
      params.map((p) => [el('code', { text: p.name + (p.required ? ' (required)' : '') }), p.in,
        typeNodes(p.schema), p.description || ''])));
  }
  const responses = Object.entries(op.responses || {}).map(([status, r]) => {
    const res = resolve(doc, r);
    const media = Object.entries(res.content || {}).map(([type, m]) =>
      el('li', {}, el('code', { text: type }), ': ', typeNodes(m.schema)));
    return [el('code', { text: status }), [res.description || '', media.length ? el('ul', {}, media) : null]];
  });
  append(section, el('h3', { text: 'Responses' }),
    table(`Responses of ${method.toUpperCase()} ${path}`, ['Status', 'Meaning'], responses));
  return section;
}

function schemaSection(name, schema) {
  const props = Object.entries(schema.properties || {});
  return el('section', { class: 'api-schema', id: anchor(name) },
    el('h3', {}, el('code', { text: name })),
    schema.description ? el('p', { text: schema.description }) : null,
    props.length
      ? table(`Fields of ${name}`, ['Field', 'Type', 'Description'],
        props.map(([k, v]) => [el('code', { text: k + ((schema.required || []).includes(k) ? ' (always)' : '') }),
          typeNodes(v), v.description || '']))
      : el('p', {}, typeNodes(schema)));
}

function render(doc) {
  const root = clear($('api-doc'));
  const info = doc.info || {};
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths || {})) {
    for (const m of METHODS) if (item[m]) ops.push([path, m, item[m]]);
  }
  append(root,
    el('p', { text: info.description || '' }),
    el('p', { class: 'muted' }, `OpenAPI ${doc.openapi} · version ${info.version ?? ''} · `,
      el('a', { href: '/api/v1/openapi.json', text: 'openapi.json' })),
    el('nav', { 'aria-label': 'Endpoints' }, el('ul', { class: 'api-toc' }, ops.map(([p, m, op]) =>
      el('li', {}, el('a', { href: '#op-' + (op.operationId || `${m}-${p}`) },
        el('code', { text: `${m.toUpperCase()} ${p}` })), op.summary ? ' — ' + op.summary : '')))),
    ops.map(([p, m, op]) => operation(doc, p, m, op)),
    el('h2', { text: 'Schemas' }),
    Object.entries((doc.components || {}).schemas || {}).map(([n, s]) => schemaSection(n, s)));
}

api.openapi()
  .then(render)
  .catch((e) => {
    const box = $('api-error');
    box.textContent = `Could not load the API description: ${e.message}`;
    box.hidden = false;
    $('api-doc').hidden = true;
  });
