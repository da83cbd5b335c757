// The extension's own strings, every language at once: an installed extension has them all, and
// a page shows the language chosen in the options (or the browser's). The answer forms bring
// theirs (utils/i18n/all.ts).
import type { Locale } from '../../utils/i18n/languages';
import { CSV_COLUMNS, type CsvWords, STATUSES } from '../../utils/opportunities';
import { ar } from './ar';
import { da, type ExtensionMessages } from './da';
import { en } from './en';
import { fa } from './fa';
import { pl } from './pl';
import { so } from './so';
import { tr } from './tr';
import { uk } from './uk';

export type { ExtensionMessages };

export const extensionMessages: Record<Locale, ExtensionMessages> = {
  da,
  en,
  ar,
  fa,
  tr,
  pl,
  uk,
  so,
};

/** The saved list's CSV in the UI's language: Danish headers and statuses for a Danish UI. */
export function csvWords(locale: Locale): CsvWords {
  const m = extensionMessages[locale];
  return {
    columns: Object.fromEntries(CSV_COLUMNS.map((c) => [c, m[`csv.${c}`]])) as CsvWords['columns'],
    status: Object.fromEntries(STATUSES.map((s) => [s, m[`status.${s}`]])) as CsvWords['status'],
  };
}
