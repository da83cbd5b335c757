// The languages Samskab supports (issue 22): Danish and English, and the languages Danish health
// and integration authorities most often translate citizen information into. For each, the code a
// page, a feed or an answer's `locale` names, which way it is written, and its name in itself. The
// desk names them in Danish with Intl.DisplayNames (server/ui/language-names.ts).
import { LOCALES, type Locale } from './i18n/languages';
import { LANGUAGE_NAMES } from './i18n/names';

/** In the order lists show them: the widget's languages (utils/i18n/languages.ts). */
export const LANGUAGE_CODES = LOCALES;
export type LanguageCode = Locale;

export interface Language {
  readonly code: LanguageCode;
  readonly dir: 'ltr' | 'rtl';
  /** The language's name in itself: "Українська" (utils/i18n/names.ts). */
  readonly endonym: string;
}

const RIGHT_TO_LEFT: readonly LanguageCode[] = ['ar', 'fa'];

export const LANGUAGES = Object.fromEntries(
  LOCALES.map((code) => [
    code,
    { code, dir: RIGHT_TO_LEFT.includes(code) ? 'rtl' : 'ltr', endonym: LANGUAGE_NAMES[code] },
  ]),
) as Readonly<Record<LanguageCode, Language>>;

export const isSupportedLanguage = (code: string | null | undefined): code is LanguageCode =>
  (LANGUAGE_CODES as readonly (string | null | undefined)[]).includes(code);

/**
 * The language of a BCP 47 tag: its primary subtag in lower case (`uk-UA` → `uk`, `AR` → `ar`), or
 * undefined for what is no tag. Answers and feeds are matched by language, not by region.
 */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** `rtl` for the supported languages written right to left; `ltr` for every other code. */
export const directionOf = (code: string | null | undefined): 'ltr' | 'rtl' =>
  isSupportedLanguage(code) ? LANGUAGES[code].dir : 'ltr';
