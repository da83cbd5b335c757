// The answers of the list's current filter, read for the exports a batch at a time: keyset
// pagination on (received_at, id), newest first, a few hundred rows per query, so an export of
// 10,000 answers never holds more than one batch. The envelope is read only where it is needed:
// for answers that still have contact details (the name, email and phone as the person wrote
// them; the desk's copies are normalised), and for answers to a challenge the database does not
// know (its title from the answer's snapshot).

import type { Challenge } from '../../utils/schema/index';
import type { AnswerStatus } from '../../utils/schema/status';
import type { Queryable } from '../db';
import { type AnswerFilter, challengesInArea, filterSql } from './answer-filter';

export interface ExportAnswer {
  readonly id: string;
  readonly reference: string;
  readonly receivedAt: Date;
  readonly challengeId: string;
  readonly challengeTitle: string;
  readonly kind: 'need' | 'proposal' | 'offer';
  readonly actorType: string;
  readonly resourceType: string | null;
  readonly status: AnswerStatus;
  readonly source: string;
  readonly title: string | null;
  readonly body: string;
  readonly area: string | null;
  readonly availability: string | null;
  readonly mayContact: boolean;
  readonly canHelp: boolean;
  readonly organisation: string | null;
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  /** The reply to the citizen, once published. */
  readonly reply: string | null;
  readonly erasedAt: Date | null;
  readonly contactRemovedAt: Date | null;
}

interface ExportRow extends Record<string, unknown> {
  id: string;
  reference: string;
  received_at: Date;
  /** received_at as PostgreSQL writes it: exact to the microsecond, for the next batch's start. */
  cursor_at: string;
  challenge_id: string;
  kind: ExportAnswer['kind'];
  actor_type: string;
  resource_type: string | null;
  status: AnswerStatus;
  source: string;
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
  /** The stored envelope, read only when its author or challenge snapshot is needed. */
  envelope: string | null;
}

/** An envelope is at most 64 KiB: a batch holds at most a few megabytes. */
export const EXPORT_BATCH = 100;

type Json = Record<string, unknown>;
const objectOf = (value: unknown): Json =>
  typeof value === 'object' && value !== null ? (value as Json) : {};
const textOf = (value: unknown) => (typeof value === 'string' ? value : null);

function fromRow(row: ExportRow, titles: ReadonlyMap<string, string>): ExportAnswer {
  // Parsed here, not by the database: PostgreSQL's JSON refuses what JSON.stringify writes for a
  // lone surrogate (half an emoji), which a person may have typed and the envelope keeps exactly.
  const envelope = row.envelope === null ? {} : objectOf(JSON.parse(row.envelope));
  const author = objectOf(envelope.author);
  const hasContact = row.erased_at === null && row.contact_removed_at === null;
  return {
    id: row.id,
    reference: row.reference,
    receivedAt: new Date(row.received_at),
    challengeId: row.challenge_id,
    challengeTitle:
      titles.get(row.challenge_id) ??
      textOf(objectOf(envelope.challenge).title) ??
      row.challenge_id,
    kind: row.kind,
    actorType: row.actor_type,
    resourceType: row.resource_type,
    status: row.status,
    source: row.source,
    title: row.title,
    body: row.body,
    area: row.area,
    availability: row.availability,
    mayContact: row.may_contact,
    canHelp: row.can_help,
    organisation: row.organisation,
    name: hasContact ? textOf(author.name) : null,
    email: hasContact ? textOf(author.email) : null,
    phone: hasContact ? textOf(author.phone) : null,
    reply: row.reply,
    erasedAt: row.erased_at && new Date(row.erased_at),
    contactRemovedAt: row.contact_removed_at && new Date(row.contact_removed_at),
  };
}

/**
 * The filtered answers, newest first, in batches of `size`. `challenges` are all the challenges
 * (few), for their titles and the area filter.
 */
export async function* exportBatches(
  db: Queryable,
  filter: AnswerFilter,
  challenges: readonly Challenge[],
  size = EXPORT_BATCH,
): AsyncGenerator<ExportAnswer[]> {
  const titles = new Map(challenges.map((challenge) => [challenge.id, challenge.title]));
  const condition = filterSql(filter, challengesInArea(challenges, filter.area));
  const n = condition.params.length;
  let after: { at: string; id: string } | undefined;
  for (;;) {
    const keyset = after
      ? `AND (s.received_at, s.id) < ($${n + 2}::timestamptz, $${n + 3}::uuid)`
      : '';
    const rows = await db.query<ExportRow>(
      `SELECT s.id, s.reference, s.received_at, s.received_at::text AS cursor_at, s.challenge_id,
              s.kind, s.actor_type, s.resource_type, s.status, s.source, s.title, s.body, s.area,
              s.availability, s.may_contact, s.can_help, s.organisation,
              CASE WHEN s.reply_published_at IS NOT NULL THEN s.reply END AS reply,
              s.erased_at, s.contact_removed_at,
              CASE WHEN s.contact_name IS NOT NULL OR s.contact_email IS NOT NULL
                        OR s.contact_phone IS NOT NULL OR c.id IS NULL
                   THEN s.envelope END AS envelope
       FROM submissions s LEFT JOIN challenges c ON c.id = s.challenge_id
       WHERE ${condition.where} ${keyset}
       ORDER BY s.received_at DESC, s.id DESC LIMIT $${n + 1}`,
      [...condition.params, size, ...(after ? [after.at, after.id] : [])],
    );
    if (rows.length === 0) return;
    yield rows.map((row) => fromRow(row, titles));
    if (rows.length < size) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.cursor_at, id: last.id };
  }
}
