// What staff change on an answer: status, assignee, notes, the reply to the citizen, publishing,
// duplicates. Each change and its history event (answer-events.ts) are one transaction, and
// `updated_at` moves with every change (the feed's freshness reads it). Checks that need a person's
// words (a reply's personal data, an unknown reference) are the routes' business; these functions
// refuse only what the database can tell: an erased answer, an answer without consent to publish.
import { randomUUID } from 'node:crypto';
import type { AnswerStatus } from '../../utils/schema/status';
import { type AnswerEventCode, recordAnswerEvent } from './answer-events';
import type { Database, Queryable, SqlParam } from './db';
import { ownContactAllowList } from './own-contacts';
import { looksPersonal } from './personal-data';
import { REPLY_MAX } from './reply-templates';
import { composeReply } from './reply-translation';

export interface Change {
  /** Who made the change. */
  readonly staffId: string;
  readonly now: Date;
  /**
   * Queues news for the citizens of answers whose reply or status was published, in the same
   * transaction (server/loop/mail-service.ts); without it nobody is told.
   */
  readonly tell?: (
    tx: Queryable,
    answerIds: readonly string[],
    change: { readonly staffId: string; readonly now: Date },
  ) => Promise<void>;
  /**
   * Queues the mail to a staff member made Ansvarlig by a colleague, if they chose one, in the
   * same transaction (server/loop/mail-service.ts); without it nobody is told.
   */
  readonly tellAssignee?: (
    tx: Queryable,
    answerIds: readonly string[],
    assigneeId: string,
    change: { readonly staffId: string; readonly now: Date },
  ) => Promise<void>;
}

/** A list of ids as one text parameter (the driver's parameters are scalars). */
const idList = (ids: readonly string[]) => ids.join(',');
const ANY_ID = (n: number) => `id = ANY(string_to_array($${n}, ',')::uuid[])`;

/**
 * One change to one answer: `set` when `where` holds (both SQL of this file; `$1` is the id, `$2`
 * the time, then `params`), and its event when a row changed. Whether it changed.
 */
async function changeOne(
  db: Database,
  id: string,
  sql: { set: string; where: string; params?: readonly SqlParam[] },
  event: { what: AnswerEventCode; detail?: string | null },
  change: Change,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx.query(
      `UPDATE submissions SET ${sql.set}, updated_at = $2 WHERE id = $1 AND ${sql.where} RETURNING id`,
      [id, change.now, ...(sql.params ?? [])],
    );
    if (changed.length === 0) return false;
    await recordAnswerEvent(tx, { answerId: id, staffId: change.staffId, ...event }, change.now);
    return true;
  });
}

/**
 * One change to the statuses of many answers: `set` where `where` holds (`$1` the time, `$2` the
 * ids, then `params`), and for each answer that changed an event with its status. The ids changed.
 */
async function changeStatuses(
  db: Database,
  ids: readonly string[],
  sql: { set: string; where: string; params?: readonly SqlParam[] },
  what: 'status' | 'status-published',
  change: Change,
): Promise<string[]> {
  if (ids.length === 0) return [];
  return db.transaction(async (tx) => {
    const changed = await tx.query<{ id: string; status: AnswerStatus }>(
      `UPDATE submissions SET ${sql.set}, updated_at = $1
       WHERE ${ANY_ID(2)} AND ${sql.where} RETURNING id, status`,
      [change.now, idList(ids), ...(sql.params ?? [])],
    );
    for (const { id, status } of changed) {
      await recordAnswerEvent(
        tx,
        { answerId: id, staffId: change.staffId, what, detail: status },
        change.now,
      );
    }
    const changedIds = changed.map((row) => row.id);
    if (what === 'status-published' && changedIds.length > 0) {
      await change.tell?.(tx, changedIds, change);
    }
    return changedIds;
  });
}

/** Sets the status of the answers that have another; returns the ids that changed. */
export const setStatus = (
  db: Database,
  ids: readonly string[],
  status: AnswerStatus,
  change: Change,
): Promise<string[]> =>
  changeStatuses(
    db,
    ids,
    { set: 'status = $3, status_changed_at = $1', where: 'status <> $3', params: [status] },
    'status',
    change,
  );

/**
 * Shows these answers' current status to the citizens (their status links, an update mail): staff
 * may change a status while they work without the citizen seeing each step. Erased answers and
 * those whose citizen already sees this status are left out; returns the ids that changed.
 */
export const publishStatus = (
  db: Database,
  ids: readonly string[],
  change: Change,
): Promise<string[]> =>
  changeStatuses(
    db,
    ids,
    {
      set: 'shown_status = status, shown_at = $1',
      where: "erased_at IS NULL AND coalesce(shown_status, 'received') <> status",
    },
    'status-published',
    change,
  );

/** `assigneeId` null takes the answer off everyone's desk. */
export const setAssignee = async (
  db: Database,
  id: string,
  assigneeId: string | null,
  change: Change,
): Promise<boolean> => (await assignAnswers(db, [id], assigneeId, change)).length > 0;

/**
 * Makes `assigneeId` Ansvarlig for these answers (null: nobody), in one transaction with an event
 * each and, when a colleague did it, the mail the assignee may have asked for. The ids changed.
 */
export async function assignAnswers(
  db: Database,
  ids: readonly string[],
  assigneeId: string | null,
  change: Change,
): Promise<string[]> {
  if (ids.length === 0) return [];
  return db.transaction(async (tx) => {
    const changed = await tx.query<{ id: string }>(
      `UPDATE submissions SET assignee_id = $3::uuid, updated_at = $1
       WHERE ${ANY_ID(2)} AND assignee_id IS DISTINCT FROM $3::uuid RETURNING id`,
      [change.now, idList(ids), assigneeId],
    );
    const changedIds = changed.map((row) => row.id);
    for (const id of changedIds) {
      await recordAnswerEvent(
        tx,
        { answerId: id, staffId: change.staffId, what: 'assignee', detail: assigneeId },
        change.now,
      );
    }
    if (assigneeId && changedIds.length > 0) {
      await change.tellAssignee?.(tx, changedIds, assigneeId, change);
    }
    return changedIds;
  });
}

export async function addNote(
  db: Database,
  id: string,
  text: string,
  change: Change,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      'INSERT INTO answer_notes (id, submission_id, staff_id, text, created_at) VALUES ($1, $2, $3, $4, $5)',
      [randomUUID(), id, change.staffId, text, change.now],
    );
    await touch(tx, id, change.now);
    await recordAnswerEvent(
      tx,
      { answerId: id, staffId: change.staffId, what: 'note' },
      change.now,
    );
  });
}

const touch = (tx: Queryable, id: string, now: Date) =>
  tx.query('UPDATE submissions SET updated_at = $2 WHERE id = $1', [id, now]);

/**
 * Saves the reply's draft (empty text clears it), with the machine translation staff checked to go
 * beneath it (./reply-translation.ts), or none; the published reply is left as it is.
 */
export const saveReplyDraft = (
  db: Database,
  id: string,
  text: string,
  change: Change,
  translation = '',
): Promise<boolean> =>
  changeOne(
    db,
    id,
    {
      set: 'reply_draft = $3, reply_draft_translation = $4',
      where:
        'erased_at IS NULL AND (reply_draft IS DISTINCT FROM $3 OR reply_draft_translation IS DISTINCT FROM $4)',
      params: [
        text === '' ? null : text,
        text === '' || translation.trim() === '' ? null : translation,
      ],
    },
    { what: 'reply-draft' },
    change,
  );

/** What a bulk publish of reply drafts did, and why the rest were left. */
export interface ReplyPublishing {
  /** The answers whose draft became the published reply. */
  readonly published: string[];
  /** Their reply is published and no new draft waits: nothing to publish again. */
  readonly alreadyPublished: number;
  /** No draft and no reply. */
  readonly noDraft: number;
  /** The draft looks like it holds contact details. */
  readonly personal: number;
  /** The draft with its translation beneath is longer than a reply may be. */
  readonly tooLong: number;
  readonly erased: number;
}

/**
 * Publishes the drafts of these answers: each draft becomes the reply the citizen sees, with the
 * answer's current status, and the draft box is emptied, so a reply is published once however
 * often the same answers are ticked. Answers with no draft (their reply published already, or
 * none written), an erased answer, or a draft that looks like it holds contact details are left
 * out and counted. The rows are locked first: two publishes at once publish a draft once.
 */
export async function publishReplyDrafts(
  db: Database,
  ids: readonly string[],
  change: Change,
): Promise<ReplyPublishing> {
  const none: ReplyPublishing = {
    published: [],
    alreadyPublished: 0,
    noDraft: 0,
    personal: 0,
    tooLong: 0,
    erased: 0,
  };
  if (ids.length === 0) return none;
  return db.transaction(async (tx) => {
    const rows = await tx.query<{
      id: string;
      reply_draft: string | null;
      reply_draft_translation: string | null;
      reply_published_at: Date | null;
      erased_at: Date | null;
    }>(
      `SELECT id, reply_draft, reply_draft_translation, reply_published_at, erased_at
       FROM submissions WHERE ${ANY_ID(1)} ORDER BY id FOR UPDATE`,
      [idList(ids)],
    );
    // The municipality's own numbers and addresses may stand in a reply (own-contacts.ts).
    const allowed = await ownContactAllowList(tx);
    const result = { ...none, published: [] as string[] };
    const replies = new Map<string, string>();
    for (const row of rows) {
      if (row.erased_at) result.erased += 1;
      else if (!row.reply_draft) {
        if (row.reply_published_at) result.alreadyPublished += 1;
        else result.noDraft += 1;
      } else {
        // The draft with its checked translation beneath it, as one text (./reply-translation.ts).
        const reply = composeReply(row.reply_draft, row.reply_draft_translation);
        if (looksPersonal(reply, allowed) !== undefined) result.personal += 1;
        else if (reply.length > REPLY_MAX) result.tooLong += 1;
        else {
          result.published.push(row.id);
          replies.set(row.id, reply);
        }
      }
    }
    for (const id of result.published) {
      // What the citizen sees moves with it: the reply, and the status as it stands now. The
      // draft box empties, so the same reply is never published twice.
      await tx.query(
        `UPDATE submissions SET reply = $3, reply_draft = NULL, reply_draft_translation = NULL,
           reply_published_at = $2, updated_at = $2, shown_status = status, shown_at = $2
         WHERE id = $1`,
        [id, change.now, replies.get(id)!],
      );
      await recordAnswerEvent(
        tx,
        { answerId: id, staffId: change.staffId, what: 'reply-published' },
        change.now,
      );
    }
    if (result.published.length > 0) await change.tell?.(tx, result.published, change);
    return result;
  });
}

/** publishReplyDrafts, giving only the ids published. */
export const publishReplies = async (
  db: Database,
  ids: readonly string[],
  change: Change,
): Promise<string[]> => (await publishReplyDrafts(db, ids, change)).published;

/** What starting replies from a template did, and why the rest were left. */
export interface TemplateDrafting {
  readonly drafted: number;
  readonly hadDraft: number;
  /** A reply is published already: a new one would replace it, so staff write that by hand. */
  readonly replied: number;
  readonly erased: number;
}

/**
 * Starts a reply from a template's text on each of these answers, as a draft nobody sees until
 * it is published. Answers with a draft already, with a published reply, or erased are left.
 */
export async function draftRepliesFrom(
  db: Database,
  ids: readonly string[],
  text: string,
  change: Change,
): Promise<TemplateDrafting> {
  const result = { drafted: 0, hadDraft: 0, replied: 0, erased: 0 };
  if (ids.length === 0) return result;
  return db.transaction(async (tx) => {
    const rows = await tx.query<{
      id: string;
      reply_draft: string | null;
      reply_published_at: Date | null;
      erased_at: Date | null;
    }>(
      `SELECT id, reply_draft, reply_published_at, erased_at FROM submissions
       WHERE ${ANY_ID(1)} ORDER BY id FOR UPDATE`,
      [idList(ids)],
    );
    for (const row of rows) {
      if (row.erased_at) result.erased += 1;
      else if (row.reply_draft) result.hadDraft += 1;
      else if (row.reply_published_at) result.replied += 1;
      else {
        await tx.query('UPDATE submissions SET reply_draft = $2, updated_at = $3 WHERE id = $1', [
          row.id,
          text,
          change.now,
        ]);
        await recordAnswerEvent(
          tx,
          { answerId: row.id, staffId: change.staffId, what: 'reply-draft' },
          change.now,
        );
        result.drafted += 1;
      }
    }
    return result;
  });
}

/** A change of the status citizens see, for how many answers: "Arbejdes videre med → Ny". */
export interface ShownChange {
  readonly from: AnswerStatus;
  readonly to: AnswerStatus;
  readonly count: number;
}

/**
 * The statuses citizens already see (anything but `received`) that an action would change:
 * showing `to` (a status), or publishing the reply drafts (`'with-reply'`: each answer with a
 * draft shows its current status). Erased answers see nothing.
 */
export async function shownChanges(
  db: Queryable,
  ids: readonly string[],
  to: AnswerStatus | 'with-reply',
): Promise<ShownChange[]> {
  if (ids.length === 0) return [];
  const target = to === 'with-reply' ? 'status' : '$2::text';
  const rows = await db.query<{ from: AnswerStatus; to: AnswerStatus; n: number }>(
    `SELECT shown_status AS "from", ${target} AS "to", count(*)::int AS n FROM submissions
     WHERE ${ANY_ID(1)} AND erased_at IS NULL AND shown_status IS NOT NULL
       AND shown_status <> 'received' AND shown_status <> ${target}
       ${to === 'with-reply' ? "AND coalesce(reply_draft, '') <> ''" : ''}
     GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`,
    to === 'with-reply' ? [idList(ids)] : [idList(ids), to],
  );
  return rows.map((row) => ({ from: row.from, to: row.to, count: Number(row.n) }));
}

/**
 * Takes the published reply back; it becomes the draft again for another try (unless a newer
 * draft waits).
 */
export const withdrawReply = (db: Database, id: string, change: Change): Promise<boolean> =>
  changeOne(
    db,
    id,
    {
      set: `reply_draft = coalesce(nullif(reply_draft, ''), reply), reply = NULL,
        reply_published_at = NULL, shown_at = $2`,
      where: 'reply_published_at IS NOT NULL',
    },
    { what: 'reply-withdrawn' },
    change,
  );

export interface PublicVersion {
  /** Null: the answer's own title and text are what is published. */
  readonly publicTitle: string | null;
  readonly publicText: string | null;
  /** Only needs and proposals seek help. */
  readonly seeksHelp: boolean;
}

export type PublishResult = 'published' | 'updated' | 'unchanged' | 'no-consent' | 'not-found';

/**
 * Makes the answer public on its challenge, or changes what is published. Refused without the
 * person's consent to publish, and for an erased answer.
 */
export async function publishAnswer(
  db: Database,
  id: string,
  version: PublicVersion,
  change: Change,
): Promise<PublishResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{
      may_publish: boolean;
      erased_at: Date | null;
      published_at: Date | null;
      public_title: string | null;
      public_text: string | null;
      seeks_help: boolean;
    }>(
      `SELECT may_publish, erased_at, published_at, public_title, public_text, seeks_help
       FROM submissions WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row || row.erased_at) return 'not-found';
    if (!row.may_publish) return 'no-consent';
    const event = (what: 'published' | 'public-text' | 'seeks-help', detail?: string) =>
      recordAnswerEvent(
        tx,
        { answerId: id, staffId: change.staffId, what, detail: detail ?? null },
        change.now,
      );
    const textChanged =
      row.public_title !== version.publicTitle || row.public_text !== version.publicText;
    const helpChanged = row.seeks_help !== version.seeksHelp;
    const first = row.published_at === null;
    if (!first && !textChanged && !helpChanged) return 'unchanged';
    await tx.query(
      `UPDATE submissions SET published_at = coalesce(published_at, $2), public_title = $3,
         public_text = $4, seeks_help = $5, updated_at = $2 WHERE id = $1`,
      [id, change.now, version.publicTitle, version.publicText, version.seeksHelp],
    );
    if (first) await event('published');
    else if (textChanged) await event('public-text');
    if (helpChanged) await event('seeks-help', version.seeksHelp ? 'ja' : 'nej');
    return first ? 'published' : 'updated';
  });
}

/** Takes the answer off its challenge's page; the edited public text is kept for next time. */
export const unpublishAnswer = (db: Database, id: string, change: Change): Promise<boolean> =>
  changeOne(
    db,
    id,
    { set: 'published_at = NULL, seeks_help = false', where: 'published_at IS NOT NULL' },
    { what: 'unpublished' },
    change,
  );

export type DuplicateResult =
  | 'marked'
  | 'same-answer'
  | 'original-is-duplicate'
  | 'has-duplicates'
  | 'not-found';

/**
 * Marks `id` as a duplicate of `originalId`: linked, not merged; both stay as they are. One level
 * only, so "the original" is always one click away: an answer that is itself a duplicate cannot be
 * an original, and one with duplicates of its own cannot become one.
 */
export async function markDuplicate(
  db: Database,
  id: string,
  originalId: string,
  change: Change,
): Promise<DuplicateResult> {
  if (id === originalId) return 'same-answer';
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string; reference: string; duplicate_of: string | null }>(
      `SELECT id, reference, duplicate_of FROM submissions WHERE id IN ($1, $2) FOR UPDATE`,
      [id, originalId],
    );
    const answer = rows.find((row) => row.id === id);
    const original = rows.find((row) => row.id === originalId);
    if (!answer || !original) return 'not-found';
    if (original.duplicate_of) return 'original-is-duplicate';
    const [own] = await tx.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM submissions WHERE duplicate_of = $1',
      [id],
    );
    if ((own?.n ?? 0) > 0) return 'has-duplicates';
    await tx.query('UPDATE submissions SET duplicate_of = $2, updated_at = $3 WHERE id = $1', [
      id,
      originalId,
      change.now,
    ]);
    await recordAnswerEvent(
      tx,
      { answerId: id, staffId: change.staffId, what: 'duplicate-of', detail: original.reference },
      change.now,
    );
    await recordAnswerEvent(
      tx,
      {
        answerId: originalId,
        staffId: change.staffId,
        what: 'duplicate-added',
        detail: answer.reference,
      },
      change.now,
    );
    return 'marked';
  });
}

export const clearDuplicate = (db: Database, id: string, change: Change): Promise<boolean> =>
  changeOne(
    db,
    id,
    { set: 'duplicate_of = NULL', where: 'duplicate_of IS NOT NULL' },
    { what: 'duplicate-cleared' },
    change,
  );
