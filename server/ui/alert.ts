// The desk's alert (DKFDS "alert"), written once: every notice, warning and error box on the desk
// and its public pages is made here, so the markup, its roles and its heading stay the same.
import { type HtmlValue, html, type SafeHtml } from './html';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertOptions {
  readonly heading?: HtmlValue;
  /** Its paragraphs, one `alert-text` each. */
  readonly text?: HtmlValue | readonly HtmlValue[];
  /** Markup in place of (or after) the paragraphs, e.g. the error summary's list. */
  readonly body?: SafeHtml;
  /**
   * 'status' is read out politely when it appears, 'alert' at once (a problem); none for a box
   * that stands on the page from the start.
   */
  readonly role?: 'status' | 'alert';
  /** Named so a link can move focus to it: it is labelled by its heading and takes focus. */
  readonly id?: string;
  readonly className?: string;
}

export function alert(tone: AlertTone, options: AlertOptions): SafeHtml {
  const { heading, text, body, role, id, className } = options;
  const paragraphs = Array.isArray(text) ? text : text === undefined ? [] : [text];
  const headingId = id && `${id}-heading`;
  return html`<div class="alert alert-${tone}${className && ` ${className}`}"${role && html` role="${role}"`}${id && html` aria-labelledby="${headingId}" tabindex="-1" id="${id}"`}><div class="alert-body">${heading && html`<p class="alert-heading"${headingId && html` id="${headingId}"`}>${heading}</p>`}${paragraphs.map((paragraph) => html`<p class="alert-text">${paragraph}</p>`)}${body}</div></div>`;
}
