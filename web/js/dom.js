// Safe DOM helpers. Data never becomes markup: every string ends up in a text
// node or an attribute value. The single exception is the search snippet, whose
// only markup is <mark>…</mark>; it is parsed here by hand, not by the browser.

const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;

/** Returns url unless it names a scheme other than http(s) (javascript:, data:, …). */
export function safeUrl(url) {
  const s = String(url);
  const m = SCHEME.exec(s);
  return m && !/^https?$/i.test(m[1]) ? '#' : s;
}

/** Appends children: strings/numbers become text nodes, arrays are flattened, null/false skipped. */
export function append(parent, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/**
 * Creates an element. props: class, text, dataset, on ({event: fn}), and plain
 * attributes. Inline handlers and style attributes are refused (CSP forbids them anyway).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = String(v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (/^on/i.test(k) || k === 'style') throw new Error('refused attribute ' + k);
    else if (k === 'href' || k === 'src') node.setAttribute(k, safeUrl(v));
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  return append(node, children);
}

export const $ = (id) => document.getElementById(id);

export function clear(node) {
  node.replaceChildren();
  return node;
}

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few HTML entities an escaped snippet can contain (&amp; &lt; &gt; &quot; &#39; &#xNN;). */
export function decodeEntities(s) {
  return String(s).replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,6}));/g, (m, dec, hex, name) => {
    if (name) return Object.hasOwn(NAMED, name) ? NAMED[name] : m;
    const cp = dec ? parseInt(dec, 10) : parseInt(hex, 16);
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : m;
  });
}

/** Builds a fragment from an escaped snippet with <mark>…</mark> pairs. Anything else stays text. */
export function snippetFragment(snippet) {
  const frag = document.createDocumentFragment();
  let mark = null;
  for (const part of String(snippet ?? '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      if (!mark) frag.append((mark = document.createElement('mark')));
    } else if (part === '</mark>') {
      mark = null;
    } else if (part) {
      (mark || frag).append(document.createTextNode(decodeEntities(part)));
    }
  }
  return frag;
}
