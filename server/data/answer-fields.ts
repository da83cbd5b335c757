// What the desk reads of an answer from its columns, each piece once: the type, the SELECT list
// (on `submissions s`), the row it comes back as, and the row read into the type. The list, an
// answer's page and the exports add what only they need; a new answer field is added here.
import type { ActorType, Kind, ResourceType } from '../../utils/schema/common';
import type { AnswerStatus } from '../../utils/schema/status';

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
 * What an answer's page and the exports both say of it: the basics, all the person wrote and
 * agreed to (the list shows only an excerpt of it), the reply the citizen sees, and whether the
 * answer was erased or its contact details removed.
 */
export interface AnswerFields extends AnswerBasics {
  readonly title: string | null;
  readonly body: string;
  readonly area: string | null;
  readonly availability: string | null;
  readonly mayContact: boolean;
  readonly canHelp: boolean;
  readonly organisation: string | null;
  /** The reply to the citizen, once published. */
  readonly reply: string | null;
  readonly erasedAt: Date | null;
  readonly contactRemovedAt: Date | null;
}

/**
 * The columns of AnswerFields. The reply is read only beside its publishing time: publishing
 * writes both and withdrawing clears both, so this is the stored reply, and an export can never
 * carry a reply the citizen was not shown.
 */
export const FIELDS_COLUMNS = `${BASICS_COLUMNS}, s.title, s.body, s.area, s.availability,
    s.may_contact, s.can_help, s.organisation,
    CASE WHEN s.reply_published_at IS NOT NULL THEN s.reply END AS reply,
    s.erased_at, s.contact_removed_at`;

export interface FieldsRow extends BasicsRow {
  title: string | null;
  body: string;
  area: string | null;
  availability: string | null;
  may_contact: boolean;
  can_help: boolean;
  organisation: string | null;
  reply: string | null;
  erased_at: Date | null;
  contact_removed_at: Date | null;
}

/** A time column that may be empty, as a Date or null. */
export const dateOf = (value: Date | null) => (value === null ? null : new Date(value));

export const fieldsOf = (row: FieldsRow): AnswerFields => ({
  ...basicsOf(row),
  title: row.title,
  body: row.body,
  area: row.area,
  availability: row.availability,
  mayContact: row.may_contact,
  canHelp: row.can_help,
  organisation: row.organisation,
  reply: row.reply,
  erasedAt: dateOf(row.erased_at),
  contactRemovedAt: dateOf(row.contact_removed_at),
});
