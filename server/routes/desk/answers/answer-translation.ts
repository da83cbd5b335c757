// What an answer's page offers of machine translation (issue 22), from the answer's language (what
// the person chose in the widget, never detected) and what the municipality's service translates:
// "Oversæt til dansk" beside the answer, and "Oversæt svaret til …" for the reply. Without a
// service (SAMSKAB_TRANSLATE_URL), for a Danish answer, one whose language is unknown and an
// erased one: nothing. A translation is asked when staff press the button, shown, and not kept.
import type { AnswerRecord } from '../../../data/answer-record';
import type { RequestContext } from '../../../web/route';
import { canTranslate, TRANSLATION_PROBLEMS, TranslationError } from '../../../web/translation';

/** The answer's text in Danish, beside the original. */
export type AnswerTranslation =
  | { readonly state: 'none' }
  /** The service cannot translate from this language into Danish. */
  | { readonly state: 'unsupported'; readonly language: string }
  | { readonly state: 'offered'; readonly language: string }
  | {
      readonly state: 'shown';
      readonly language: string;
      readonly service: string;
      readonly title: string | null;
      readonly body: string;
    }
  | { readonly state: 'failed'; readonly language: string; readonly message: string };

/** A machine translation of the reply into the answer's language. */
export type ReplyTranslationOffer =
  | { readonly state: 'none' }
  | { readonly state: 'unsupported'; readonly language: string }
  | { readonly state: 'offered'; readonly language: string; readonly service: string };

/** The query parameter of "Oversæt til dansk" (a GET: it changes nothing). */
export const TRANSLATE_PARAM = ['oversaet', 'dansk'] as const;

/** The answer's language when there is something to translate to or from Danish. */
const foreignLanguage = (answer: AnswerRecord) =>
  answer.language && answer.language !== 'da' && !answer.erasedAt ? answer.language : undefined;

export async function translationsOf(
  context: RequestContext,
  answer: AnswerRecord,
  translateAnswer: boolean,
): Promise<{ answer: AnswerTranslation; reply: ReplyTranslationOffer }> {
  const { translator } = context.services.desk;
  const language = foreignLanguage(answer);
  if (!translator || !language) return { answer: { state: 'none' }, reply: { state: 'none' } };
  // Unknown when the service cannot be asked: the buttons are shown, and pressing one says why.
  const pairs = await translator.languages().catch(() => undefined);
  const reply: ReplyTranslationOffer =
    canTranslate(pairs, 'da', language) === false
      ? { state: 'unsupported', language }
      : { state: 'offered', language, service: translator.name };
  if (canTranslate(pairs, language, 'da') === false) {
    return { answer: { state: 'unsupported', language }, reply };
  }
  if (!translateAnswer) return { answer: { state: 'offered', language }, reply };
  try {
    const [title, body] = await Promise.all([
      answer.title ? translator.translate(answer.title, language, 'da') : null,
      translator.translate(answer.body, language, 'da'),
    ]);
    return {
      answer: { state: 'shown', language, service: translator.name, title, body },
      reply,
    };
  } catch (error) {
    if (!(error instanceof TranslationError)) throw error;
    return {
      answer: { state: 'failed', language, message: TRANSLATION_PROBLEMS[error.problem] },
      reply,
    };
  }
}
