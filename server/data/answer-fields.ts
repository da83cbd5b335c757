// What the desk reads of an answer from its columns, each piece once: the type, the SELECT list
// (on `submissions s`), the row it comes back as, and the row read into the type. The list, an
// answer's page and the exports add what only they need. An answer's own fields are read from
// the table in ./answer-field-table.ts, and a new one is added there.
import type { ActorType, Kind, ResourceType } from '../../utils/schema/common';
import type { AnswerStatus } from '../../utils/schema/status';
import { ANSWER_FIELDS, type AnswerFieldSpec, type AnswerFieldValues } from './answer-field-table';

/** What the list, an answer's page and the exports all say of an answer. */
export interface AnswerBasics {
  readonly id: string;
  readonly reference: string;
  readonly receivedAt: Date;
  readonly challengeId: string;
  readonly kind: Kind;
  readonly actorType: ActorType;
  readonly resourceType: ResourceType | null;
  readonly source: string;
  readonly status: AnswerStatus;
  /** The language the person chose (`uk`), from the envelope's `locale`; null if unknown. */
  readonly language: string | null;
}

export const BASICS_COLUMNS =
  's.id, s.reference, s.received_at, s.challenge_id, s.kind, s.actor_type, s.resource_type, s.source, s.status, s.language';

export interface BasicsRow extends Record<string, unknown> {
  id: string;
  reference: string;
  received_at: Date;
  challenge_id: string;
  kind: Kind;
  actor_type: ActorType;
  resource_type: ResourceType | null;
  source: string;
  status: AnswerStatus;
  language: string | null;
}

export const basicsOf = (row: BasicsRow): AnswerBasics => ({
  id: row.id,
  reference: row.reference,
  receivedAt: new Date(row.received_at),
  challengeId: row.challenge_id,
  kind: row.kind,
  actorType: row.actor_type,
  resourceType: row.resource_type,
  source: row.source,
  status: row.status,
  language: row.language,
});

/**
 * What an answer's page and the exports both say of it: the basics, the table's fields (all the
 * person wrote and agreed to; the list shows only an excerpt of it), the reply the citizen sees,
 * and whether the answer was erased or its contact details removed.
 */
export interface AnswerFields extends AnswerBasics, AnswerFieldValues {
  /** The reply to the citizen, once published. */
  readonly reply: string | null;
  readonly erasedAt: Date | null;
  readonly contactRemovedAt: Date | null;
}

const FIELDS = ANSWER_FIELDS as Readonly<Record<string, AnswerFieldSpec<unknown>>>;
/** The table's fields read back, as [key, spec]: from the table, so a new entry is read too. */
const READ = Object.entries(FIELDS).filter(([, field]) => field.read !== undefined);

/**
 * The columns of AnswerFields. The reply is read only beside its publishing time: publishing
 * writes both and withdrawing clears both, so this is the stored reply, and an export can never
 * carry a reply the citizen was not shown.
 */
export const FIELDS_COLUMNS = `${BASICS_COLUMNS}, ${READ.map(([, field]) => `s.${field.column}`).join(', ')},
    CASE WHEN s.reply_published_at IS NOT NULL THEN s.reply END AS reply,
    s.erased_at, s.contact_removed_at`;

type Table = typeof ANSWER_FIELDS;

/** The row of FIELDS_COLUMNS: the basics, each field's column, the reply and the two times. */
export type FieldsRow = BasicsRow & {
  [K in keyof Table as Table[K] extends { read: unknown }
    ? Table[K]['column']
    : never]: Table[K] extends {
    read: (value: infer V) => unknown;
  }
    ? V
    : never;
} & {
  reply: string | null;
  erased_at: Date | null;
  contact_removed_at: Date | null;
};

/** A time column that may be empty, as a Date or null. */
export const dateOf = (value: Date | null) => (value === null ? null : new Date(value));

export const fieldsOf = (row: FieldsRow): AnswerFields => {
  const raw = row as unknown as Record<string, never>;
  return {
    ...basicsOf(row),
    ...(Object.fromEntries(
      READ.map(([key, field]) => [key, field.read!(raw[field.column] as never)]),
    ) as unknown as AnswerFieldValues),
    reply: row.reply,
    erasedAt: dateOf(row.erased_at),
    contactRemovedAt: dateOf(row.contact_removed_at),
  };
};

/** Whether an answer still holds a contact detail: a contact field of the table not empty. */
export const HAS_CONTACT_SQL = (alias: string) =>
  Object.values(FIELDS)
    .filter((field) => field.personal === 'contact' && field.erasedAs === null)
    .map((field) => `${alias}.${field.column} IS NOT NULL`)
    .join(' OR ');
