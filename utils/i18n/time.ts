import { dateFormat } from './index';
import type { Locale } from './languages';

// Kept apart from ./index: only the answer chunk needs it, and ./index is on the first-paint path.
// A DateTimeFormat costs far more to make than to use, and the outbox formats a time per answer.
const formats: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

export function formatDateTime(epochMs: number, locale: Locale): string {
  formats[locale] ??= dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return formats[locale].format(new Date(epochMs));
}
