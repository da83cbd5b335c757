// An answer received by phone, by letter or at a meeting, registered by staff so the people who
// never use the web count too. The form has the widget's fields; the envelope is built by the
// widget's own builder (utils/answer-form.ts) and validated by the shared schema's desk variant
// (`source: "desk"`), so a desk answer is stored, listed, searched and exported like any other.
// How it was received is recorded in its history (the "registered" event).

import {
  ABOUT_YOU_FIELDS,
  buildEnvelope,
  CONSENT_TEXT_VERSION,
  FIELD_BY_PATH,
} from '../../../../utils/answer-form';
import { inCopenhagen } from '../../../../utils/copenhagen-time';
import { carried, KINDS, type Kind } from '../../../../utils/kinds';
import { isSupportedLanguage } from '../../../../utils/languages';
import type { Challenge } from '../../../../utils/schema/challenge';
import { type ActorType, Email, type ResourceType } from '../../../../utils/schema/common';
import { DeskSubmission, isIdentified } from '../../../../utils/schema/submission';
import type { FieldError } from '../../../ui/forms';

/** How the answer reached the municipality. */
export const CHANNELS = {
  telefon: 'Telefon',
  brev: 'Brev',
  moede: 'Møde',
  andet: 'Andet',
} as const;
export type Channel = keyof typeof CHANNELS;

/** The desk's registration form, as a client: bumped when what it records changes. */
export const DESK_FORM_VERSION = '1.0.0';

export interface RegisterValues {
  readonly challenge: string;
  readonly kind: string;
  readonly channel: string;
  readonly title: string;
  readonly body: string;
  readonly resourceType: string;
  readonly availability: string;
  readonly area: string;
  readonly canHelpImplement: boolean;
  readonly actorType: string;
  readonly name: string;
  readonly organisation: string;
  readonly email: string;
  readonly phone: string;
  readonly consent: boolean;
  readonly publish: boolean;
  /** The day the answer came in (`YYYY-MM-DD`, Copenhagen); empty for today. */
  readonly receivedOn: string;
  /** An address the person gave only for news about the answer, kept apart from it. */
  readonly updatesEmail: string;
  /** The language of what the person said or wrote (a supported code; Danish by default). */
  readonly language: string;
}

export function readRegisterForm(form: URLSearchParams): RegisterValues {
  const get = (name: string) => form.get(name) ?? '';
  return {
    challenge: get('challenge'),
    kind: get('kind'),
    channel: get('channel'),
    title: get('title'),
    body: get('body'),
    resourceType: get('resourceType'),
    availability: get('availability'),
    area: get('area'),
    canHelpImplement: form.get('canHelpImplement') === 'ja',
    actorType: get('actorType'),
    name: get('name'),
    organisation: get('organisation'),
    email: get('email'),
    phone: get('phone'),
    consent: form.get('consent') === 'ja',
    publish: form.get('publish') === 'ja',
    receivedOn: get('receivedOn').trim(),
    updatesEmail: get('updatesEmail').trim(),
    language: get('language') || 'da',
  };
}

/** The form's fields in the order they appear, so the error summary follows the page. */
export const REGISTER_FIELD_ORDER = [
  'challenge',
  'kind',
  'channel',
  'receivedOn',
  'title',
  'body',
  'language',
  'resourceType',
  'availability',
  'area',
  'canHelpImplement',
  ...ABOUT_YOU_FIELDS,
  'publish',
  'updatesEmail',
] as const;
type RegisterField = (typeof REGISTER_FIELD_ORDER)[number];

/** The person's address and the address for news are read alike, so they are told alike. */
const EMAIL_MESSAGES = {
  missing: 'Skriv en e-mailadresse.',
  invalid: 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
};

const MESSAGES: Record<RegisterField, { missing: string; invalid?: string }> = {
  challenge: { missing: 'Vælg den udfordring, svaret handler om.' },
  kind: { missing: 'Vælg, om svaret er et behov, et forslag eller et tilbud.' },
  channel: { missing: 'Vælg, hvordan svaret kom ind.' },
  receivedOn: {
    missing: 'Skriv datoen som fx 2027-03-01.',
    invalid: 'Datoen er efter i dag. Skriv den dag, svaret kom ind.',
  },
  updatesEmail: EMAIL_MESSAGES,
  resourceType: { missing: 'Vælg, hvad der tilbydes.' },
  title: { missing: 'Skriv en overskrift.' },
  body: { missing: 'Skriv, hvad personen sagde eller skrev.' },
  language: { missing: 'Vælg det sprog, personen talte eller skrev på.' },
  availability: { missing: 'Skriv, hvornår tilbuddet gælder.' },
  area: { missing: 'Skriv området.' },
  canHelpImplement: { missing: 'Ugyldig værdi.' },
  actorType: { missing: 'Vælg, hvem personen svarer som.' },
  name: { missing: 'Skriv personens navn.' },
  organisation: { missing: 'Skriv organisationens navn.' },
  email: EMAIL_MESSAGES,
  phone: {
    missing: 'Skriv et telefonnummer.',
    invalid: 'Skriv et gyldigt telefonnummer, fx 12 34 56 78.',
  },
  consent: {
    missing:
      'Sæt kryds, hvis personen har sagt ja til at blive kontaktet. Ellers fjern e-mail og telefon.',
  },
  publish: { missing: 'Ugyldig værdi.' },
};

function messageFor(
  field: RegisterField,
  issue: { code: string; input?: unknown; maximum?: unknown },
): string {
  if (issue.code === 'too_big') return `Højst ${Number(issue.maximum)} tegn.`;
  const empty =
    issue.input === undefined || (typeof issue.input === 'string' && issue.input.trim() === '');
  const messages = MESSAGES[field];
  return (!empty && messages.invalid) || messages.missing;
}

export type RegisterVerdict =
  | {
      readonly ok: true;
      readonly submission: DeskSubmission;
      readonly channel: Channel;
      /** When it came in: now, or noon (Copenhagen) of an earlier day staff gave. */
      readonly receivedAt: Date;
      /** The address for news about it, to keep apart from the answer. */
      readonly updatesEmail?: string;
    }
  | { readonly ok: false; readonly errors: FieldError[] };

/**
 * The time an answer came in on `day` (`YYYY-MM-DD`): `now` for today or none given, else midday
 * in Copenhagen that day (so it stands on that day in every list); 'invalid' for what is not a
 * day, 'future' for a day after today.
 */
export function receivedAtOf(day: string, now: Date): Date | 'invalid' | 'future' {
  const today = inCopenhagen(now, 'isoDay');
  if (day === '' || day === today) return now;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return 'invalid';
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const noonUtc = new Date(Date.UTC(year, month - 1, date, 12));
  if (noonUtc.getUTCMonth() !== month - 1 || year < 2000) return 'invalid';
  if (day > today) return 'future';
  // 11:00 UTC is 12 or 13 o'clock in Copenhagen, winter or summer: that day either way.
  return new Date(Date.UTC(year, month - 1, date, 11));
}

const isKind = (value: string): value is Kind => (KINDS as readonly string[]).includes(value);
const isChannel = (value: string): value is Channel => Object.hasOwn(CHANNELS, value);

/**
 * The answer as an envelope, or what is wrong at which field. `challenge` is the one chosen (from
 * the database); `id` and `now` are the new answer's.
 */
export function checkRegistration(
  values: RegisterValues,
  challenge: Challenge | undefined,
  made: { id: string; now: Date },
): RegisterVerdict {
  const errors: FieldError[] = [];
  const add = (field: RegisterField, message: string) => {
    if (!errors.some((error) => error.field === field)) errors.push({ field, message });
  };
  if (!challenge) add('challenge', MESSAGES.challenge.missing);
  if (!isKind(values.kind)) add('kind', MESSAGES.kind.missing);
  if (!isChannel(values.channel)) add('channel', MESSAGES.channel.missing);
  if (!isSupportedLanguage(values.language)) add('language', MESSAGES.language.missing);
  const kind: Kind = isKind(values.kind) ? values.kind : 'need';
  const received = receivedAtOf(values.receivedOn, made.now);
  if (received === 'invalid') add('receivedOn', MESSAGES.receivedOn.missing);
  if (received === 'future') add('receivedOn', MESSAGES.receivedOn.invalid!);
  const receivedAt = received instanceof Date ? received : made.now;
  if (values.updatesEmail && !Email.safeParse(values.updatesEmail).success)
    add('updatesEmail', MESSAGES.updatesEmail.invalid!);
  const at = receivedAt.toISOString();
  const built = buildEnvelope(
    {
      title: values.title,
      body: values.body,
      // Unknown values are passed on for the schema to refuse, at their fields.
      resourceType: values.resourceType as ResourceType | '',
      availability: values.availability,
      area: values.area,
      canHelpImplement: values.canHelpImplement,
      actorType: values.actorType as ActorType,
      name: values.name,
      organisation: values.organisation,
      email: values.email,
      phone: values.phone,
      consent: values.consent,
      website: '',
    },
    {
      id: made.id,
      kind,
      challenge: challenge ?? { id: 'x', title: 'x', url: 'https://x.invalid/' },
      // The answer's language, as the widget's answers say the visitor's (the desk filters by it).
      locale: isSupportedLanguage(values.language) ? values.language : 'da',
      pageUrl: challenge?.url ?? 'https://x.invalid/',
      source: 'desk',
      clientVersion: DESK_FORM_VERSION,
      createdAt: at,
      submittedAt: at,
    },
  ) as Record<string, unknown>;
  // Consent to publish is not on the widget's form yet: the desk asks it as protocol 1.1 says.
  const envelope = {
    ...built,
    consent: {
      contact: values.consent,
      textVersion: `desk-${CONSENT_TEXT_VERSION}`,
      publish: values.publish,
    },
  };
  const result = DeskSubmission.safeParse(envelope);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // The widget's fields and the desk's have the same names; the desk has a few more.
      const field = FIELD_BY_PATH[issue.path.join('.')];
      if (field) add(field, messageFor(field, issue));
      else if (issue.path[0] === 'canHelpImplement') add('canHelpImplement', 'Ugyldig værdi.');
    }
    if (errors.length === 0) add('body', 'Svaret kunne ikke gemmes. Tjek felterne.');
  }
  const given = (value: string) => value.trim() || undefined;
  const author = {
    name: given(values.name),
    email: given(values.email),
    phone: given(values.phone),
  };
  if (challenge && !challenge.allowAnonymous && !isIdentified({ actorType: 'other', ...author })) {
    add(
      author.name ? 'email' : 'name',
      'Udfordringen tager ikke imod anonyme svar: skriv personens navn og en e-mail eller et telefonnummer.',
    );
  }
  if (
    errors.length > 0 ||
    !result.success ||
    !challenge ||
    !isChannel(values.channel) ||
    !(received instanceof Date) ||
    !isSupportedLanguage(values.language)
  ) {
    errors.sort(
      (a, b) =>
        REGISTER_FIELD_ORDER.indexOf(a.field as RegisterField) -
        REGISTER_FIELD_ORDER.indexOf(b.field as RegisterField),
    );
    return { ok: false, errors };
  }
  return {
    ok: true,
    submission: result.data,
    channel: values.channel,
    receivedAt,
    ...(values.updatesEmail ? { updatesEmail: values.updatesEmail } : {}),
  };
}

/** Whether the form should show `field` for `kind` (offer fields for offers, and so on). */
export const kindTakes = (kind: Kind, field: 'offer' | 'canHelpImplement') =>
  carried(kind, field) !== undefined;
