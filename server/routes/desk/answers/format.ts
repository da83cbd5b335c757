// How the answer pages show things: Copenhagen times, short Danish labels, a person's text as
// text (escaped by `html`, control characters made visible), and where answers come from.
import type { Kind } from '../../../../utils/kinds';
import { html, type SafeHtml } from '../../../ui/html';
import { visibleText } from '../../../ui/visible-text';

const timeFormat = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});

/** A time as people in the municipality read it, with the exact time for machines. */
export const shownTime = (at: Date): SafeHtml =>
  html`<time datetime="${at.toISOString()}">${timeFormat.format(at)}</time>`;

/** The kinds in a table cell or a filter: one word each. */
export const KIND_SHORT: Record<Kind, string> = {
  need: 'Behov',
  proposal: 'Forslag',
  offer: 'Tilbud',
};

export const SOURCE_LABELS: Record<string, string> = {
  widget: 'Hjemmesiden',
  extension: 'Browserudvidelsen',
  desk: 'Registreret på arbejdsbordet',
};

/** What a person wrote, as text, with its line breaks kept by the element's class. */
export const personText = (text: string): SafeHtml =>
  html`<span class="answer-text">${visibleText(text)}</span>`;

/** The first part of a text for a list: `excerpt` was cut at `max`; say so when it was. */
export function excerptOf(text: string, max: number): string {
  const shown = visibleText(text.slice(0, max)).replaceAll(/\s+/g, ' ').trim();
  return text.length > max ? `${shown} …` : shown;
}

export const yesNo = (value: boolean) => (value ? 'Ja' : 'Nej');
