// Nothing typed in the desk is lost when a session ends (server/data/kept-forms.ts). Two jobs:
//
// 1. After signing in again, the page the form was on carries what was typed (JSON in
//    #samskab-kept-form): it is filled back into the form it was posted from. Never sent: staff
//    check it and send it again, with the page's fresh CSRF token.
// 2. With a sign-on proxy (data-keep-typed="session" on this script), the proxy takes a post whose
//    session ended before the desk sees it. So a form with typed text is kept in this tab's
//    session storage when it is sent, dropped once a page says it was saved (`besked=` in the
//    address, as every saved form leads to), and filled back in when its page is opened again.
//
// Values are set as values (never as markup), and only into the form whose `action` is the one
// posted to; hidden fields keep the page's own CSRF token.
(() => {
  const STORE_KEY = 'samskab-kept-form';
  const MAX_AGE_MS = 2 * 60 * 60 * 1000;
  const MAX_CHARS = 64 * 1024;
  const script = document.currentScript;
  const keepsTyped = script?.dataset.keepTyped === 'session';

  /** Sets the form's fields to `fields` ([name, value] pairs, as posted); the first filled text. */
  function fill(form, fields) {
    const byName = new Map();
    for (const [name, value] of fields) {
      if (!byName.has(name)) byName.set(name, []);
      byName.get(name).push(value);
    }
    let first;
    for (const element of form.elements) {
      const { name, type } = element;
      if (!name || name === '_csrf' || element.disabled || !byName.has(name)) {
        // A box not posted was not ticked; a field not posted is left as the page drew it.
        if (name && name !== '_csrf' && (type === 'checkbox' || type === 'radio'))
          element.checked = false;
        continue;
      }
      const values = byName.get(name);
      if (type === 'checkbox' || type === 'radio') element.checked = values.includes(element.value);
      else if (type === 'submit' || type === 'button' || type === 'file' || type === 'image')
        continue;
      else if (element instanceof HTMLSelectElement && element.multiple) {
        for (const option of element.options) option.selected = values.includes(option.value);
      } else if (values.length > 0) {
        element.value = values.shift();
        if (!first && element.type !== 'hidden' && element.value.trim() !== '') first = element;
      }
    }
    return first;
  }

  const formFor = (action) =>
    [...document.forms].find((form) => form.getAttribute('action') === action);

  function restore(kept, announce) {
    const form = formFor(kept.action);
    if (!form) return false;
    const first = fill(form, kept.fields);
    if (announce) {
      const notice = document.createElement('div');
      notice.className = 'alert alert-info kept-form';
      notice.setAttribute('role', 'status');
      const body = document.createElement('div');
      body.className = 'alert-body';
      const text = document.createElement('p');
      text.className = 'alert-text';
      text.textContent =
        'Det, du skrev, før formularen blev sendt, står i formularen igen. Det er ikke gemt: tjek det, og send formularen igen.';
      body.append(text);
      notice.append(body);
      form.before(notice);
    }
    first?.focus({ preventScroll: true });
    (first ?? form).scrollIntoView({ block: 'center' });
    return true;
  }

  function readStore() {
    try {
      const kept = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? 'null');
      return kept && Date.now() - kept.at < MAX_AGE_MS ? kept : undefined;
    } catch {
      return undefined;
    }
  }

  function start() {
    const fromServer = document.getElementById('samskab-kept-form');
    if (fromServer) {
      try {
        restore(JSON.parse(fromServer.textContent ?? ''), false);
      } catch {
        // What the page lists above the form can still be copied by hand.
      }
    }
    if (!keepsTyped) return;
    const stored = readStore();
    const here = `${location.pathname}${location.search}`;
    if (new URLSearchParams(location.search).has('besked')) sessionStorage.removeItem(STORE_KEY);
    else if (stored && stored.page === here && restore(stored, true))
      sessionStorage.removeItem(STORE_KEY);
    // For the page's whole life: every form on it may be sent.
    document.addEventListener('submit', (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || form.method !== 'post') return;
      // Text is what is lost; a form of ticks and buttons is quickly done again.
      const typed = [...form.elements].some(
        (element) => element instanceof HTMLTextAreaElement && element.value.trim() !== '',
      );
      if (!typed) return;
      const fields = [...new FormData(form, event.submitter)]
        .filter(([name, value]) => name !== '_csrf' && typeof value === 'string')
        .map(([name, value]) => [name, value]);
      const kept = { page: here, action: form.getAttribute('action'), fields, at: Date.now() };
      const text = JSON.stringify(kept);
      try {
        if (text.length <= MAX_CHARS) sessionStorage.setItem(STORE_KEY, text);
      } catch {
        // Storage full or refused: the form is sent as it would be anyway.
      }
    });
  }

  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
})();
