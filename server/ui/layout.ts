// The desk's page shell: DKFDS markup (the Danish public sector's design system, as on the demo
// page), Danish throughout, no script needed. Every page has a skip link, one h1, the main menu
// with the current page marked, and the signed-in person with a sign-out button (a form: signing
// out changes state, so it is a POST with the CSRF token, never a link).
import { deskPaths } from './desk-paths';
import { html, type SafeHtml } from './html';

export interface MenuItem {
  readonly href: string;
  readonly label: string;
  /** Shown to admins only. */
  readonly admin?: boolean;
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
  return html`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${options.title} – Samskab</title>
<link rel="stylesheet" href="/dkfds/css/dkfds.min.css">
<link rel="stylesheet" href="/assets/desk.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
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
${options.notice && html`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">${options.notice}</p></div></div>`}
${options.body}
</main>
</body>
</html>
`.value;
}
