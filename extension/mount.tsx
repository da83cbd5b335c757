// Extension pages render into a shadow root with the widget's own stylesheets, so popup, side
// panel and options look like the widget. Extension CSP stays WXT's default: no inline code.
import { type ComponentChild, render } from 'preact';
import * as z from 'zod/mini';
import { answerCss } from '../components/answer-styles';
import { listCss } from '../components/list-styles';
import { adoptStyles } from '../components/styles';
import { CATALOGUES } from '../utils/i18n/all';
import type { Locale } from '../utils/i18n/languages';

const pageCss = `
:host{max-width:40em;margin:0 auto}
.opps{list-style:none;padding:0;margin:0}
.opps li{border:1px solid var(--ln);border-radius:var(--r);padding:.5em .75em;margin:0 0 .5em}
.opps h3{font-size:1em;margin:0 0 .25em}
h1{font-size:1.2em;margin:0 0 .25em}
h2{font-size:1.05em;margin:.75em 0 .25em}
p[role=status]:empty{margin:0}
.opps.compact li{padding:.25em .75em}
.badge{background:var(--a);color:var(--bg);border-radius:var(--r);padding:0 .4em;font-size:.85em}
.reply{white-space:pre-wrap}
`;

export function mountPage(app: ComponentChild, locale: Locale, title = 'Samskab'): void {
  // The extension CSP forbids eval: zod must not even probe for it.
  z.config({ jitless: true });
  // Arabic and Farsi are written right to left: the page is, and the styles follow.
  const { dir } = CATALOGUES[locale];
  document.documentElement.lang = locale;
  document.documentElement.dir = dir;
  const host = document.getElementById('app')!;
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  adoptStyles(root, listCss);
  adoptStyles(root, answerCss);
  adoptStyles(root, pageCss);
  render(
    // The extension is not on a host page: its colours follow the system, its sides the language.
    <main class="root" dir={dir} data-scheme="auto">
      <h1>{title}</h1>
      {app}
    </main>,
    root,
  );
}
