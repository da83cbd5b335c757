// A person's answers as one JSON file, for a request to see what the municipality holds about
// them (GDPR Art. 15). Each answer as it was received (the envelope) and what the desk added to
// it: status, the reply, what was published, the staff's internal notes (they are about the
// person's answer, so they are part of what is processed about them), and the history of changes.
// Staff are not named: their names are not the person's data. Written a few answers at a time, so
// a person with thousands of answers does not fill the server's memory.

import { statusLabels } from '../../utils/i18n/da/status';
import type { AnswerStatus } from '../../utils/schema/status';
import { ANSWER_FIELDS, type AnswerFieldSpec } from './answer-field-table';
import type { Queryable } from './db';

/**
 * The table's personal fields (./answer-field-table.ts): the desk's copies of what the person wrote
 * and who they are, shown beside the envelope as stored (names and addresses normalised for search).
 */
const PERSONAL = Object.entries(
  ANSWER_FIELDS as Readonly<Record<string, AnswerFieldSpec<unknown>>>,
).filter(([, field]) => field.personal !== undefined);

export const PERSON_EXPORT_FORMAT = 'samskab-personudtraek/1';
const BATCH = 20;

interface AnswerRow extends Record<string, unknown> {
  id: string;
  reference: string;
  challenge_id: string;
  kind: string;
  source: string;
  received_at: Date;
  envelope: string;
  status: AnswerStatus;
  status_changed_at: Date | null;
  reply: string | null;
  reply_published_at: Date | null;
  reply_draft: string | null;
  published_at: Date | null;
  public_title: string | null;
  public_text: string | null;
  erased_at: Date | null;
  contact_removed_at: Date | null;
}

interface NoteRow extends Record<string, unknown> {
  submission_id: string;
  created_at: Date;
  text: string;
}

interface EventRow extends Record<string, unknown> {
  submission_id: string;
  at: Date;
  what: string;
  detail: string | null;
}

const iso = (value: Date | null) => (value === null ? null : new Date(value).toISOString());

function envelopeOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function grouped<R extends { submission_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const row of rows) map.set(row.submission_id, [...(map.get(row.submission_id) ?? []), row]);
  return map;
}

/** One answer as the file holds it (and the printable document shows it, in Danish). */
export type PersonAnswerRecord = ReturnType<typeof answerJson>;

function answerJson(row: AnswerRow, notes: readonly NoteRow[], events: readonly EventRow[]) {
  return {
    reference: row.reference,
    id: row.id,
    receivedAt: iso(row.received_at),
    challengeId: row.challenge_id,
    kind: row.kind,
    source: row.source,
    status: row.status,
    statusLabel: statusLabels[row.status] ?? row.status,
    statusChangedAt: iso(row.status_changed_at),
    answer: envelopeOf(row.envelope),
    storedFields: Object.fromEntries(
      PERSONAL.map(([key, field]) => [key, (row as Record<string, unknown>)[field.column] ?? null]),
    ),
    reply:
      row.reply === null ? null : { text: row.reply, publishedAt: iso(row.reply_published_at) },
    replyDraft: row.reply_draft,
    published:
      row.published_at === null
        ? null
        : { at: iso(row.published_at), title: row.public_title, text: row.public_text },
    erasedAt: iso(row.erased_at),
    contactDetailsRemovedAt: iso(row.contact_removed_at),
    internalNotes: notes.map((note) => ({ at: iso(note.created_at), text: note.text })),
    history: events.map((event) => ({
      at: iso(event.at)!,
      what: event.what,
      // The new status, where an event names one: the rest of the values name staff or others.
      ...(STATUS_EVENTS.has(event.what) ? { status: event.detail } : {}),
    })),
  };
}

const STATUS_EVENTS = new Set(['status', 'status-published']);

/**
 * The answers with these ids, newest first, a few at a time (so a person with thousands of them
 * does not fill the server's memory).
 */
export async function* personAnswers(
  db: Queryable,
  ids: readonly string[],
): AsyncGenerator<PersonAnswerRecord> {
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH).join(',');
    const answers = await db.query<AnswerRow>(
      `SELECT id, reference, challenge_id, kind, source, received_at, envelope, status,
              status_changed_at, reply, reply_published_at, reply_draft, published_at,
              public_title, public_text, erased_at, contact_removed_at,
              ${PERSONAL.map(([, field]) => field.column).join(', ')}
       FROM submissions WHERE id = ANY(string_to_array($1, ',')::uuid[])
       ORDER BY received_at DESC, id DESC`,
      [batch],
    );
    const notes = grouped(
      await db.query<NoteRow>(
        `SELECT submission_id, created_at, text FROM answer_notes
         WHERE submission_id = ANY(string_to_array($1, ',')::uuid[]) ORDER BY created_at, id`,
        [batch],
      ),
    );
    const events = grouped(
      await db.query<EventRow>(
        `SELECT submission_id, at, what, detail FROM answer_events
         WHERE submission_id = ANY(string_to_array($1, ',')::uuid[]) ORDER BY at, id`,
        [batch],
      ),
    );
    for (const row of answers) {
      yield answerJson(row, notes.get(row.id) ?? [], events.get(row.id) ?? []);
    }
  }
}

/**
 * Writes the file for the answers with these ids, newest first, through `write` (which waits while
 * the client is slow). Returns the references written.
 */
export async function writePersonExport(
  db: Queryable,
  ids: readonly string[],
  now: Date,
  write: (chunk: string) => Promise<void>,
): Promise<string[]> {
  const references: string[] = [];
  await write(
    `{\n  "format": ${JSON.stringify(PERSON_EXPORT_FORMAT)},\n  "exportedAt": ${JSON.stringify(now.toISOString())},\n  "answers": [`,
  );
  for await (const json of personAnswers(db, ids)) {
    const indented = JSON.stringify(json, null, 2).replaceAll('\n', '\n    ');
    await write(`${references.length === 0 ? '' : ','}\n    ${indented}`);
    references.push(json.reference);
  }
  await write(`${references.length === 0 ? '' : '\n  '}]\n}\n`);
  return references;
}
