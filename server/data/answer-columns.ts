// The desk's copies of an answer's fields, beside the stored envelope: what lists, filters, search
// and "find a person" read, so they never parse 10,000 envelopes. Made from the validated envelope
// when it is stored, and for answers stored before the desk existed, once at start (backfill).
import type { DeskSubmission } from '../../utils/schema/submission';
import { ANSWER_FIELDS, type AnswerFieldSpec } from './answer-field-table';
import type { Queryable, SqlParam } from './db';

/** The table's fields stored from the envelope, in its order. */
const STORED = Object.values(ANSWER_FIELDS as Record<string, AnswerFieldSpec<unknown>>).filter(
  (field) => field.from !== undefined,
);

/** The desk's columns that are copies of the envelope, in the order of deskColumnValues. */
export const DESK_COLUMNS: readonly string[] = STORED.map((field) => field.column);

export function deskColumnValues(submission: DeskSubmission): SqlParam[] {
  return STORED.map((field) => field.from!(submission));
}

/**
 * Fills the desk's columns of answers stored before the desk existed (their `updated_at` is null
 * and their body empty), in batches, so a large table is not read at once.
 */
export async function backfillDeskColumns(
  db: Queryable,
  parse: (envelope: string) => DeskSubmission | undefined,
  now: Date,
): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.query<{ id: string; envelope: string }>(
      'SELECT id, envelope FROM submissions WHERE updated_at IS NULL LIMIT 200',
    );
    if (rows.length === 0) return filled;
    for (const row of rows) {
      const submission = parse(row.envelope);
      const values = submission ? deskColumnValues(submission) : undefined;
      const sets = values ? DESK_COLUMNS.map((name, i) => `${name} = $${i + 3}`).join(', ') : '';
      await db.query(
        `UPDATE submissions SET updated_at = $2${sets ? `, ${sets}` : ''} WHERE id = $1`,
        [row.id, now, ...(values ?? [])],
      );
      filled++;
    }
  }
}
