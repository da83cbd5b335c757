// The fields of an answer the desk keeps in columns of `submissions`, in one table (as utils/kinds.ts
// is for kinds). Everything else that differs by field is read from it: the columns stored from
// the validated envelope and their values (./answer-columns.ts: the receiver's insert in
// ./submissions.ts and the backfill), the SELECT list and the row read into `AnswerFields`
// (./answer-fields.ts: its type is inferred from here),
// what erasure and the removal of contact details empty (./erasure.ts), the exports' columns
// (server/web/export-formats.ts, by `export.order` among its own), the facts on an answer's
// page (routes/desk/answers/answer-view.ts, by `page.order`) and the person export's
// `storedFields` (./person-export.ts). The forms that ask a field (the widget's, the desk's
// "Registrér et svar") are not derived: server/README.md lists them.
//
// Every other column of `submissions` is in INTERNAL_COLUMNS, saying what reads it;
// tests/server/desk/answer-field-table.test.ts fails on a column in neither.

import type { OwnField } from '../../utils/kinds';
import { primaryLanguage } from '../../utils/languages';
import type { DeskSubmission } from '../../utils/schema/submission';
import type { SqlParam } from './db';

/**
 * The envelope keeps the exact text (JSON writes NUL and half an emoji as escapes); these copies
 * are PostgreSQL text, which holds neither: NUL becomes a space, a lone surrogate U+FFFD (what a
 * browser shows for it). The drivers would otherwise send bytes PostgreSQL refuses as UTF-8.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
export const storable = (text: string | undefined) =>
  text === undefined ? null : text.replaceAll('\u0000', ' ').replace(LONE_SURROGATE, '\ufffd');
const normalisedPhone = (phone: string | undefined) =>
  phone === undefined ? null : phone.replace(/[^0-9+]/g, '');

/** How a value is written in an export's cell and on the page: as text, or `Ja`/`Nej`. */
export type FieldFormat = 'text' | 'yes-no';

export interface AnswerFieldSpec<T> {
  /** Its column in `submissions`. */
  readonly column: string;
  /** Its stored value, from the validated envelope (insert, and the backfill of old answers). */
  readonly from?: (submission: DeskSubmission) => SqlParam;
  /** Read into `AnswerFields` under the table's key, by this (absent: never read back). */
  readonly read?: (value: never) => T;
  /**
   * Personal data: `answer` is emptied when the answer is erased (the person's own words);
   * `contact` also when contact details are removed (on request and by retention).
   */
  readonly personal?: 'answer' | 'contact';
  /** Where it stands in the envelope, which erasure rewrites too (personal fields). */
  readonly envelopePath?: readonly string[];
  /** What erasure writes in its place (the column's empty value). */
  readonly erasedAs?: SqlParam;
  /** A column in both exports, at `order` among the exports' own columns. */
  readonly export?: {
    readonly order: number;
    readonly header: string;
    readonly width: number;
    readonly format: FieldFormat;
  };
  /** A fact on the answer's page, at `order`; `onlyFor` shows it only when the kind carries it. */
  readonly page?: {
    readonly order: number;
    readonly label: string;
    readonly format: FieldFormat;
    readonly onlyFor?: OwnField;
  };
}

const text = (value: string | null) => value;
const bodyText = (value: string) => value;
const flag = (value: boolean | null) => value === true;

/** The table. A new text field: one entry here, its column (a migration), its envelope schema. */
export const ANSWER_FIELDS = {
  // What every list reads (./answer-fields.ts BASICS_COLUMNS), stored from the envelope here.
  challengeId: { column: 'challenge_id', from: (s) => s.challenge.id },
  kind: { column: 'kind', from: (s) => s.kind },
  actorType: { column: 'actor_type', from: (s) => s.author.actorType },
  resourceType: { column: 'resource_type', from: (s) => s.offer?.resourceType ?? null },
  source: { column: 'source', from: (s) => s.source },
  title: {
    column: 'title',
    envelopePath: ['text', 'title'],
    from: (s) => storable(s.text.title),
    read: text,
    personal: 'answer',
    erasedAs: null,
    export: { order: 180, header: 'Overskrift', width: 36, format: 'text' },
  },
  body: {
    column: 'body',
    envelopePath: ['text', 'body'],
    from: (s) => storable(s.text.body) ?? '',
    read: bodyText,
    personal: 'answer',
    erasedAs: '',
    export: { order: 190, header: 'Tekst', width: 80, format: 'text' },
  },
  area: {
    column: 'area',
    envelopePath: ['offer', 'area'],
    from: (s) => storable(s.offer?.area),
    read: text,
    personal: 'answer',
    erasedAs: null,
    export: { order: 170, header: 'Hvor', width: 18, format: 'text' },
    page: { order: 70, label: 'Område', format: 'text' },
  },
  availability: {
    column: 'availability',
    envelopePath: ['offer', 'availability'],
    from: (s) => storable(s.offer?.availability),
    read: text,
    personal: 'answer',
    erasedAs: null,
    export: { order: 160, header: 'Hvornår', width: 24, format: 'text' },
    page: { order: 60, label: 'Hvornår', format: 'text' },
  },
  mayContact: {
    column: 'may_contact',
    from: (s) => s.consent.contact,
    read: flag,
    personal: 'contact',
    erasedAs: false,
    export: { order: 120, header: 'Må kontaktes', width: 12, format: 'yes-no' },
    page: { order: 90, label: 'Må kontaktes', format: 'yes-no' },
  },
  canHelp: {
    column: 'can_help',
    from: (s) => s.canHelpImplement === true,
    read: flag,
    export: { order: 140, header: 'Kan hjælpe med at gennemføre', width: 14, format: 'yes-no' },
    page: {
      order: 80,
      label: 'Vil hjælpe med at gennemføre',
      format: 'yes-no',
      onlyFor: 'canHelpImplement',
    },
  },
  mayPublish: {
    column: 'may_publish',
    from: (s) => s.consent.publish === true,
    read: flag,
    export: { order: 130, header: 'Må offentliggøres', width: 12, format: 'yes-no' },
    page: { order: 100, label: 'Må offentliggøres', format: 'yes-no' },
  },
  organisation: {
    column: 'organisation',
    envelopePath: ['author', 'organisation'],
    from: (s) => storable(s.author.organisation),
    read: text,
    personal: 'answer',
    erasedAs: null,
    export: { order: 90, header: 'Organisation', width: 24, format: 'text' },
    page: { order: 40, label: 'Organisation', format: 'text' },
  },
  // Normalised copies for search and "find a person"; the exports and the page show the
  // envelope's exact words, and only while the answer has contact details.
  contactName: {
    column: 'contact_name',
    envelopePath: ['author', 'name'],
    from: (s) => storable(s.author.name?.trim().toLowerCase()),
    personal: 'contact',
    erasedAs: null,
  },
  contactEmail: {
    column: 'contact_email',
    envelopePath: ['author', 'email'],
    from: (s) => storable(s.author.email?.trim().toLowerCase()),
    personal: 'contact',
    erasedAs: null,
  },
  contactPhone: {
    column: 'contact_phone',
    envelopePath: ['author', 'phone'],
    from: (s) => normalisedPhone(s.author.phone),
    personal: 'contact',
    erasedAs: null,
  },
  relatesTo: { column: 'relates_to', from: (s) => s.relatesTo?.reference ?? null, read: text },
  // What the person chose in the widget (`uk-UA` is `uk`), never detected from the text.
  language: { column: 'language', from: (s) => primaryLanguage(s.locale) ?? null },
} as const satisfies Record<string, AnswerFieldSpec<unknown>>;

export type AnswerFieldTable = Readonly<Record<string, AnswerFieldSpec<unknown>>>;
type Table = typeof ANSWER_FIELDS;
type ReadKey = { [K in keyof Table]: Table[K] extends { read: unknown } ? K : never }[keyof Table];

/** The table's fields as `AnswerFields` holds them, inferred from each entry's `read`. */
export type AnswerFieldValues = {
  readonly [K in ReadKey]: Table[K] extends { read: (value: never) => infer T } ? T : never;
};

/**
 * Columns of `submissions` that are not an answer's fields: the envelope's identity, and what the
 * desk writes later
 * (status, reply, publishing, duplicates, erasure's and retention's times), each read where that
 * work is. Erasure empties the staff's texts among them by its own list (./erasure.ts).
 */
export const INTERNAL_COLUMNS = [
  'id',
  'reference',
  'received_at',
  'envelope',
  'updated_at',
  'status_token',
  'status',
  'status_changed_at',
  'assignee_id',
  'duplicate_of',
  'relates_to_dismissed_at',
  'seeks_help',
  'reply',
  'reply_draft',
  'reply_draft_translation',
  'reply_published_at',
  'published_at',
  'public_title',
  'public_text',
  'shown_status',
  'shown_at',
  'erased_at',
  'contact_removed_at',
  'search',
] as const;

// What is derived from the table lives where it is used (never here), so a test that adds an
// entry to ANSWER_FIELDS sees every derived list follow it.
