// An answer's history: every change staff make to it, who and when (`answer_events`). Each change
// writes its event in the same transaction as the change, so the history cannot miss one. An
// event holds a code and the new value where that is not personal (a status, a reference, a staff
// id): the words people wrote stay in the answer, its notes and its reply, which erasure clears.
import { randomUUID } from 'node:crypto';
import type { Queryable } from './db';

/** What happened, in the history's words. Other areas add theirs (connections, erasure). */
export const ANSWER_EVENTS = {
  registered: 'Registreret på arbejdsbordet',
  status: 'Status ændret',
  'status-published': 'Status vist for borgeren',
  assignee: 'Ansvarlig ændret',
  note: 'Note skrevet',
  'reply-draft': 'Kladde til besked til borgeren gemt',
  'reply-published': 'Besked til borgeren offentliggjort',
  'reply-withdrawn': 'Besked til borgeren trukket tilbage',
  published: 'Svaret offentliggjort',
  'public-text': 'Offentlig titel eller tekst ændret',
  unpublished: 'Svaret gjort ikke-offentligt',
  'seeks-help': 'Søger hjælp ændret',
  'duplicate-of': 'Markeret som dublet',
  'duplicate-added': 'Et andet svar markeret som dublet af dette',
  'duplicate-cleared': 'Markering som dublet fjernet',
  linked: 'Koblet til et andet svar',
  unlinked: 'Kobling til et andet svar fjernet',
  'joined-undone': 'Borgerens eget tilbud om hjælp fortrudt som kobling',
  erased: 'Personoplysninger slettet',
  'contact-removed': 'Kontaktoplysninger fjernet efter opbevaringsperioden',
  withdrawn: 'Trukket tilbage af borgeren fra siden for svaret: tekst og personoplysninger slettet',
} as const;
export type AnswerEventCode = keyof typeof ANSWER_EVENTS;

export interface AnswerEvent {
  readonly at: Date;
  readonly staffId: string | null;
  readonly staffName: string | null;
  /** A code of ANSWER_EVENTS, or another area's code this list does not know. */
  readonly what: string;
  readonly detail: string | null;
}

export async function recordAnswerEvent(
  db: Queryable,
  event: {
    answerId: string;
    staffId: string | null;
    what: AnswerEventCode;
    detail?: string | null;
  },
  now: Date,
): Promise<void> {
  await db.query(
    'INSERT INTO answer_events (id, submission_id, staff_id, at, what, detail) VALUES ($1, $2, $3, $4, $5, $6)',
    [randomUUID(), event.answerId, event.staffId, now, event.what, event.detail ?? null],
  );
}

/**
 * Oldest first, as a timeline reads. An answer gathers a handful of events; the cap keeps a page
 * bounded even if a script changed one answer ten thousand times.
 */
export async function listAnswerEvents(
  db: Queryable,
  answerId: string,
  limit = 200,
): Promise<AnswerEvent[]> {
  const rows = await db.query<{
    at: Date;
    staff_id: string | null;
    name: string | null;
    what: string;
    detail: string | null;
  }>(
    `SELECT e.at, e.staff_id, s.name, e.what, e.detail FROM answer_events e
     LEFT JOIN staff s ON s.id = e.staff_id
     WHERE e.submission_id = $1 ORDER BY e.at DESC, e.id LIMIT $2`,
    [answerId, limit],
  );
  return rows.reverse().map((row) => ({
    at: new Date(row.at),
    staffId: row.staff_id,
    staffName: row.name,
    what: row.what,
    detail: row.detail,
  }));
}
