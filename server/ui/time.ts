// A moment on a page: Copenhagen time in Danish for people (utils/copenhagen-time.ts, the one
// formatter), the exact time in `datetime` for machines.
import { type CopenhagenFormat, inCopenhagen } from '../../utils/copenhagen-time';
import { html, type SafeHtml } from './html';

export const shownTime = (at: Date, format: CopenhagenFormat = 'dateTime'): SafeHtml =>
  html`<time datetime="${at.toISOString()}">${inCopenhagen(at, format)}</time>`;
