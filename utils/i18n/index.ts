import { LOCALES, type Locale } from './languages';

// Here for the widget's chunks: every lazy chunk reaches this module, so the visitor's remembered
// choice is read and written from the first paint's shared file rather than a file of its own.
export { chosenLocale, rememberLocale } from '../storage/chosen-locale';

/** A message that depends on a number: one text per CLDR plural category the language uses. */
export type Plural = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };
export type Message = string | Plural;
export type Messages = Record<string, Message>;
/**
 * What every language's catalogue of a part must hold: the Danish catalogue's keys, a `Plural`
 * where Danish has one and a string elsewhere.
 */
export type CatalogueOf<M extends Messages> = {
  [K in keyof M]: M[K] extends string ? string : Plural;
};
export type Translate<M extends Messages> = (
  key: keyof M,
  params?: Record<string, string | number>,
) => string;

/**
 * The visitor's own choice in the switcher first, then `data-locale`, then the page's `lang`
 * (`ar-EG` is Arabic); Danish when none of them is a language the widget speaks.
 */
export const pickLocale = (
  configured: string | undefined,
  documentLang: string,
  chosen?: string | null,
): Locale =>
  [chosen, configured, documentLang]
    .map((tag) => tag?.toLowerCase().split(/[-_]/)[0] as Locale)
    .find((code) => LOCALES.includes(code)) ?? 'da';

/**
 * `t(key, params)`: the message with its `{name}` placeholders filled. A plural message picks its
 * form by `params.count` through the language's CLDR rules ("1 udfordring", "2 udfordringer";
 * Arabic's six forms). A key the catalogue lacks shows as itself, which the tests look for.
 */
export function translator<M extends Messages>(messages: M, locale: string): Translate<M> {
  let rules: Intl.PluralRules | undefined;
  return (key, params) => {
    let text: Message = messages[key as string] ?? (key as string);
    if (typeof text !== 'string') {
      rules ??= new Intl.PluralRules(locale);
      text = text[rules.select(Number(params?.count))] ?? text.other;
    }
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? ''));
  };
}

/**
 * Each language with the region its speakers here mostly have, for picking a voice (read-aloud):
 * Danish and English as before; the others by language alone, whichever region's voice there is.
 */
export const BCP47: Record<Locale, string> = {
  da: 'da-DK',
  en: 'en-GB',
  ar: 'ar',
  fa: 'fa',
  tr: 'tr-TR',
  pl: 'pl-PL',
  uk: 'uk-UA',
  so: 'so',
};

/**
 * A date format for `locale`: British English (day before month); the Gregorian calendar in
 * Farsi, whose default is the Solar Hijri one (a deadline must read as the municipality's letter
 * does); in Somali the day as numbers, since browsers often lack its month names (Chromium has
 * none) and would write them in English.
 */
export const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(
    locale === 'en' || locale === 'so' ? 'en-GB' : locale === 'fa' ? 'fa-u-ca-gregory' : locale,
    locale === 'so' ? { ...options, dateStyle: 'short' } : options,
  );

/** An ISO date (YYYY-MM-DD) as people in this locale write it, read as a calendar day. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return dateFormat(locale, { dateStyle: 'long' }).format(new Date(y, m - 1, d));
}
