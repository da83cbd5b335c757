// Machine translation for staff (issue 22): a service the municipality runs itself, so an answer
// never leaves its servers, behind this small interface. LibreTranslate's API is the one adapter
// (./libretranslate.ts); another self-hosted service is another adapter of the same shape, chosen
// in ./translators.ts. Nothing here stores a translation or logs a text: a translation is asked
// when staff press the button and shown once (README, "Machine translation").

/** Which languages the service translates from (the keys) into which (the values). */
export type LanguagePairs = ReadonlyMap<string, ReadonlySet<string>>;

export interface MachineTranslator {
  /** Shown beside each translation ("Maskinoversat af LibreTranslate"). */
  readonly name: string;
  /** What the service can translate; asked once and kept (an adapter's business how long). */
  languages(): Promise<LanguagePairs>;
  /** `text` from `from` into `to` (language codes like `uk`, `da`); TranslationError on failure. */
  translate(text: string, from: string, to: string): Promise<string>;
}

/** Why a translation failed; each has its Danish explanation for staff (TRANSLATION_PROBLEMS). */
export type TranslationProblem = 'timeout' | 'unreachable' | 'refused' | 'malformed';

export const TRANSLATION_PROBLEMS: Record<TranslationProblem, string> = {
  timeout: 'Oversættelsestjenesten svarede ikke i tide. Prøv igen om lidt.',
  unreachable:
    'Oversættelsestjenesten kunne ikke nås. Prøv igen om lidt, og kontakt IT, hvis det bliver ved.',
  refused: 'Oversættelsestjenesten afviste at oversætte teksten. Kontakt IT, hvis det bliver ved.',
  malformed: 'Oversættelsestjenestens svar kunne ikke læses. Kontakt IT.',
};

/** A failed translation: its problem, and the HTTP status the service answered with, if any. */
export class TranslationError extends Error {
  override readonly name = 'TranslationError';
  constructor(
    readonly problem: TranslationProblem,
    readonly status?: number,
  ) {
    // Never the text, nor the service's own message (which may quote it): the problem and status.
    super(
      `machine translation failed: ${problem}${status === undefined ? '' : ` (HTTP ${status})`}`,
    );
  }
}

/**
 * Whether `pairs` translate `from` into `to`; `undefined` when the service's languages are not
 * known (it could not be asked): the button is offered, and pressing it says what went wrong.
 */
export function canTranslate(
  pairs: LanguagePairs | undefined,
  from: string,
  to: string,
): boolean | undefined {
  if (!pairs) return undefined;
  return pairs.get(from)?.has(to) === true;
}
