import type { WidgetLocale } from '../schema/config';

export type Messages = Record<string, string>;
export type Translate<M extends Messages> = (
  key: keyof M,
  params?: Record<string, string | number>,
) => string;

/** `data-locale` wins; otherwise the page's `lang`; Danish is the default. */
export function pickLocale(configured: string | undefined, documentLang: string): WidgetLocale {
  const tag = (configured || documentLang || 'da').toLowerCase();
  return tag === 'en' || tag.startsWith('en-') ? 'en' : 'da';
}

export function translator<M extends Messages>(messages: M): Translate<M> {
  return (key, params) =>
    messages[key as string]!.replace(/\{(\w+)\}/g, (_, name: string) =>
      String(params?.[name] ?? ''),
    );
}

export const BCP47: Record<WidgetLocale, string> = { da: 'da-DK', en: 'en-GB' };

/** An ISO date (YYYY-MM-DD) as people in this locale write it, read as a calendar day. */
export function formatDate(isoDate: string, locale: WidgetLocale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(BCP47[locale], { dateStyle: 'long' }).format(
    new Date(y, m - 1, d),
  );
}
