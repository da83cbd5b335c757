// The languages the widget and the extension speak: the code a page or a visitor picks, and who
// has checked each catalogue (./names.ts names each language in itself). Each language's words are in ./<code>/ (the
// Danish catalogue sets the keys), and the README's table of languages says the same as REVIEW.
// No imports: the widget's loader reads LOCALES before anything else has loaded.

export const LOCALES = ['da', 'en', 'ar', 'fa', 'tr', 'pl', 'uk', 'so'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Whether a native speaker has read the catalogue through: who did, or false. A catalogue that
 * no native speaker has checked ships enabled all the same (a municipality may correct it without
 * a release: README, "Languages"); a review changes its row here and in the README.
 */
export const REVIEW: Record<Locale, string | false> = {
  da: 'the Samskab team',
  en: 'the Samskab team',
  ar: false,
  fa: false,
  tr: false,
  pl: false,
  uk: false,
  so: false,
};

/** The languages written right to left: the widget's container and extension pages get `dir`. */
export type Direction = 'ltr' | 'rtl';
