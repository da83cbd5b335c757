import type { WidgetLocale } from '../schema/config';
import { BCP47 } from './index';

// Kept apart from ./index: only the answer chunk needs it, and ./index is on the first-paint path.
export function formatDateTime(epochMs: number, locale: WidgetLocale): string {
  return new Intl.DateTimeFormat(BCP47[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(epochMs),
  );
}
