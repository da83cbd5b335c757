// How the answer pages show a person's text: as text (escaped by `html`, control characters made
// visible). Times, labels and yes/no are the desk's kit's (server/ui/time.ts, server/ui/labels.ts).
import { html, type SafeHtml } from '../../../ui/html';
import { visibleText } from '../../../ui/visible-text';

/** What a person wrote, as text, with its line breaks kept by the element's class. */
export const personText = (text: string): SafeHtml =>
  html`<span class="answer-text">${visibleText(text)}</span>`;

/** The first part of a text for a list: `excerpt` was cut at `max`; say so when it was. */
export function excerptOf(text: string, max: number): string {
  const shown = visibleText(text.slice(0, max)).replaceAll(/\s+/g, ' ').trim();
  return text.length > max ? `${shown} …` : shown;
}
