// One answer as its page shows it: the desk's columns (never the envelope, except for what only
// the envelope holds: the challenge's title as the person saw it, the page it was written on and
// the client), its duplicates and the original it duplicates.
import type { AnswerStatus } from '../../utils/schema/status';
import {
  type AnswerFields,
  dateOf,
  FIELDS_COLUMNS,
  type FieldsRow,
  fieldsOf,
  HAS_CONTACT_SQL,
} from './answer-fields';
import type { Queryable } from './db';
import { readReference } from './reference';
import { UPDATE_MAIL_STATE_SQL, type UpdateMailState } from './update-addresses';

export interface AnswerRecord extends AnswerFields {
  readonly statusChangedAt: Date | null;
  readonly assigneeId: string | null;
  readonly replyDraft: string | null;
  /** The machine translation checked to go beneath the draft (./reply-translation.ts). */
  readonly replyDraftTranslation: string | null;
  readonly replyPublishedAt: Date | null;
  readonly publishedAt: Date | null;
  readonly publicTitle: string | null;
  readonly publicText: string | null;
  readonly seeksHelp: boolean;
  readonly duplicateOf: { readonly id: string; readonly reference: string } | null;
  /** Whether a name, email or phone is stored (shown only on request, and audited). */
  readonly hasContact: boolean;
  /** The status the citizen sees: the one at staff's last publish, `received` before any. */
  readonly shownStatus: AnswerStatus;
  /** When staff last published something to the citizen (status or reply); null before. */
  readonly shownAt: Date | null;
  /**
   * Whether the citizen asked for update mails, and what became of the address: unconfirmed,
   * confirmed, unsubscribed, or refused by the mail server (the address itself is never read here).
   */
  readonly updateMails: UpdateMailState;
}

interface RecordRow extends FieldsRow {
  status_changed_at: Date | null;
  assignee_id: string | null;
  reply_draft: string | null;
  reply_draft_translation: string | null;
  reply_published_at: Date | null;
  published_at: Date | null;
  public_title: string | null;
  public_text: string | null;
  seeks_help: boolean;
  duplicate_id: string | null;
  duplicate_reference: string | null;
  has_contact: boolean;
  shown_status: AnswerStatus | null;
  shown_at: Date | null;
  update_mails: UpdateMailState;
}

const RECORD_SQL = `SELECT ${FIELDS_COLUMNS}, s.status_changed_at, s.assignee_id,
    s.reply_draft, s.reply_draft_translation, s.reply_published_at, s.published_at, s.public_title, s.public_text,
    s.seeks_help, d.id AS duplicate_id, d.reference AS duplicate_reference,
    (${HAS_CONTACT_SQL('s')}) AS has_contact,
    s.shown_status, s.shown_at,
    ${UPDATE_MAIL_STATE_SQL} AS update_mails
  FROM submissions s LEFT JOIN submissions d ON d.id = s.duplicate_of`;

export async function findAnswer(db: Queryable, id: string): Promise<AnswerRecord | undefined> {
  const [row] = await db.query<RecordRow>(`${RECORD_SQL} WHERE s.id = $1`, [id]);
  return row && fromRow(row);
}

/**
 * References are shown as `SK-7F3K2Q`; people type them in any case, with or without `SK-`, with
 * spaces around (server/data/reference.ts).
 */
export async function findAnswerIdByReference(
  db: Queryable,
  reference: string,
): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM submissions WHERE reference = $1', [
    readReference(reference) ?? reference.trim().toUpperCase(),
  ]);
  return row?.id;
}

function fromRow(row: RecordRow): AnswerRecord {
  return {
    ...fieldsOf(row),
    statusChangedAt: dateOf(row.status_changed_at),
    assigneeId: row.assignee_id,
    replyDraft: row.reply_draft,
    replyDraftTranslation: row.reply_draft_translation,
    replyPublishedAt: dateOf(row.reply_published_at),
    publishedAt: dateOf(row.published_at),
    publicTitle: row.public_title,
    publicText: row.public_text,
    seeksHelp: row.seeks_help,
    shownStatus: row.shown_status ?? 'received',
    shownAt: dateOf(row.shown_at),
    updateMails: row.update_mails,
    duplicateOf:
      row.duplicate_id && row.duplicate_reference
        ? { id: row.duplicate_id, reference: row.duplicate_reference }
        : null,
    hasContact: row.has_contact,
  };
}

export interface AnswerRef {
  readonly id: string;
  readonly reference: string;
}

/** The answers marked as duplicates of this one (a few; capped so a page stays bounded). */
export async function listDuplicates(db: Queryable, id: string): Promise<AnswerRef[]> {
  return db.query<{ id: string; reference: string } & Record<string, unknown>>(
    'SELECT id, reference FROM submissions WHERE duplicate_of = $1 ORDER BY received_at LIMIT 100',
    [id],
  );
}

/**
 * The person's contact details, read only when staff ask to see them (the page records that in
 * the audit log). The stored envelope holds them as written; the columns are normalised copies
 * for search, so the envelope is what is shown.
 */
export async function readContact(
  db: Queryable,
  id: string,
): Promise<{ name?: string; email?: string; phone?: string } | undefined> {
  const [row] = await db.query<{
    envelope: string;
    erased_at: Date | null;
    contact_removed_at: Date | null;
  }>('SELECT envelope, erased_at, contact_removed_at FROM submissions WHERE id = $1', [id]);
  if (!row || row.erased_at || row.contact_removed_at) return undefined;
  const author = (JSON.parse(row.envelope) as { author?: Record<string, unknown> }).author ?? {};
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const contact: { name?: string; email?: string; phone?: string } = {};
  const name = text(author.name);
  const email = text(author.email);
  const phone = text(author.phone);
  if (name) contact.name = name;
  if (email) contact.email = email;
  if (phone) contact.phone = phone;
  return contact;
}

/** The answer's notes, oldest first, with who wrote them. */
export interface AnswerNote {
  readonly at: Date;
  readonly staffName: string;
  readonly text: string;
}

export async function listNotes(db: Queryable, id: string): Promise<AnswerNote[]> {
  const rows = await db.query<{ created_at: Date; name: string; text: string }>(
    `SELECT n.created_at, s.name, n.text FROM answer_notes n JOIN staff s ON s.id = n.staff_id
     WHERE n.submission_id = $1 ORDER BY n.created_at, n.id LIMIT 500`,
    [id],
  );
  return rows.map((row) => ({ at: new Date(row.created_at), staffName: row.name, text: row.text }));
}
