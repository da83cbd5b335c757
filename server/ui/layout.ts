// The desk's page shell: DKFDS markup (the Danish public sector's design system, as on the demo
// page), Danish throughout, no script needed. Every page has a skip link, one h1, the main menu
// with the current page marked, and the signed-in person with a sign-out button (a form: signing
// out changes state, so it is a POST with the CSRF token, never a link).
import { alert } from './alert';
import { deskPaths } from './desk-paths';
import { documentStart } from './document';
import { html, rawHtml, type SafeHtml } from './html';

export interface MenuItem {
  readonly href: string;
  readonly label: string;
  /** Shown to admins only. */
  readonly admin?: boolean;
}

/**
 * A form typed before the session ended, as its page shows it back: its address and its fields in
 * order (server/data/kept-forms.ts keeps it; drawn here from the value, as every page is).
 */
export interface KeptForm {
  readonly action: string;
  readonly fields: readonly (readonly [name: string, value: string])[];
}

/** The signed-in person as the page shows them (a staff member from server/data/staff.ts). */
export interface PageUser {
  readonly name: string;
  readonly role: 'admin' | 'facilitator';
}

export interface PageOptions {
  readonly title: string;
  /** The signed-in person; undefined on the sign-in and set-up pages. */
  readonly staff?: PageUser | undefined;
  readonly csrf?: string | undefined;
  /** The main menu (from the route table: Services' `desk.menu`); shown with `staff`. */
  readonly menu?: readonly MenuItem[] | undefined;
  /** The menu item to mark as current (its href). */
  readonly section?: string | undefined;
  /** A confirmation to show at the top (after a form posted and redirected). */
  readonly notice?: string | undefined;
  readonly body: SafeHtml;
  /** Breadcrumbs above the heading, from the desk's front page down; the last is this page. */
  readonly trail?: readonly { readonly href?: string; readonly label: string }[];
  /** What was typed before the session ended: shown, and filled back into its form by script. */
  readonly kept?: KeptForm | undefined;
  /** The browser keeps unsent text itself (a sign-on proxy): desk-keep.js's session storage. */
  readonly keepTyped?: boolean | undefined;
}

/**
 * JSON for a `<script type="application/json">` element: `<` written as `\u003c` so no text in it
 * can close the element (`</script>`) or open a comment; the JSON means the same.
 */
export const scriptJson = (value: unknown): SafeHtml =>
  rawHtml(
    JSON.stringify(value)
      .replaceAll('<', '\\u003c')
      .replaceAll('\u2028', '\\u2028')
      .replaceAll('\u2029', '\\u2029'),
  );

/**
 * What was typed before the session ended, on the page it came from: said, listed (so it can be
 * copied without script, or when the form is not on this page), and handed to desk-keep.js, which
 * fills it into the form it was posted from. Never sent by itself.
 */
function keptNotice(kept: KeptForm): SafeHtml {
  const typed = kept.fields.filter(([, value]) => value.trim() !== '');
  const notice = alert('info', {
    role: 'status',
    className: 'kept-form',
    heading: 'Det, du skrev, er ikke gemt endnu',
    text: 'Du blev logget ud, før formularen blev sendt. Det, du skrev, står i formularen igen: tjek det, og send formularen igen for at gemme det.',
    body: html`<details class="kept-form__fields"><summary>Vis det, du skrev</summary><dl>${typed.map(
      ([name, value]) => html`<dt>${name}</dt><dd class="answer-text">${value}</dd>`,
    )}</dl></details>`,
  });
  return html`${notice}
<script type="application/json" id="samskab-kept-form">${scriptJson(kept)}</script>`;
}

export const csrfField = (csrf: string | undefined) =>
  csrf ? html`<input type="hidden" name="_csrf" value="${csrf}">` : html``;

function menu(staff: PageUser, all: readonly MenuItem[], section: string | undefined): SafeHtml {
  const items = all.filter((item) => !item.admin || staff.role === 'admin');
  return html`<nav class="navigation-menu" aria-label="Hovedmenu"><div class="navigation-menu-inner container">
<ul class="mainmenu">${items.map(
    (item) =>
      html`<li><a href="${item.href}" class="nav-link${item.href === section ? ' current' : ''}"${item.href === section ? html` aria-current="page"` : ''}><span>${item.label}</span></a></li>`,
  )}</ul></div></nav>`;
}

function trail(items: PageOptions['trail']): SafeHtml {
  if (!items?.length) return html``;
  // DKFDS draws the separators as icons, hidden from screen readers (the list says the order).
  const chevron = html`<svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/dkfds/img/all-svg-icons.svg#chevron-right"></use></svg>`;
  return html`<nav aria-label="Brødkrumme" class="breadcrumbs"><ol class="breadcrumbs__list">${items.map(
    (item, i) =>
      item.href
        ? html`<li class="breadcrumbs__list-item">${i > 0 && chevron}<a href="${item.href}" class="breadcrumbs__link">${item.label}</a></li>`
        : html`<li class="breadcrumbs__list-item" aria-current="page">${i > 0 && chevron}${item.label}</li>`,
  )}</ol></nav>`;
}

export function deskPage(options: PageOptions): string {
  const { staff } = options;
  return html`${documentStart({
    title: `${options.title} – Samskab`,
    stylesheets: ['/assets/desk.css'],
    extra:
      staff &&
      html`<script src="/assets/desk-keep.js" defer${options.keepTyped ? html` data-keep-typed="session"` : ''}></script>\n`,
  })}
<body>
<a class="skipnav" href="#main-content">Gå til sidens indhold</a>
<header class="header">
<div class="portal-info"><div class="portal-info-inner container">
<a href="${deskPaths.home}" class="municipality-name">Samskab</a>
${
  staff &&
  html`<div class="portal-user"><p class="user"><span class="username">${staff.name}</span> <span class="muted">(${staff.role === 'admin' ? 'administrator' : 'facilitator'})</span></p>
<a href="${deskPaths.myMails}" class="function-link">Mine e-mails</a>
<form method="post" action="${deskPaths.signOut}" class="signout">${csrfField(options.csrf)}<button type="submit" class="button button-secondary">Log ud</button></form></div>`
}
</div></div>
<div class="solution-info"><div class="solution-info-inner container"><div class="solution-heading"><a href="${deskPaths.home}">Arbejdsbord for samskabelse</a></div></div></div>
${staff && options.menu && menu(staff, options.menu, options.section)}
</header>
<main id="main-content" class="container page-container desk">
${trail(options.trail)}
${options.notice && alert('success', { role: 'status', text: options.notice })}
${options.kept && keptNotice(options.kept)}
${options.body}
</main>
</body>
</html>
`.value;
}
