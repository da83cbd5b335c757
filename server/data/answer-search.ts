// The connect area's searches: the resource register (every offer, across challenges) and the
// picker (needs and proposals to connect an offer to, or offers for a need or proposal). One page
// at a time with LIMIT and OFFSET and a count(*) for the total; the filter is the answer list's
// (server/data/answer-filter.ts), plus a text match on an offer's availability.
import type { Kind } from '../../utils/schema/common';
import { type AnswerCard, cardColumns, cardFrom } from './answer-cards';
import { type AnswerFilter, filterSql } from './answer-filter';
import type { Queryable, SqlParam } from './db';

export interface AnswerSearch {
  /** The kinds to list (the filter's own `kind` may narrow them further). */
  readonly kinds: readonly Kind[];
  readonly filter: AnswerFilter;
  /** Text in the offer's availability ("tirsdag", "weekend"). */
  readonly availability?: string;
  /** Erased answers are listed in the register (as erased), never offered in a picker. */
  readonly withErased: boolean;
  /** Mark each listed answer that is already linked to this one. */
  readonly linkedWith?: string;
  /** This challenge's answers first (the picker: the offer's own challenge's needs come first). */
  readonly challengeFirst?: string;
}

export interface ListedAnswer extends AnswerCard {
  /** Links from this offer to needs and to proposals; to offers from this need or proposal. */
  readonly links: { readonly need: number; readonly proposal: number; readonly offer: number };
  /** Linked to `AnswerSearch.linkedWith` already. */
  readonly linked: boolean;
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** The availability text of a query string, as the filter reads its other texts. */
export const readAvailability = (params: URLSearchParams) =>
  params.get('availability')?.replaceAll('\u0000', '').trim().slice(0, 120) || undefined;

/** `%text%` for ILIKE, with the pattern's own characters taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Newest first (a `challengeFirst` challenge's before the rest), one page, and how many in all. */
export async function searchAnswers(
  db: Queryable,
  search: AnswerSearch,
  page: Page,
): Promise<{ answers: ListedAnswer[]; total: number }> {
  const params: SqlParam[] = [search.kinds.join(',')];
  const parts = [`s.kind = ANY(string_to_array($1, ','))`];
  if (!search.withErased) parts.push('s.erased_at IS NULL');
  if (search.availability) {
    params.push(containing(search.availability));
    parts.push(`s.availability ILIKE $${params.length}`);
  }
  // The area matches the offer's own area only: a register of resources is about where they are.
  const condition = filterSql(search.filter, [], params.length);
  params.push(...condition.params);
  const where = `${parts.join(' AND ')} AND ${condition.where}`;
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM submissions s WHERE ${where}`,
    params,
  );
  const n = params.length;
  // The page's ids first, then their cards: sorting carries no text, so a long body is read only
  // for the rows shown, however many answers match.
  const rows = await db.query(
    `WITH page AS (
       SELECT s.id, s.received_at, s.reference,
              s.challenge_id IS NOT DISTINCT FROM $${n + 4}::text AS own_first
       FROM submissions s WHERE ${where}
       ORDER BY own_first DESC, s.received_at DESC, s.reference LIMIT $${n + 1} OFFSET $${n + 2})
     SELECT ${cardColumns('s')},
       (SELECT count(*)::int FROM answer_links l JOIN submissions t ON t.id = l.target_id
         WHERE l.offer_id = s.id AND t.kind = 'need') AS links_need,
       (SELECT count(*)::int FROM answer_links l JOIN submissions t ON t.id = l.target_id
         WHERE l.offer_id = s.id AND t.kind = 'proposal') AS links_proposal,
       (SELECT count(*)::int FROM answer_links l WHERE l.target_id = s.id) AS links_offer,
       EXISTS (SELECT 1 FROM answer_links l
         WHERE (l.offer_id = s.id AND l.target_id = $${n + 3}::uuid)
            OR (l.target_id = s.id AND l.offer_id = $${n + 3}::uuid)) AS linked
     FROM page JOIN submissions s ON s.id = page.id
     ORDER BY page.own_first DESC, page.received_at DESC, page.reference`,
    [...params, page.limit, page.offset, search.linkedWith ?? null, search.challengeFirst ?? null],
  );
  return {
    total: count?.n ?? 0,
    answers: rows.map((row) => ({
      ...cardFrom(row),
      links: {
        need: Number(row.links_need),
        proposal: Number(row.links_proposal),
        offer: Number(row.links_offer),
      },
      linked: row.linked === true,
    })),
  };
}
