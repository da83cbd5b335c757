import type { WidgetLocale } from '../schema/config';
import { BCP47 } from './index';

// Kept apart from ./index: only the answer chunk needs it, and ./index is on the first-paint path.
// A DateTimeFormat costs far more to make than to use, and the outbox formats a time per answer.
const formats: Partial<Record<WidgetLocale, Intl.DateTimeFormat>> = {};

export function formatDateTime(epochMs: number, locale: WidgetLocale): string {
  formats[locale] ??= new Intl.DateTimeFormat(BCP47[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return formats[locale].format(new Date(epochMs));
}
