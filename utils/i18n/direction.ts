// Which way a language is written: the widget's root and the extension's pages take `dir` from it,
// and the styles, written with logical sides, follow. A language's catalogue may carry its
// direction instead (issue 22); until then the code decides, from the primary subtag.
export type TextDirection = 'ltr' | 'rtl';

/** `rtl` for Arabic, Farsi, Hebrew and Urdu (`ar`, `fa-IR`, …); `ltr` for every other tag. */
export const textDirection = (locale: string): TextDirection =>
  /^(ar|fa|he|ur)(-|$)/i.test(locale) ? 'rtl' : 'ltr';
