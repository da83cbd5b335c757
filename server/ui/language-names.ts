// Languages named in Danish for staff ("somali", "arabisk"), by the runtime's own CLDR data
// (Intl.DisplayNames), so every language an answer may name has its name without a table here.
import { LANGUAGE_CODES, type LanguageCode } from '../../utils/languages';

const names = new Intl.DisplayNames(['da'], { type: 'language', fallback: 'code' });

/** The language's Danish name in lower case, as Danish writes it; the code for an unknown one. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    // Not a language tag at all (the callers pass codes that are, but a name must never throw).
    return code;
  }
}

/** The supported languages as a form's choices: code and Danish name, in the usual order. */
export const LANGUAGE_CHOICES: readonly (readonly [LanguageCode, string])[] = LANGUAGE_CODES.map(
  (code) => [code, languageName(code)] as const,
);
