// Each language named in itself, as the switcher lists them whatever the current language. A file
// apart from ./languages.ts, whose codes the widget needs before its first paint: these names come
// later, with the switcher.
import type { Locale } from './languages';

/** Each language named in itself: "Dansk", "العربية". In the switcher's order. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  da: 'Dansk',
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  tr: 'Türkçe',
  pl: 'Polski',
  uk: 'Українська',
  so: 'Soomaali',
};
