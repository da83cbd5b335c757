// The challenge form: what staff typed, read from a posted form and validated with the very zod
// schema the feed and the widget use (utils/schema/challenge.ts), with each issue put back at its
// field in Danish. Pure: the routes read and draw it.

import { Challenge } from '../../../../utils/schema/challenge';
import { KINDS } from '../../../../utils/schema/common';
import {
  AREA_MAX,
  FRAMING_MAX,
  NAME_MAX,
  QUESTION_MAX,
  QUESTIONS_MAX,
  SLUG_MAX,
  THEME_MAX,
  TITLE_MAX,
} from '../../../../utils/schema/limits';
import type { FieldError } from '../../../ui/forms';
import {
  emptyTranslations,
  readTranslations,
  TRANSLATION_FIELD_ORDER,
  type TranslationsValues,
  translationFieldOf,
  translationsFromChallenge,
  translationsFromForm,
} from './challenge-translations';

/** The form as typed: text as text, so a refused form is shown again exactly as it was. */
export interface ChallengeFormValues {
  readonly id: string;
  readonly title: string;
  readonly framing: string;
  /** Always QUESTIONS_MAX entries; the empty ones are not questions. */
  readonly questions: readonly string[];
  readonly seeking: readonly string[];
  readonly resourcesWanted: readonly string[];
  readonly area: string;
  readonly theme: string;
  readonly deadline: string;
  readonly status: string;
  readonly allowAnonymous: boolean;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
  readonly url: string;
  /** Title, framing and questions in other languages (./challenge-translations.ts). */
  readonly translations: TranslationsValues;
}

/** The form's field names (also the ids `f-<name>` the error summary links to). */
export const questionField = (index: number) => `question-${index + 1}`;
export const CONTACT_FIELDS = {
  name: 'contact-name',
  email: 'contact-email',
  phone: 'contact-phone',
} as const;

/** The longest text each field takes (its `maxlength`): the schema's limits. */
export const FIELD_MAX = {
  id: SLUG_MAX,
  title: TITLE_MAX,
  framing: FRAMING_MAX,
  question: QUESTION_MAX,
  area: AREA_MAX,
  theme: THEME_MAX,
  contactName: NAME_MAX,
} as const;

/** A new challenge: the schema's defaults (every kind invited, open, anonymous answers welcome). */
export const emptyValues = (): ChallengeFormValues => ({
  id: '',
  title: '',
  framing: '',
  questions: Array.from({ length: QUESTIONS_MAX }, () => ''),
  seeking: [...KINDS],
  resourcesWanted: [],
  area: '',
  theme: '',
  deadline: '',
  status: 'open',
  allowAnonymous: true,
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  url: '',
  translations: emptyTranslations(),
});

export const valuesFromChallenge = (challenge: Challenge): ChallengeFormValues => ({
  id: challenge.id,
  title: challenge.title,
  framing: challenge.framing,
  questions: Array.from({ length: QUESTIONS_MAX }, (_, i) => challenge.questions?.[i] ?? ''),
  seeking: challenge.seeking,
  resourcesWanted: challenge.resourcesWanted ?? [],
  area: challenge.area ?? '',
  theme: challenge.theme ?? '',
  deadline: challenge.deadline ?? '',
  status: challenge.status,
  allowAnonymous: challenge.allowAnonymous,
  contactName: challenge.contact?.name ?? '',
  contactEmail: challenge.contact?.email ?? '',
  contactPhone: challenge.contact?.phone ?? '',
  url: challenge.url,
  translations: translationsFromChallenge(challenge),
});

// Browsers send a textarea's line breaks as CRLF; the contract's text has plain line feeds.
const typed = (form: URLSearchParams, name: string) =>
  (form.get(name) ?? '').replaceAll('\r\n', '\n');

/** The posted form. `id` only counts when creating: an edit keeps the challenge's own. */
export const valuesFromForm = (form: URLSearchParams): ChallengeFormValues => ({
  id: typed(form, 'id'),
  title: typed(form, 'title'),
  framing: typed(form, 'framing'),
  questions: Array.from({ length: QUESTIONS_MAX }, (_, i) => typed(form, questionField(i))),
  seeking: form.getAll('seeking'),
  resourcesWanted: form.getAll('resourcesWanted'),
  area: typed(form, 'area'),
  theme: typed(form, 'theme'),
  deadline: typed(form, 'deadline'),
  status: typed(form, 'status'),
  allowAnonymous: form.get('allowAnonymous') === 'ja',
  contactName: typed(form, CONTACT_FIELDS.name),
  contactEmail: typed(form, CONTACT_FIELDS.email),
  contactPhone: typed(form, CONTACT_FIELDS.phone),
  url: typed(form, 'url'),
  translations: translationsFromForm((name) => typed(form, name)),
});

/** Staff's stray spaces are accidents; an empty optional field is no field. */
const optional = (value: string) => value.trim() || undefined;

/** The form as the schema's input: what the feed will carry, before validation. */
export function challengeInput(values: ChallengeFormValues): Record<string, unknown> {
  const questions = values.questions.map((question) => question.trim()).filter(Boolean);
  const contact = {
    name: optional(values.contactName),
    email: optional(values.contactEmail),
    phone: optional(values.contactPhone),
  };
  const input: Record<string, unknown> = {
    id: values.id.trim(),
    title: values.title.trim(),
    framing: values.framing.trim(),
    questions: questions.length > 0 ? questions : undefined,
    seeking: values.seeking,
    resourcesWanted: values.resourcesWanted.length > 0 ? values.resourcesWanted : undefined,
    area: optional(values.area),
    theme: optional(values.theme),
    deadline: optional(values.deadline),
    status: values.status,
    allowAnonymous: values.allowAnonymous,
    contact: Object.values(contact).some(Boolean) ? contact : undefined,
    url: values.url.trim(),
    translations: readTranslations(values.translations, values.questions).input,
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  if (input.contact) {
    const kept = input.contact as Record<string, unknown>;
    for (const key of Object.keys(kept)) if (kept[key] === undefined) delete kept[key];
  }
  return input;
}

interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly maximum?: unknown;
  readonly message: string;
}

/** The form field a schema issue belongs to. */
export function fieldOf(path: readonly PropertyKey[], danish: readonly string[] = []): string {
  const [first, second] = path;
  if (first === 'translations') return translationFieldOf(path, danish) ?? 'title';
  if (first === 'questions') return questionField(typeof second === 'number' ? second : 0);
  if (first === 'contact' && typeof second === 'string' && second in CONTACT_FIELDS)
    return CONTACT_FIELDS[second as keyof typeof CONTACT_FIELDS];
  return typeof first === 'string' ? first : 'title';
}

interface FieldWords {
  /** "Titlen": the subject of "… må højst være N tegn". */
  readonly subject: string;
  /** What to do when it is empty. */
  readonly missing?: string;
  /** What to do when it is not of the right form. */
  readonly format?: string;
}

const WORDS: Record<string, FieldWords> = {
  id: {
    subject: 'Id’et',
    missing: 'Skriv et id, fx ensomhed-lunde.',
    format: 'Id’et må kun have små bogstaver a–z, tal og bindestreger, fx ensomhed-lunde.',
  },
  title: { subject: 'Titlen', missing: 'Skriv en titel.' },
  framing: { subject: 'Beskrivelsen', missing: 'Beskriv udfordringen.' },
  question: { subject: 'Spørgsmålet', missing: 'Skriv spørgsmålet.' },
  seeking: { subject: 'Svarene', missing: 'Vælg mindst én slags svar.' },
  resourcesWanted: { subject: 'Ressourcerne', format: 'Vælg ressourcer fra listen.' },
  area: { subject: 'Området' },
  theme: { subject: 'Temaet' },
  deadline: { subject: 'Svarfristen', format: 'Skriv svarfristen som en dato, fx 2027-03-31.' },
  status: { subject: 'Status', format: 'Vælg åben eller lukket.' },
  allowAnonymous: { subject: 'Valget' },
  [CONTACT_FIELDS.name]: { subject: 'Kontaktpersonens navn' },
  [CONTACT_FIELDS.email]: {
    subject: 'E-mailadressen',
    format: 'Skriv en e-mailadresse som navn@kommune.dk.',
  },
  [CONTACT_FIELDS.phone]: {
    subject: 'Telefonnummeret',
    format: 'Skriv et telefonnummer med cifre, mellemrum og + ( ) -, fx +45 12 34 56 78.',
  },
  url: {
    subject: 'Adressen',
    missing: 'Skriv adressen på udfordringens side på kommunens hjemmeside.',
    format: 'Skriv en hel adresse, der begynder med https://',
  },
};

const wordsOf = (field: string) =>
  WORDS[field.startsWith('question-') ? 'question' : field] ?? { subject: 'Feltet' };

/**
 * A schema issue in Danish, for staff: what is wrong and what to do. `blank` says the field was
 * left empty (the schema's words for that differ by check: too short, not a URL…).
 */
export function issueMessage(field: string, issue: IssueLike, blank: boolean): string {
  const words = wordsOf(field);
  if (field === 'seeking') {
    if (issue.code === 'too_small') return 'Vælg mindst én slags svar.';
    return issue.code === 'too_big' ? 'Vælg højst de tre slags svar.' : 'Vælg fra listen.';
  }
  if (field === 'resourcesWanted') return 'Vælg ressourcer fra listen, hver højst én gang.';
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return `${words.subject} må højst være ${issue.maximum} tegn.`;
  }
  const empty = blank || issue.code === 'too_small' || issue.message === 'must not be empty';
  if (empty && words.missing) return words.missing;
  return words.format ?? words.missing ?? `Ret ${words.subject.toLowerCase()}.`;
}

/** Whether a text field was left empty (or only spaces). */
function isBlank(values: ChallengeFormValues, field: string): boolean {
  const text: Record<string, string> = {
    id: values.id,
    title: values.title,
    framing: values.framing,
    url: values.url,
    deadline: values.deadline,
  };
  return field in text && !text[field]!.trim();
}

export type ChallengeFormResult =
  | { readonly ok: true; readonly challenge: Challenge }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** The form through the contract's schema: the challenge, or one message per field at fault. */
export function readChallengeForm(values: ChallengeFormValues): ChallengeFormResult {
  const result = Challenge.safeParse(challengeInput(values));
  // The translations' own rules (a question translated where there is a Danish one, all or none).
  const errors: FieldError[] = readTranslations(values.translations, values.questions).errors;
  if (result.success && errors.length === 0) return { ok: true, challenge: result.data };
  for (const issue of result.success ? [] : result.error.issues) {
    const field = fieldOf(issue.path, values.questions);
    if (errors.some((error) => error.field === field)) continue;
    errors.push({
      field,
      message: issueMessage(field, issue as IssueLike, isBlank(values, field)),
    });
  }
  return { ok: false, errors: sortByForm(errors) };
}

/** The order of the fields on the page, so the summary reads top to bottom. */
const FORM_ORDER = [
  'id',
  'title',
  'framing',
  ...Array.from({ length: QUESTIONS_MAX }, (_, i) => questionField(i)),
  'seeking',
  'resourcesWanted',
  'area',
  'theme',
  'deadline',
  'status',
  'allowAnonymous',
  CONTACT_FIELDS.name,
  CONTACT_FIELDS.email,
  CONTACT_FIELDS.phone,
  'url',
  ...TRANSLATION_FIELD_ORDER,
];

export const sortByForm = (errors: readonly FieldError[]): FieldError[] =>
  [...errors].sort((a, b) => FORM_ORDER.indexOf(a.field) - FORM_ORDER.indexOf(b.field));
