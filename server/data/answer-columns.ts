// The desk's copies of an answer's fields, beside the stored envelope: what lists, filters, search
// and "find a person" read, so they never parse 10,000 envelopes. Made from the validated envelope
// when it is stored, and for answers stored before the desk existed, once at start (backfill).
import { primaryLanguage } from '../../utils/languages';
import type { DeskSubmission } from '../../utils/schema/submission';
import type { Queryable, SqlParam } from './db';

/**
 * The envelope keeps the exact text (JSON writes NUL and half an emoji as escapes); these copies
 * are PostgreSQL text, which holds neither: NUL becomes a space, a lone surrogate U+FFFD (what a
 * browser shows for it). The drivers would otherwise send bytes PostgreSQL refuses as UTF-8.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const storable = (text: string | undefined) =>
  text === undefined ? null : text.replaceAll('\u0000', ' ').replace(LONE_SURROGATE, '\ufffd');
const normalisedPhone = (phone: string | undefined) =>
  phone === undefined ? null : phone.replace(/[^0-9+]/g, '');

export const DESK_COLUMNS = [
  'source',
  'title',
  'body',
  'area',
  'availability',
  'may_contact',
  'can_help',
  'may_publish',
  'organisation',
  'contact_name',
  'contact_email',
  'contact_phone',
  'relates_to',
  'language',
] as const;

export function deskColumnValues(submission: DeskSubmission): SqlParam[] {
  const { author } = submission;
  return [
    submission.source,
    storable(submission.text.title),
    storable(submission.text.body) ?? '',
    storable(submission.offer?.area),
    storable(submission.offer?.availability),
    submission.consent.contact,
    submission.canHelpImplement === true,
    submission.consent.publish === true,
    storable(author.organisation),
    storable(author.name?.trim().toLowerCase()),
    storable(author.email?.trim().toLowerCase()),
    normalisedPhone(author.phone),
    submission.relatesTo?.reference ?? null,
    // What the person chose in the widget (`uk-UA` is `uk`), never detected from the text.
    primaryLanguage(submission.locale) ?? null,
  ];
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
