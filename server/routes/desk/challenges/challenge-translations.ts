// A challenge's translations on the challenge form (issue 22): its title, framing and questions in
// each supported language besides Danish, written beside the Danish. Fields `t-<code>-title`,
// `t-<code>-framing` and `t-<code>-question-<n>`, a question's translation at the Danish
// question's place. A language left empty has no translation; the widget then shows the Danish and
// says so. Pure: ./challenge-form.ts reads and checks them with the rest of the form.
import { LANGUAGE_CODES, type LanguageCode } from '../../../../utils/languages';
import type { Challenge, ChallengeTranslation } from '../../../../utils/schema/challenge';
import {
  FRAMING_MAX,
  QUESTION_MAX,
  QUESTIONS_MAX,
  TITLE_MAX,
} from '../../../../utils/schema/limits';
import type { FieldError } from '../../../ui/forms';
import { languageName } from '../../../ui/language-names';

/** The languages a challenge is translated into: every supported one but Danish. */
export const TRANSLATED_LANGUAGES = LANGUAGE_CODES.filter(
  (code): code is Exclude<LanguageCode, 'da'> => code !== 'da',
);

export interface TranslationValues {
  readonly title: string;
  readonly framing: string;
  /** QUESTIONS_MAX entries, at the places of the Danish questions' fields. */
  readonly questions: readonly string[];
}

export type TranslationsValues = Readonly<Record<string, TranslationValues>>;

export const translationField = (code: string, part: 'title' | 'framing') => `t-${code}-${part}`;
export const translatedQuestionField = (code: string, index: number) =>
  `t-${code}-question-${index + 1}`;

/** Every translation field, in the form's order (for the error summary's order). */
export const TRANSLATION_FIELD_ORDER = TRANSLATED_LANGUAGES.flatMap((code) => [
  translationField(code, 'title'),
  translationField(code, 'framing'),
  ...Array.from({ length: QUESTIONS_MAX }, (_, i) => translatedQuestionField(code, i)),
]);

const empty = (): TranslationValues => ({
  title: '',
  framing: '',
  questions: Array.from({ length: QUESTIONS_MAX }, () => ''),
});

export const emptyTranslations = (): TranslationsValues =>
  Object.fromEntries(TRANSLATED_LANGUAGES.map((code) => [code, empty()]));

/**
 * The challenge's translations as the form shows them. A translated question goes to the place of
 * its Danish question, which is the same place: the form writes the Danish questions without gaps.
 */
export function translationsFromChallenge(challenge: Challenge): TranslationsValues {
  const all = challenge.translations ?? {};
  return Object.fromEntries(
    TRANSLATED_LANGUAGES.map((code) => {
      const own = Object.hasOwn(all, code) ? all[code] : undefined;
      return [
        code,
        {
          title: own?.title ?? '',
          framing: own?.framing ?? '',
          questions: Array.from({ length: QUESTIONS_MAX }, (_, i) => own?.questions?.[i] ?? ''),
        },
      ];
    }),
  );
}

/** The posted translations, text as typed (line breaks as line feeds). */
export function translationsFromForm(typed: (name: string) => string): TranslationsValues {
  return Object.fromEntries(
    TRANSLATED_LANGUAGES.map((code) => [
      code,
      {
        title: typed(translationField(code, 'title')),
        framing: typed(translationField(code, 'framing')),
        questions: Array.from({ length: QUESTIONS_MAX }, (_, i) =>
          typed(translatedQuestionField(code, i)),
        ),
      },
    ]),
  );
}

/** Whether anything is written for `code` (the form opens that language's section). */
export const hasTranslation = (values: TranslationValues) =>
  [values.title, values.framing, ...values.questions].some((text) => text.trim() !== '');

/**
 * The translations as the schema's input, and what is wrong with them at which field. `danish` is
 * the Danish questions' fields as typed: a question is translated at a Danish question's place, all
 * of them or none (the widget shows translated questions only when there are as many as Danish).
 */
export function readTranslations(
  values: TranslationsValues,
  danish: readonly string[],
): { input: Record<string, ChallengeTranslation> | undefined; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const input: Record<string, ChallengeTranslation> = {};
  const asked = danish.map((question) => question.trim() !== '');
  for (const code of TRANSLATED_LANGUAGES) {
    const own = values[code] ?? empty();
    const name = languageName(code);
    const tooLong = (field: string, text: string, max: number, subject: string) => {
      if (text.length > max)
        errors.push({ field, message: `${subject} på ${name} må højst være ${max} tegn.` });
    };
    const title = own.title.trim();
    const framing = own.framing.trim();
    tooLong(translationField(code, 'title'), title, TITLE_MAX, 'Titlen');
    tooLong(translationField(code, 'framing'), framing, FRAMING_MAX, 'Beskrivelsen');
    const questions = own.questions.map((question) => question.trim());
    questions.forEach((question, i) => {
      const field = translatedQuestionField(code, i);
      if (question && !asked[i]) {
        errors.push({ field, message: `Der er intet dansk spørgsmål ${i + 1} at oversætte.` });
      }
      tooLong(field, question, QUESTION_MAX, `Spørgsmål ${i + 1}`);
    });
    const translated = questions.filter((question, i) => asked[i] && question);
    const missing = asked.findIndex((isAsked, i) => isAsked && !questions[i]);
    if (translated.length > 0 && missing >= 0) {
      errors.push({
        field: translatedQuestionField(code, missing),
        message: `Oversæt alle spørgsmålene til ${name}, eller ingen af dem.`,
      });
    }
    const translation: ChallengeTranslation = {
      ...(title && { title }),
      ...(framing && { framing }),
      ...(translated.length > 0 && { questions: translated }),
    };
    if (Object.keys(translation).length > 0) input[code] = translation;
  }
  return { input: Object.keys(input).length > 0 ? input : undefined, errors };
}

/** The form field of a schema issue under `translations` (`["translations", "uk", "title"]`). */
export function translationFieldOf(
  path: readonly PropertyKey[],
  danish: readonly string[],
): string | undefined {
  const [, code, part, index] = path;
  if (typeof code !== 'string') return undefined;
  if (part === 'title' || part === 'framing') return translationField(code, part);
  if (part === 'questions') {
    // The n-th translated question stands at the n-th Danish question's place.
    const places = danish.flatMap((question, i) => (question.trim() ? [i] : []));
    return translatedQuestionField(code, places[typeof index === 'number' ? index : 0] ?? 0);
  }
  return translationField(code, 'title');
}
