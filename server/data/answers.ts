// The answer list: one page of answers for a filter, newest first, and how many match. A page
// never holds more than PAGE_SIZE answers and never reads an envelope or a whole body: the page's
// ids are chosen first (an index scan, or the filter's), and only those rows are then read, with
// the first 300 characters of their text. 10,000 answers of 8 KB cost the page what 50 do.

import { type AnswerBasics, BASICS_COLUMNS, type BasicsRow, basicsOf } from './answer-fields';
import { type AnswerFilter, filterSql } from './answer-filter';
import type { Queryable } from './db';

export const PAGE_SIZE = 50;
export const EXCERPT_LENGTH = 300;

export interface AnswerListItem extends AnswerBasics {
  readonly assigneeName: string | null;
  readonly title: string | null;
  /** The text's first EXCERPT_LENGTH + 1 characters: one more says it goes on. */
  readonly excerpt: string;
  readonly mayContact: boolean;
  readonly canHelp: boolean;
  readonly published: boolean;
  readonly hasReplyDraft: boolean;
  readonly replyPublished: boolean;
  readonly duplicateOf: string | null;
  readonly erased: boolean;
  /** Links made by staff (to offers, or from an offer to needs and proposals). */
  readonly links: number;
  /** Offers that joined this need or proposal themselves, not yet confirmed or undone. */
  readonly joinedWaiting: number;
}

interface ListRow extends BasicsRow {
  assignee_name: string | null;
  title: string | null;
  excerpt: string;
  may_contact: boolean;
  can_help: boolean;
  published: boolean;
  has_draft: boolean;
  reply_published: boolean;
  duplicate_reference: string | null;
  erased: boolean;
  links: number;
  joined_waiting: number;
}

export interface AnswerPage {
  readonly items: readonly AnswerListItem[];
  readonly total: number;
  /** 1-based, clamped to the pages there are. */
  readonly page: number;
  readonly pages: number;
}

/** A page number from the query string: 1 for anything that is not a positive integer. */
export function pageNumber(value: string | null): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

export async function listAnswers(
  db: Queryable,
  filter: AnswerFilter,
  areaChallengeIds: readonly string[],
  requestedPage: number,
): Promise<AnswerPage> {
  const condition = filterSql(filter, areaChallengeIds);
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM submissions s WHERE ${condition.where}`,
    condition.params,
  );
  const total = count?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(requestedPage, pages);
  const n = condition.params.length;
  const rows = await db.query<ListRow>(
    `WITH page AS (
       SELECT s.id FROM submissions s WHERE ${condition.where}
       ORDER BY s.received_at DESC, s.id DESC LIMIT $${n + 1} OFFSET $${n + 2}
     )
     SELECT ${BASICS_COLUMNS}, a.name AS assignee_name, s.title,
            left(s.body, ${EXCERPT_LENGTH + 1}) AS excerpt, s.may_contact, s.can_help,
            s.published_at IS NOT NULL AS published,
            coalesce(s.reply_draft, '') <> '' AS has_draft,
            s.reply_published_at IS NOT NULL AS reply_published,
            d.reference AS duplicate_reference, s.erased_at IS NOT NULL AS erased,
            (SELECT count(*)::int FROM answer_links l
              WHERE l.offer_id = s.id OR l.target_id = s.id) AS links,
            CASE WHEN s.kind = 'offer' THEN 0 ELSE (SELECT count(*)::int FROM submissions j
              WHERE j.relates_to = s.reference AND j.kind = 'offer' AND j.erased_at IS NULL
                AND j.relates_to_dismissed_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM answer_links l
                  WHERE l.offer_id = j.id AND l.target_id = s.id)) END AS joined_waiting
     FROM page JOIN submissions s ON s.id = page.id
     LEFT JOIN staff a ON a.id = s.assignee_id
     LEFT JOIN submissions d ON d.id = s.duplicate_of
     ORDER BY s.received_at DESC, s.id DESC`,
    [...condition.params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
  );
  return {
    total,
    page,
    pages,
    items: rows.map((row) => ({
      ...basicsOf(row),
      assigneeName: row.assignee_name,
      title: row.title,
      excerpt: row.excerpt,
      mayContact: row.may_contact,
      canHelp: row.can_help,
      published: row.published,
      hasReplyDraft: row.has_draft,
      replyPublished: row.reply_published,
      duplicateOf: row.duplicate_reference,
      erased: row.erased,
      links: Number(row.links),
      joinedWaiting: Number(row.joined_waiting),
    })),
  };
}
