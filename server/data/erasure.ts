// Removing personal data from answers, for good: erasing a person's answers on request (GDPR
// Art. 17), and removing contact details once the retention period after a challenge closed has
// passed. What stays is what counts and history need: the id, reference, kind, challenge, received
// time, status, actor and resource type, and who did what when (answer_events, without values).
//
// The stored envelope is rewritten too, not only the desk's copies beside it: the old inbox, the
// exports and a replay's comparison all read it. A replay of an erased answer (the widget's outbox
// retrying) then differs from what is stored and gets a 409, which clients count as delivered, and
// nothing comes back.
//
// Each erasure is also written to the list of erasures (erasure-list.ts), which a restore
// re-applies, and asks for the tables to be rebuilt (erasure-rebuild.ts), so the old text does not
// stay in the database's files.
import { randomUUID } from 'node:crypto';
import { ANSWER_FIELDS, type AnswerFieldSpec } from './answer-field-table';
import { HAS_CONTACT_SQL } from './answer-fields';

import type { Database, Queryable } from './db';
import { recordErasures } from './erasure-list';
import { noteRebuildDue } from './erasure-rebuild';
import { deleteUpdateAddresses } from './update-addresses';

/** Where the table's personal fields stand in the envelope, all or only the contact details. */
const envelopePaths = (only?: 'contact') =>
  Object.values(ANSWER_FIELDS as Readonly<Record<string, AnswerFieldSpec<unknown>>>).flatMap(
    (field) =>
      field.personal && field.envelopePath && (!only || field.personal === only)
        ? [field.envelopePath]
        : [],
  );
const PERSONAL_ENVELOPE_PATHS = envelopePaths();
const CONTACT_ENVELOPE_PATHS = envelopePaths('contact');

/** What an erased answer's text says, in the envelope (the text must not be empty there). */
export const ERASED_TEXT = '[slettet]';

type Json = Record<string, unknown>;

const objectOf = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;

function parsed(envelope: string): Json | undefined {
  try {
    return objectOf(JSON.parse(envelope));
  } catch {
    return undefined;
  }
}

/**
 * The envelope without anything the person wrote or said about themselves: the text is a marker,
 * the author only their actor type, an offer only its resource type (availability and area are
 * free text). The challenge, consent, dates and the client's details stay. An envelope that is not
 * a JSON object (edited by hand) becomes an empty one: nothing in it can be kept safely.
 */
export function erasedEnvelope(envelope: string): string {
  const answer = parsed(envelope);
  if (!answer) return '{}';
  const author = objectOf(answer.author);
  const offer = objectOf(answer.offer);
  const text = objectOf(answer.text);
  const erased: Json = {
    ...answer,
    ...(text && { text: { body: ERASED_TEXT } }),
    ...(author && { author: { actorType: author.actorType } }),
    ...(offer && { offer: { resourceType: offer.resourceType } }),
  };
  // Any other personal field of the table goes where it stands (the three above are rebuilt).
  for (const path of PERSONAL_ENVELOPE_PATHS) {
    if (['text', 'author', 'offer'].includes(path[0]!)) continue;
    deletePath(erased, path);
  }
  return JSON.stringify(erased);
}

function deletePath(json: Json, path: readonly string[]) {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(json, head)) return;
  if (rest.length === 0) delete json[head];
  else {
    const inner = objectOf(json[head]);
    if (inner) {
      json[head] = { ...inner };
      deletePath(json[head] as Json, rest);
    }
  }
}

/**
 * The envelope without the contact details (the table's `contact` fields: the author's name, email
 * and phone); the organisation stays.
 */
export function envelopeWithoutContact(envelope: string): string {
  const answer = parsed(envelope);
  if (!answer) return '{}';
  if (!objectOf(answer.author)) return envelope;
  for (const path of CONTACT_ENVELOPE_PATHS) deletePath(answer, path);
  return JSON.stringify(answer);
}

const FIELDS = Object.values(ANSWER_FIELDS as Readonly<Record<string, AnswerFieldSpec<unknown>>>);

/** `column = empty` for the table's personal fields of `kinds` (the empty value as SQL). */
const emptied = (kinds: readonly ('answer' | 'contact')[]) =>
  FIELDS.filter((field) => field.personal && kinds.includes(field.personal))
    .map((field) => `${field.column} = ${sqlLiteral(field.erasedAs ?? null)}`)
    .join(', ');

/** The empty value as SQL: the table holds only null, '' and false (no text from outside). */
function sqlLiteral(value: unknown): string {
  if (value === null) return 'NULL';
  if (value === false) return 'false';
  if (value === '') return "''";
  throw new Error(`an erased value must be null, '' or false, not ${String(value)}`);
}

/**
 * What erasure empties: the answer's personal fields from the table (what the person wrote or who
 * they are), and what staff wrote about or to them, which the table does not hold.
 */
const ERASED_COLUMNS = `${emptied(['answer', 'contact'])},
  reply_draft = NULL, reply_draft_translation = NULL, reply = NULL, reply_published_at = NULL,
  published_at = NULL, public_title = NULL, public_text = NULL, seeks_help = false`;

/** What removing contact details empties (on request and by retention). */
const CONTACT_COLUMNS = emptied(['contact']);

const BATCH = 50;

/** Ids as one text parameter (SqlParam has no arrays), read back with string_to_array. */
const idList = (ids: readonly string[]) => ids.join(',');
const ANY_ID = (n: number) => `= ANY(string_to_array($${n}, ',')::uuid[])`;

async function recordEvents(
  tx: Queryable,
  ids: readonly string[],
  what: string,
  staffId: string | null,
  now: Date,
) {
  for (const id of ids) {
    await tx.query(
      'INSERT INTO answer_events (id, submission_id, staff_id, at, what) VALUES ($1, $2, $3, $4, $5)',
      [randomUUID(), id, staffId, now, what],
    );
  }
}

/**
 * Erases the answers with these ids (those not erased already), in one transaction: the envelope
 * rewritten, the desk's copies and the public and reply texts emptied (the search column follows
 * title and body), the internal notes and the address for update mails deleted, the values of the
 * answers' events removed. Returns the references erased, oldest first.
 */
export function eraseAnswers(
  db: Database,
  ids: readonly string[],
  staffId: string,
  now: Date,
): Promise<string[]> {
  return db.transaction((tx) => eraseAnswersIn(tx, ids, staffId, now));
}

/**
 * eraseAnswers within a transaction the caller holds; `staffId` null for a restore's and for a
 * citizen's own, whose history says `withdrawn` (the status page's "Træk mit svar tilbage").
 */
export async function eraseAnswersIn(
  tx: Queryable,
  ids: readonly string[],
  staffId: string | null,
  now: Date,
  what: 'erased' | 'withdrawn' = 'erased',
): Promise<string[]> {
  const references: string[] = [];
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    // FOR UPDATE: a second erasure of the same answer at once (a citizen's double post, two
    // staff) waits here and then finds it erased, so it is erased, listed and logged once.
    const rows = await tx.query<{ id: string; reference: string; envelope: string }>(
      `SELECT id, reference, envelope FROM submissions
       WHERE id ${ANY_ID(1)} AND erased_at IS NULL ORDER BY received_at, id FOR UPDATE`,
      [idList(batch)],
    );
    for (const row of rows) {
      await tx.query(
        `UPDATE submissions SET envelope = $2, ${ERASED_COLUMNS}, erased_at = $3, updated_at = $3
         WHERE id = $1`,
        [row.id, erasedEnvelope(row.envelope), now],
      );
      references.push(row.reference);
    }
    const erased = rows.map((row) => row.id);
    if (erased.length === 0) continue;
    await tx.query(`DELETE FROM answer_notes WHERE submission_id ${ANY_ID(1)}`, [idList(erased)]);
    await deleteUpdateAddresses(tx, idList(erased));
    // An event's value may be a reply's or a public text's words: gone with them.
    await tx.query(`UPDATE answer_events SET detail = NULL WHERE submission_id ${ANY_ID(1)}`, [
      idList(erased),
    ]);
    await recordEvents(tx, erased, what, staffId, now);
    await recordErasures(tx, erased, 'answer', now);
    await noteRebuildDue(tx, now);
  }
  return references;
}

/**
 * Removes name, email and phone from the answers to challenges closed at least `months` ago, a
 * batch at a time (each its own transaction, so a large table is never held at once). Returns how
 * many answers changed. `staffId` is the admin who ran it, null for the daily run.
 */
export async function removeExpiredContactDetails(
  db: Database,
  months: number,
  staffId: string | null,
  now: Date,
): Promise<number> {
  let removed = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const rows = await tx.query<{ id: string }>(
        `SELECT s.id FROM submissions s JOIN challenges c ON c.id = s.challenge_id
         WHERE c.closed_at IS NOT NULL
           AND c.closed_at <= $1::timestamptz - make_interval(months => $2::int)
           AND s.erased_at IS NULL AND s.contact_removed_at IS NULL
           AND (${HAS_CONTACT_SQL('s')})
         LIMIT 200`,
        [now, months],
      );
      await removeContactDetailsIn(
        tx,
        rows.map((row) => row.id),
        staffId,
        now,
      );
      return rows.length;
    });
    removed += count;
    if (count === 0) return removed;
  }
}

/**
 * Removes name, email and phone from these answers (those not erased and still holding them) and
 * lists them, within a transaction the caller holds. Returns how many changed.
 */
export async function removeContactDetailsIn(
  tx: Queryable,
  ids: readonly string[],
  staffId: string | null,
  now: Date,
): Promise<number> {
  let removed = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    const rows = await tx.query<{ id: string; envelope: string }>(
      `SELECT id, envelope FROM submissions
       WHERE id ${ANY_ID(1)} AND erased_at IS NULL AND contact_removed_at IS NULL`,
      [idList(ids.slice(start, start + BATCH))],
    );
    for (const row of rows) {
      await tx.query(
        `UPDATE submissions SET envelope = $2, ${CONTACT_COLUMNS}, contact_removed_at = $3,
           updated_at = $3 WHERE id = $1`,
        [row.id, envelopeWithoutContact(row.envelope), now],
      );
    }
    const changed = rows.map((row) => row.id);
    if (changed.length === 0) continue;
    await recordEvents(tx, changed, 'contact-removed', staffId, now);
    await recordErasures(tx, changed, 'contact', now);
    await noteRebuildDue(tx, now);
    removed += changed.length;
  }
  return removed;
}

/**
 * Erases again what the list of erasures names and the database still holds (a restored backup
 * taken before the erasure), within the restore's transaction. Returns how many answers changed.
 */
export async function reapplyErasures(tx: Queryable, now: Date): Promise<number> {
  const answers = await tx.query<{ id: string }>(
    `SELECT s.id FROM erasures e JOIN submissions s ON s.id = e.submission_id
     WHERE e.what = 'answer' AND s.erased_at IS NULL ORDER BY s.received_at, s.id`,
  );
  const erased = await eraseAnswersIn(
    tx,
    answers.map((row) => row.id),
    null,
    now,
  );
  const contacts = await tx.query<{ id: string }>(
    `SELECT s.id FROM erasures e JOIN submissions s ON s.id = e.submission_id
     WHERE e.what = 'contact' AND s.erased_at IS NULL AND s.contact_removed_at IS NULL`,
  );
  const removed = await removeContactDetailsIn(
    tx,
    contacts.map((row) => row.id),
    null,
    now,
  );
  return erased.length + removed;
}
