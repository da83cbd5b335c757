// From the fields a person filled in to a submission envelope, and from the schema's verdict
// back to messages at the fields. Pure: the widget and the extension's side panel share it.
import type { Challenge } from './schema/challenge';
import type { ActorType, Kind, ResourceType } from './schema/common';
import { isIdentified, SCHEMA_VERSION, Submission } from './schema/submission';

/** Bumped whenever the consent wording in the catalogues changes meaning. */
export const CONSENT_TEXT_VERSION = '2026-11';

export interface AnswerFields {
  title: string;
  body: string;
  resourceType: ResourceType | '';
  availability: string;
  area: string;
  canHelpImplement: boolean;
  actorType: ActorType;
  name: string;
  organisation: string;
  email: string;
  phone: string;
  consent: boolean;
  /** The honeypot: people never see it, so anything typed here was typed by a bot. */
  website: string;
}

export type FieldName = Exclude<keyof AnswerFields, 'website'>;

export const emptyFields = (prefill: Partial<AnswerFields> = {}): AnswerFields => ({
  title: '',
  body: '',
  resourceType: '',
  availability: '',
  area: '',
  canHelpImplement: false,
  actorType: 'citizen',
  name: '',
  organisation: '',
  email: '',
  phone: '',
  consent: false,
  website: '',
  ...prefill,
});

export interface EnvelopeContext {
  id: string;
  kind: Kind;
  challenge: Pick<Challenge, 'id' | 'title' | 'url'>;
  locale: string;
  pageUrl: string;
  source: 'widget' | 'extension';
  clientVersion: string;
  createdAt: string;
  submittedAt: string;
}

const given = (value: string) => (value.trim() === '' ? undefined : value);

export function buildEnvelope(fields: AnswerFields, context: EnvelopeContext): unknown {
  const { kind } = context;
  return {
    id: context.id,
    schemaVersion: SCHEMA_VERSION,
    kind,
    challenge: {
      id: context.challenge.id,
      title: context.challenge.title,
      url: context.challenge.url,
    },
    text: { title: given(fields.title), body: fields.body },
    offer:
      kind === 'offer'
        ? {
            resourceType: fields.resourceType || undefined,
            availability: given(fields.availability),
            area: given(fields.area),
          }
        : undefined,
    canHelpImplement: kind === 'offer' ? undefined : fields.canHelpImplement,
    author: {
      actorType: fields.actorType,
      name: given(fields.name),
      organisation: given(fields.organisation),
      email: given(fields.email.trim()),
      phone: given(fields.phone.trim()),
    },
    consent: { contact: fields.consent, textVersion: CONSENT_TEXT_VERSION },
    locale: context.locale,
    pageUrl: context.pageUrl,
    source: context.source,
    clientVersion: context.clientVersion,
    createdAt: context.createdAt,
    submittedAt: context.submittedAt,
  };
}

export type ErrorCode =
  | 'required'
  | 'tooLong'
  | 'email'
  | 'phone'
  | 'consent'
  | 'identity'
  | 'invalid';
export interface FieldError {
  field: FieldName;
  code: ErrorCode;
  max?: number;
}

const FIELD_BY_PATH: Record<string, FieldName> = {
  'text.title': 'title',
  'text.body': 'body',
  'offer.resourceType': 'resourceType',
  offer: 'resourceType',
  'offer.availability': 'availability',
  'offer.area': 'area',
  'author.actorType': 'actorType',
  'author.name': 'name',
  'author.organisation': 'organisation',
  'author.email': 'email',
  'author.phone': 'phone',
  'consent.contact': 'consent',
};

/** The order fields appear in the form, so that focus goes to the first error. */
export const FIELD_ORDER: FieldName[] = [
  'resourceType',
  'title',
  'body',
  'availability',
  'area',
  'canHelpImplement',
  'actorType',
  'name',
  'organisation',
  'email',
  'phone',
  'consent',
];

export type AnswerVerdict =
  | { ok: true; submission: Submission }
  | { ok: false; errors: FieldError[] };

export function checkAnswer(
  fields: AnswerFields,
  context: EnvelopeContext,
  challenge: Pick<Challenge, 'allowAnonymous'>,
): AnswerVerdict {
  const result = Submission.safeParse(buildEnvelope(fields, context));
  const errors: FieldError[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = FIELD_BY_PATH[issue.path.join('.')];
      if (!field || errors.some((e) => e.field === field)) continue;
      errors.push(toFieldError(field, issue));
    }
  }
  if (!challenge.allowAnonymous) {
    const author = {
      name: given(fields.name),
      email: given(fields.email),
      phone: given(fields.phone),
    };
    if (!isIdentified({ actorType: fields.actorType, ...author })) {
      const missing: FieldName = author.name ? 'email' : 'name';
      if (!errors.some((e) => e.field === missing))
        errors.push({ field: missing, code: 'identity' });
    }
  }
  if (errors.length > 0 || !result.success) {
    errors.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
    return { ok: false, errors: errors.length > 0 ? errors : [{ field: 'body', code: 'invalid' }] };
  }
  return { ok: true, submission: result.data };
}

interface IssueLike {
  code: string;
  input?: unknown;
  maximum?: unknown;
  format?: unknown;
}

function toFieldError(field: FieldName, issue: IssueLike): FieldError {
  if (field === 'consent') return { field, code: 'consent' };
  if (issue.code === 'too_big') return { field, code: 'tooLong', max: Number(issue.maximum) };
  if (issue.input === undefined || (typeof issue.input === 'string' && issue.input.trim() === '')) {
    return { field, code: 'required' };
  }
  if (field === 'email') return { field, code: 'email' };
  if (field === 'phone') return { field, code: 'phone' };
  return { field, code: 'invalid' };
}
