// A challenge in the reader's language (protocol 1.3): its translation's title, framing and
// questions where the feed has them, the Danish text where it has not, and which parts are Danish,
// so the widget can mark them (`lang="da"`) and say that it shows Danish. Pure: the widget's list
// and challenge view, and the extension's side panel, all read it.
import { primaryLanguage } from './languages';
import type { Challenge } from './schema/challenge';

export type TranslatedPart = 'title' | 'framing' | 'questions';

export interface ShownChallenge {
  /** The challenge with its texts in the reader's language where there are any. */
  readonly challenge: Challenge;
  /** The parts shown in Danish to a reader of another language; empty for a Danish reader. */
  readonly inDanish: readonly TranslatedPart[];
}

/**
 * The challenge for a reader of `locale` (a BCP 47 tag). Questions are taken from the translation
 * only when it has as many as the Danish (a question added later in Danish would otherwise be
 * lost); a challenge without questions asks the widget's own, which are in the reader's language.
 */
export function shownInLanguage(challenge: Challenge, locale: string): ShownChallenge {
  const language = primaryLanguage(locale) ?? 'da';
  if (language === 'da') return { challenge, inDanish: [] };
  const { translations } = challenge;
  const own = translations && Object.hasOwn(translations, language) ? translations[language] : {};
  const inDanish: TranslatedPart[] = [];
  const pick = <T>(part: TranslatedPart, translated: T | undefined, danish: T): T => {
    if (translated !== undefined) return translated;
    inDanish.push(part);
    return danish;
  };
  const { questions } = challenge;
  return {
    challenge: {
      ...challenge,
      title: pick('title', own?.title, challenge.title),
      framing: pick('framing', own?.framing, challenge.framing),
      ...(questions && {
        questions: pick(
          'questions',
          own?.questions?.length === questions.length ? own.questions : undefined,
          questions,
        ),
      }),
    },
    inDanish,
  };
}
