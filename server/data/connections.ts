// What the connect sections read: one answer's links (seen from either end) and the answers that
// respond to it (`relatesTo`), and one challenge's answers by kind and the links that touch them.
// Every list is bounded; totals come from count(*).
import { KINDS, type Kind } from '../../utils/schema/common';
import { type AnswerCard, cardColumns, cardFrom } from './answer-cards';
import type { Queryable } from './db';
import type { LinkEnd } from './links';

export interface Connection {
  /** The answer at the other end of the link. */
  readonly other: AnswerCard;
  readonly createdAt: Date;
  /** The name of whoever made the link; null if unknown. */
  readonly createdBy: string | null;
}

/** Newest links first, at most `limit`, and how many there are. */
export async function connectionsOf(
  db: Queryable,
  end: LinkEnd,
  limit: number,
): Promise<{ connections: Connection[]; total: number }> {
  // From an offer the other ends are targets; from a need or proposal they are offers.
  const [mine, theirs] =
    end.kind === 'offer' ? ['offer_id', 'target_id'] : ['target_id', 'offer_id'];
  const rows = await db.query(
    `SELECT ${cardColumns('o')}, l.created_at AS link_created_at, st.name AS link_created_by
     FROM answer_links l JOIN submissions o ON o.id = l.${theirs}
     LEFT JOIN staff st ON st.id = l.created_by
     WHERE l.${mine} = $1 ORDER BY l.created_at DESC, o.reference LIMIT $2`,
    [end.id, limit],
  );
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM answer_links WHERE ${mine} = $1`,
    [end.id],
  );
  return {
    total: count?.n ?? 0,
    connections: rows.map((row) => ({
      other: cardFrom(row),
      createdAt: new Date(row.link_created_at as Date),
      createdBy: typeof row.link_created_by === 'string' ? row.link_created_by : null,
    })),
  };
}

export interface Responses {
  /** The published answer this one responds to, by its reference; `card` when it is here. */
  readonly respondsTo?: { readonly reference: string; readonly card?: AnswerCard };
  /** Answers that name this one in their `relatesTo`, newest first, at most `limit`. */
  readonly responders: AnswerCard[];
  readonly respondersTotal: number;
}

export async function responsesOf(db: Queryable, end: LinkEnd, limit: number): Promise<Responses> {
  const [own] = await db.query<{ relates_to: string | null }>(
    'SELECT relates_to FROM submissions WHERE id = $1',
    [end.id],
  );
  const reference = own?.relates_to ?? null;
  const [target] = reference
    ? await db.query(`SELECT ${cardColumns('s')} FROM submissions s WHERE s.reference = $1`, [
        reference,
      ])
    : [];
  // An offer that joined a need or proposal is one of its connections (waiting, or confirmed as a
  // link: `offeredHelp`, `connectionsOf`), not listed a second time here; one that was undone is.
  const responder = `s.relates_to = $1 AND NOT (s.kind = 'offer' AND $2 <> 'offer' AND (
      s.relates_to_dismissed_at IS NULL
      OR EXISTS (SELECT 1 FROM answer_links l WHERE l.offer_id = s.id AND l.target_id = $3)))`;
  const rows = await db.query(
    `SELECT ${cardColumns('s')} FROM submissions s WHERE ${responder}
     ORDER BY s.received_at DESC, s.reference LIMIT $4`,
    [end.reference, end.kind, end.id, limit],
  );
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM submissions s WHERE ${responder}`,
    [end.reference, end.kind, end.id],
  );
  return {
    ...(reference
      ? { respondsTo: { reference, ...(target ? { card: cardFrom(target) } : {}) } }
      : {}),
    responders: rows.map((row) => cardFrom(row)),
    respondersTotal: count?.n ?? 0,
  };
}

export interface ChallengeAnswers {
  readonly counts: Record<Kind, number>;
  /** The newest few of each kind. */
  readonly newest: Record<Kind, AnswerCard[]>;
}

export async function challengeAnswers(
  db: Queryable,
  challengeId: string,
  perKind: number,
): Promise<ChallengeAnswers> {
  const counted = await db.query<{ kind: Kind; n: number }>(
    'SELECT kind, count(*)::int AS n FROM submissions WHERE challenge_id = $1 GROUP BY kind',
    [challengeId],
  );
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const row of counted) counts[row.kind] = row.n;
  const newest: Partial<Record<Kind, AnswerCard[]>> = {};
  for (const kind of KINDS) {
    newest[kind] = [];
    if (counts[kind] === 0) continue;
    const rows = await db.query(
      `SELECT ${cardColumns('s')} FROM submissions s WHERE s.challenge_id = $1 AND s.kind = $2
       ORDER BY s.received_at DESC, s.reference LIMIT $3`,
      [challengeId, kind, perKind],
    );
    newest[kind] = rows.map((row) => cardFrom(row));
  }
  return { counts, newest: newest as Record<Kind, AnswerCard[]> };
}

export interface ChallengeLink {
  readonly offer: AnswerCard;
  readonly target: AnswerCard;
  readonly createdAt: Date;
}

/**
 * The links with at least one end among the challenge's answers, newest first: the other end may
 * belong to another challenge. Links are made one by one by staff, so the table stays small
 * beside the answers; each end is found by its primary key.
 */
export async function challengeLinks(
  db: Queryable,
  challengeId: string,
  limit: number,
): Promise<{ links: ChallengeLink[]; total: number }> {
  const from = `FROM answer_links l JOIN submissions o ON o.id = l.offer_id
     JOIN submissions t ON t.id = l.target_id
     WHERE o.challenge_id = $1 OR t.challenge_id = $1`;
  const rows = await db.query(
    `SELECT ${cardColumns('o', 'o_')}, ${cardColumns('t', 't_')}, l.created_at AS link_created_at
     ${from} ORDER BY l.created_at DESC, o.reference, t.reference LIMIT $2`,
    [challengeId, limit],
  );
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n ${from}`, [challengeId]);
  return {
    total: count?.n ?? 0,
    links: rows.map((row) => ({
      offer: cardFrom(row, 'o_'),
      target: cardFrom(row, 't_'),
      createdAt: new Date(row.link_created_at as Date),
    })),
  };
}

/**
 * Offers that joined this need or proposal themselves ("Jeg vil gerne hjælpe": `relatesTo` names
 * it) and that staff have neither confirmed (a link) nor undone: connections the citizen made,
 * waiting for staff. Newest first, at most `limit`, and how many there are.
 */
export async function offeredHelp(
  db: Queryable,
  end: LinkEnd,
  limit: number,
): Promise<{ offers: AnswerCard[]; total: number }> {
  if (end.kind === 'offer') return { offers: [], total: 0 };
  const where = `s.relates_to = $1 AND s.kind = 'offer' AND s.erased_at IS NULL
    AND s.relates_to_dismissed_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM answer_links l WHERE l.offer_id = s.id AND l.target_id = $2)`;
  const rows = await db.query(
    `SELECT ${cardColumns('s')} FROM submissions s WHERE ${where}
     ORDER BY s.received_at DESC, s.reference LIMIT $3`,
    [end.reference, end.id, limit],
  );
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM submissions s WHERE ${where}`,
    [end.reference, end.id],
  );
  return { offers: rows.map((row) => cardFrom(row)), total: count?.n ?? 0 };
}

/** The references of the answers whose `relatesTo` names `reference`, among `ids` (to mark). */
export async function joinedOf(
  db: Queryable,
  reference: string,
  ids: readonly string[],
): Promise<ReadonlySet<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM submissions
     WHERE relates_to = $1 AND id = ANY(string_to_array($2, ',')::uuid[])`,
    [reference, ids.join(',')],
  );
  return new Set(rows.map((row) => row.id));
}
