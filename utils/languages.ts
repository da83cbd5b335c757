// The languages Samskab supports (issue 22): Danish and English, and the languages Danish health
// and integration authorities most often translate citizen information into. For each, the code a
// page, a feed or an answer's `locale` names, which way it is written, and its name in itself. The
// desk names them in Danish with Intl.DisplayNames (server/desk/language-names.ts).

/** In the order lists show them. A list of its own, so the widget's schemas need not the names. */
export const LANGUAGE_CODES = ['da', 'en', 'ar', 'fa', 'tr', 'pl', 'uk', 'so'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface Language {
  readonly code: LanguageCode;
  readonly dir: 'ltr' | 'rtl';
  /** The language's name in itself: "Українська". */
  readonly endonym: string;
}

export const LANGUAGES: Readonly<Record<LanguageCode, Language>> = {
  da: { code: 'da', dir: 'ltr', endonym: 'Dansk' },
  en: { code: 'en', dir: 'ltr', endonym: 'English' },
  ar: { code: 'ar', dir: 'rtl', endonym: 'العربية' },
  fa: { code: 'fa', dir: 'rtl', endonym: 'فارسی' },
  tr: { code: 'tr', dir: 'ltr', endonym: 'Türkçe' },
  pl: { code: 'pl', dir: 'ltr', endonym: 'Polski' },
  uk: { code: 'uk', dir: 'ltr', endonym: 'Українська' },
  so: { code: 'so', dir: 'ltr', endonym: 'Soomaali' },
};

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
