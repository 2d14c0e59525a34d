// As-you-type suggestions under the search box, following the WAI-ARIA combobox pattern (list autocomplete):
// ArrowDown/ArrowUp move through the list, Enter picks the highlighted one (or submits the search when none is),
// Escape closes it. Groups and places become filters; titles open their incident.
import { el, clear } from './dom.js';
import * as api from './api.js';
import { formatNumber } from './format.js';

const KIND_LABEL = { group: 'Group', country: 'Country', region: 'Region', city: 'City', title: 'Incident' };
const MIN_CHARS = 2;
const DELAY_MS = 120;

/**
 * Attaches suggestions to input (inside a positioned wrapper). onPick({kind, value, id}) is called with the chosen
 * suggestion. Returns { close() }.
 */
export function attachSuggest(input, onPick) {
  const list = el('ul', { id: `${input.id}-suggestions`, class: 'suggestions', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  function close() {
    controller?.abort();
    clearTimeout(timer);
    items = [];
    active = -1;
    clear(list);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(i) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(suggestions) {
    items = suggestions.filter((s) => s && typeof s.value === 'string' && KIND_LABEL[s.kind]);
    clear(list);
    active = -1;
    if (!items.length) {
      close();
      return;
    }
    list.append(...items.map((s, i) => el('li', {
      id: `${list.id}-${i}`, role: 'option', class: `suggestion suggestion-${s.kind}`, 'aria-selected': 'false',
      dataset: { i: String(i) },
    },
    el('span', { class: 'suggestion-kind', text: KIND_LABEL[s.kind] }),
    el('span', { class: 'suggestion-value', text: s.value }),
    s.kind !== 'title' && Number.isFinite(s.count) ? el('span', { class: 'suggestion-count', text: formatNumber(s.count) }) : null)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  async function fetchFor(text) {
    controller?.abort();
    const mine = (controller = new AbortController());
    try {
      const res = await api.suggest(new URLSearchParams({ q: text, size: '8' }), mine.signal);
      if (controller === mine && input.value.trim() === text && document.activeElement === input) {
        show(Array.isArray(res.suggestions) ? res.suggestions : []);
      }
    } catch (e) {
      if (e.name !== 'AbortError') close(); // suggestions are a convenience: a failure just shows none
    }
  }

  function pick(i) {
    const s = items[i];
    close();
    if (s) onPick(s);
  }

  input.addEventListener('input', () => {
    const text = input.value.trim();
    clearTimeout(timer);
    if (text.length < MIN_CHARS || text.length > 100) {
      close();
      return;
    }
    timer = setTimeout(() => fetchFor(text), DELAY_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) return;
      e.preventDefault();
      const n = items.length;
      highlight(e.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });

  // pointerdown, not click: it comes before the input's blur closes the list.
  list.addEventListener('pointerdown', (e) => {
    const li = e.target.closest('li[data-i]');
    if (!li) return;
    e.preventDefault();
    pick(Number(li.dataset.i));
  });
  input.addEventListener('blur', () => setTimeout(close, 0));
  input.form?.addEventListener('submit', close);

  return { close };
}
