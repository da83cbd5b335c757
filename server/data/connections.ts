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
  const rows = await db.query(
    `SELECT ${cardColumns('s')} FROM submissions s WHERE s.relates_to = $1
     ORDER BY s.received_at DESC, s.reference LIMIT $2`,
    [end.reference, limit],
  );
  const [count] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM submissions WHERE relates_to = $1',
    [end.reference],
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
