// Map and connect ("kortlægge og koble"): staff connect an offer to a need or a proposal, many to
// many and across challenges. A link always has an offer at one end and a need or proposal at the
// other, so `answer_links (offer_id, target_id)` reads the same from both sides. Every link made
// or removed is an event on both answers (who, when, and the other answer's reference), written in
// the same transaction as the link.

import type { Kind } from '../../utils/schema/common';
import { recordAnswerEvent } from './answer-events';
import type { Database, Queryable } from './db';

/** One end of a link: what pairing needs to know about an answer. */
export interface LinkEnd {
  readonly id: string;
  readonly reference: string;
  readonly kind: Kind;
  readonly challengeId: string;
  readonly erased: boolean;
}

/** Why two answers cannot be linked; the desk says it in Danish (`REFUSAL_TEXTS`). */
export type LinkRefusal = 'same-answer' | 'two-offers' | 'no-offer' | 'erased';

export type Pairing =
  | { readonly ok: true; readonly offer: LinkEnd; readonly target: LinkEnd }
  | { readonly ok: false; readonly refusal: LinkRefusal };

export const REFUSAL_TEXTS: Record<LinkRefusal, string> = {
  'same-answer': 'Et svar kan ikke kobles til sig selv.',
  'two-offers':
    'To tilbud kan ikke kobles til hinanden. Et tilbud kobles til et behov eller et forslag.',
  'no-offer':
    'Behov og forslag kobles ikke til hinanden, men til tilbud. Et tilbud kobles til et behov eller et forslag.',
  erased: 'Svaret er slettet og kan ikke kobles.',
};

/** Which end is the offer, or why the two cannot be linked. Pure. */
export function pairOf(a: LinkEnd, b: LinkEnd): Pairing {
  if (a.id === b.id) return { ok: false, refusal: 'same-answer' };
  if (a.kind === 'offer' && b.kind === 'offer') return { ok: false, refusal: 'two-offers' };
  if (a.kind !== 'offer' && b.kind !== 'offer') return { ok: false, refusal: 'no-offer' };
  if (a.erased || b.erased) return { ok: false, refusal: 'erased' };
  return a.kind === 'offer' ? { ok: true, offer: a, target: b } : { ok: true, offer: b, target: a };
}

interface EndRow extends Record<string, unknown> {
  id: string;
  reference: string;
  kind: Kind;
  challenge_id: string;
  erased: boolean;
}

export async function findLinkEnd(db: Queryable, id: string): Promise<LinkEnd | undefined> {
  const [row] = await db.query<EndRow>(
    `SELECT id, reference, kind, challenge_id, erased_at IS NOT NULL AS erased
     FROM submissions WHERE id = $1`,
    [id],
  );
  return (
    row && {
      id: row.id,
      reference: row.reference,
      kind: row.kind,
      challengeId: row.challenge_id,
      erased: row.erased,
    }
  );
}

export type LinkEventWhat = 'linked' | 'unlinked' | 'joined-undone';

async function recordOnBoth(
  db: Queryable,
  offer: LinkEnd,
  target: LinkEnd,
  what: LinkEventWhat,
  staffId: string | null,
  now: Date,
) {
  // On both answers, naming the other by its reference (never text or personal data).
  await recordAnswerEvent(db, { answerId: offer.id, staffId, what, detail: target.reference }, now);
  await recordAnswerEvent(db, { answerId: target.id, staffId, what, detail: offer.reference }, now);
}

/**
 * Links two answers. A link that exists already is left as it was ('exists': no second row, no
 * second event), so a reload or a double click changes nothing.
 */
export async function addLink(
  db: Database,
  a: LinkEnd,
  b: LinkEnd,
  staffId: string | null,
  now: Date,
): Promise<{ ok: true; result: 'added' | 'exists' } | { ok: false; refusal: LinkRefusal }> {
  const pairing = pairOf(a, b);
  if (!pairing.ok) return pairing;
  const { offer, target } = pairing;
  const added = await db.transaction(async (tx) => {
    const rows = await tx.query(
      `INSERT INTO answer_links (offer_id, target_id, created_by, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING offer_id`,
      [offer.id, target.id, staffId, now],
    );
    if (rows.length === 0) return false;
    await recordOnBoth(tx, offer, target, 'linked', staffId, now);
    return true;
  });
  return { ok: true, result: added ? 'added' : 'exists' };
}

/**
 * An offer that joined a need or proposal itself (`relatesTo`) is no longer counted among its
 * connections: staff undid what the citizen connected. Only while the offer names the other answer.
 */
async function undoJoin(tx: Queryable, offer: LinkEnd, target: LinkEnd, now: Date) {
  const rows = await tx.query(
    `UPDATE submissions SET relates_to_dismissed_at = $3
     WHERE id = $1 AND relates_to = $2 AND relates_to_dismissed_at IS NULL RETURNING id`,
    [offer.id, target.reference, now],
  );
  return rows.length > 0;
}

/**
 * Undoes the connection an offer made itself to a need or proposal ("Jeg vil gerne hjælpe"), not
 * confirmed as a link: 'undone', or 'missing' when there is none to undo.
 */
export async function undoJoinedOffer(
  db: Database,
  a: LinkEnd,
  b: LinkEnd,
  staffId: string | null,
  now: Date,
): Promise<'undone' | 'missing'> {
  const [offer, target] = a.kind === 'offer' ? [a, b] : [b, a];
  return db.transaction(async (tx) => {
    if (!(await undoJoin(tx, offer, target, now))) return 'missing';
    await recordOnBoth(tx, offer, target, 'joined-undone', staffId, now);
    return 'undone';
  });
}

/**
 * Removes the link between two answers, in whichever order they are given; 'missing' if none.
 * A link confirming an offer's own `relatesTo` is undone with it, so the offer does not come back
 * as waiting to be confirmed.
 */
export async function removeLink(
  db: Database,
  a: LinkEnd,
  b: LinkEnd,
  staffId: string | null,
  now: Date,
): Promise<'removed' | 'missing'> {
  const [offer, target] = a.kind === 'offer' ? [a, b] : [b, a];
  return db.transaction(async (tx) => {
    const rows = await tx.query(
      'DELETE FROM answer_links WHERE offer_id = $1 AND target_id = $2 RETURNING offer_id',
      [offer.id, target.id],
    );
    if (rows.length === 0) return 'missing';
    await undoJoin(tx, offer, target, now);
    await recordOnBoth(tx, offer, target, 'unlinked', staffId, now);
    return 'removed';
  });
}
