// The answers of the list's current filter, read for the exports a batch at a time: keyset
// pagination on (received_at, id), newest first, a few hundred rows per query, so an export of
// 10,000 answers never holds more than one batch. The envelope is read only where it is needed:
// for answers that still have contact details (the name, email and phone as the person wrote
// them; the desk's copies are normalised), and for answers to a challenge the database does not
// know (its title from the answer's snapshot).

import type { Challenge } from '../../utils/schema/index';
import {
  type AnswerFields,
  FIELDS_COLUMNS,
  type FieldsRow,
  fieldsOf,
  HAS_CONTACT_SQL,
} from './answer-fields';
import { type AnswerFilter, challengesInArea, filterSql } from './answer-filter';
import type { Queryable } from './db';

export interface ExportAnswer extends AnswerFields {
  /** As the database knows it, else as the answer's snapshot of it, else its id. */
  readonly challengeTitle: string;
  /** As the person wrote them, while the answer still has contact details. */
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  /** The staff member responsible (*Ansvarlig*), by name. */
  readonly assigneeName: string | null;
  /** The reference of the answer this one is a duplicate of. */
  readonly duplicateOf: string | null;
  /** The references of the answers linked to this one, in order. */
  readonly connections: readonly string[];
}

type ExportRow = FieldsRow & {
  assignee_name: string | null;
  duplicate_reference: string | null;
  /** The linked answers' references, separated by spaces (references hold none). */
  connections: string | null;
  /** received_at as PostgreSQL writes it: exact to the microsecond, for the next batch's start. */
  cursor_at: string;
  /** The stored envelope, read only when its author or challenge snapshot is needed. */
  envelope: string | null;
};

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
    ...fieldsOf(row),
    challengeTitle:
      titles.get(row.challenge_id) ??
      textOf(objectOf(envelope.challenge).title) ??
      row.challenge_id,
    name: hasContact ? textOf(author.name) : null,
    email: hasContact ? textOf(author.email) : null,
    phone: hasContact ? textOf(author.phone) : null,
    assigneeName: row.assignee_name,
    duplicateOf: row.duplicate_reference,
    connections: row.connections ? row.connections.split(' ') : [],
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
      `SELECT ${FIELDS_COLUMNS}, s.received_at::text AS cursor_at,
              CASE WHEN ${HAS_CONTACT_SQL('s')} OR c.id IS NULL
                   THEN s.envelope END AS envelope,
              st.name AS assignee_name, d.reference AS duplicate_reference,
              (SELECT string_agg(o.reference, ' ' ORDER BY o.reference)
                 FROM answer_links l JOIN submissions o
                   ON o.id = CASE WHEN l.offer_id = s.id THEN l.target_id ELSE l.offer_id END
                 WHERE l.offer_id = s.id OR l.target_id = s.id) AS connections
       FROM submissions s LEFT JOIN challenges c ON c.id = s.challenge_id
       LEFT JOIN staff st ON st.id = s.assignee_id
       LEFT JOIN submissions d ON d.id = s.duplicate_of
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
