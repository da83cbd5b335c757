// From the fields a person filled in to a submission envelope, and from the schema's verdict
// back to messages at the fields. Pure: the widget and the extension's side panel share it.
import { carried, KIND_TABLE, type Kind, OWN_FIELDS, type OwnField } from './kinds';
import type { Challenge } from './schema/challenge';
import type { ActorType, ResourceType } from './schema/common';
import {
  AREA_MAX,
  AVAILABILITY_MAX,
  BODY_MAX,
  NAME_MAX,
  ORGANISATION_MAX,
  TITLE_MAX,
} from './schema/limits';
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
  /**
   * Protocol 1.1, optional because the desk's register form does not ask them: an address only
   * for news about the answer (`updates.email`, apart from `email` and its contact consent), and
   * consent to publish the answer without name and contact details (`consent.publish`).
   */
  updatesEmail?: string;
  /**
   * Issue 20: news about the answer to the one e-mail field's address. Sent as `updates.email`,
   * apart from the contact; the address is a contact too only with the contact consent.
   */
  updatesToo?: boolean;
  publish?: boolean;
  /** The honeypot: people never see it, so anything typed here was typed by a bot. */
  website: string;
}

export type FieldName = Exclude<keyof AnswerFields, 'website'>;

/** The longest text each input takes: its `maxLength`, and the number its messages name. */
export const FIELD_MAX: Partial<Record<FieldName, number>> = {
  title: TITLE_MAX,
  body: BODY_MAX,
  availability: AVAILABILITY_MAX,
  area: AREA_MAX,
  name: NAME_MAX,
  organisation: ORGANISATION_MAX,
};

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
  updatesEmail: '',
  updatesToo: false,
  publish: false,
  website: '',
  ...prefill,
});

export interface EnvelopeContext {
  id: string;
  kind: Kind;
  challenge: Pick<Challenge, 'id' | 'title' | 'url'>;
  locale: string;
  pageUrl: string;
  /** `desk`: an answer staff register on the receiver's desk, built with this same function. */
  source: 'widget' | 'extension' | 'desk';
  clientVersion: string;
  createdAt: string;
  submittedAt: string;
  /** Protocol 1.1: the published answer this one joins. */
  relatesTo?: { reference: string } | undefined;
}

const given = (value: string) => (value.trim() === '' ? undefined : value);

/** What the inputs write into each own field of the envelope, on the kinds that carry it. */
const OWN_FROM_FIELDS: { readonly [F in OwnField]: (fields: AnswerFields) => unknown } = {
  offer: (fields) => ({
    resourceType: fields.resourceType || undefined,
    availability: given(fields.availability),
    area: given(fields.area),
  }),
  canHelpImplement: (fields) => fields.canHelpImplement,
};

/**
 * The address for news (`updates.email`): the e-mail field's when "send me news too" is ticked; a
 * draft from before the one field may still hold its own. Pure.
 */
const newsAddress = (fields: AnswerFields) =>
  fields.updatesToo ? given(fields.email.trim()) : given(fields.updatesEmail?.trim() ?? '');

/** The contact address: none when the address is given for news only (no contact consent). */
const contactAddress = (fields: AnswerFields) =>
  fields.updatesToo && !fields.consent ? undefined : given(fields.email.trim());

export function buildEnvelope(fields: AnswerFields, context: EnvelopeContext): unknown {
  const { kind } = context;
  const news = newsAddress(fields);
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
    ...Object.fromEntries(
      OWN_FIELDS.map((field) => [
        field,
        carried(kind, field) ? OWN_FROM_FIELDS[field](fields) : undefined,
      ]),
    ),
    author: {
      actorType: fields.actorType,
      name: given(fields.name),
      organisation: given(fields.organisation),
      email: contactAddress(fields),
      phone: given(fields.phone.trim()),
    },
    consent: {
      contact: fields.consent,
      textVersion: CONSENT_TEXT_VERSION,
      publish: fields.publish ?? false,
    },
    updates: news ? { email: news } : undefined,
    relatesTo: context.relatesTo,
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

/** The form field each envelope path's problem is shown at (the desk's registration form too). */
export const FIELD_BY_PATH: Record<string, Exclude<FieldName, 'updatesEmail' | 'updatesToo'>> = {
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
// The updates address is the widget's alone: the desk's register form does not ask it.
const WIDGET_FIELD_BY_PATH: Record<string, FieldName> = {
  ...FIELD_BY_PATH,
  // The one e-mail field's (issue 20), or a draft's own address for news from before it.
  'updates.email': 'email',
};

/** The fields of the "about you" fieldset, in its order (components/answer/AboutYou.tsx). */
export const ABOUT_YOU_FIELDS = [
  'actorType',
  'name',
  'organisation',
  'email',
  'phone',
  'consent',
] as const satisfies readonly FieldName[];

/** The order fields appear in the form of `kind`, so that focus goes to the first error. */
export const fieldOrder = (kind: Kind): readonly FieldName[] => [
  ...KIND_TABLE[kind].form,
  ...ABOUT_YOU_FIELDS,
  // Protocol 1.1's fields, after the contact consent (the desk's register form does not ask them).
  'updatesEmail',
  'publish',
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
      const field = WIDGET_FIELD_BY_PATH[issue.path.join('.')];
      if (!field || errors.some((e) => e.field === field)) continue;
      errors.push(toFieldError(field, issue));
    }
  }
  if (!challenge.allowAnonymous) {
    const author = {
      name: given(fields.name),
      email: contactAddress(fields),
      phone: given(fields.phone),
    };
    if (!isIdentified({ actorType: fields.actorType, ...author })) {
      const missing: FieldName = author.name ? 'email' : 'name';
      if (!errors.some((e) => e.field === missing))
        errors.push({ field: missing, code: 'identity' });
    }
  }
  if (errors.length > 0 || !result.success) {
    const order = fieldOrder(context.kind);
    errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
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
  // An empty address or number is left out of the envelope, so any issue with one is its form
  // (zod's format issues carry no `input`, which would read as "required" below).
  if (field === 'email' || field === 'updatesEmail') return { field, code: 'email' };
  if (field === 'phone') return { field, code: 'phone' };
  if (issue.input === undefined || (typeof issue.input === 'string' && issue.input.trim() === '')) {
    return { field, code: 'required' };
  }
  return { field, code: 'invalid' };
}
