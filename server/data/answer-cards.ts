// An answer as the connect area's lists show it: the copied columns only (never the envelope), the
// body cut to 300 characters in SQL, and for an erased answer nothing a person wrote — the columns
// come back empty from the database, so no page can show them by mistake.
import type { ActorType, Kind, ResourceType } from '../../utils/schema/common';
import type { AnswerStatus } from '../../utils/schema/status';
import type { Queryable, Row } from './db';

export interface AnswerCard {
  readonly id: string;
  readonly reference: string;
  readonly kind: Kind;
  readonly challengeId: string;
  readonly status: AnswerStatus;
  readonly receivedAt: Date;
  readonly erased: boolean;
  readonly title: string | null;
  /** The body's first 300 characters; '' when erased. */
  readonly excerpt: string;
  readonly resourceType: ResourceType | null;
  readonly actorType: ActorType;
  readonly organisation: string | null;
  readonly area: string | null;
  readonly availability: string | null;
}

/** Written text, kept only while the answer is not erased. */
const kept = (a: string, column: string) =>
  `CASE WHEN ${a}.erased_at IS NULL THEN ${a}.${column} END`;

/**
 * The SELECT list of a card from the table aliased `a`, each column named with `prefix` so that
 * one row can hold two cards (a link's two ends).
 */
export function cardColumns(a: string, prefix = ''): string {
  return [
    `${a}.id AS ${prefix}id`,
    `${a}.reference AS ${prefix}reference`,
    `${a}.kind AS ${prefix}kind`,
    `${a}.challenge_id AS ${prefix}challenge_id`,
    `${a}.status AS ${prefix}status`,
    `${a}.received_at AS ${prefix}received_at`,
    `${a}.erased_at IS NOT NULL AS ${prefix}erased`,
    `${kept(a, 'title')} AS ${prefix}title`,
    `CASE WHEN ${a}.erased_at IS NULL THEN left(${a}.body, 300) ELSE '' END AS ${prefix}excerpt`,
    `${a}.resource_type AS ${prefix}resource_type`,
    `${a}.actor_type AS ${prefix}actor_type`,
    `${kept(a, 'organisation')} AS ${prefix}organisation`,
    `${kept(a, 'area')} AS ${prefix}area`,
    `${kept(a, 'availability')} AS ${prefix}availability`,
  ].join(', ');
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** The card in `row` whose columns carry `prefix` (as `cardColumns` named them). */
export function cardFrom(row: Row, prefix = ''): AnswerCard {
  const at = (name: string) => row[`${prefix}${name}`];
  return {
    id: String(at('id')),
    reference: String(at('reference')),
    kind: at('kind') as Kind,
    challengeId: String(at('challenge_id')),
    status: at('status') as AnswerStatus,
    receivedAt: new Date(at('received_at') as Date | string),
    erased: at('erased') === true,
    title: text(at('title')),
    excerpt: text(at('excerpt')) ?? '',
    resourceType: text(at('resource_type')) as ResourceType | null,
    actorType: at('actor_type') as ActorType,
    organisation: text(at('organisation')),
    area: text(at('area')),
    availability: text(at('availability')),
  };
}

/** One answer's card, or undefined when there is no such answer. */
export async function findCard(db: Queryable, id: string): Promise<AnswerCard | undefined> {
  const [row] = await db.query(`SELECT ${cardColumns('s')} FROM submissions s WHERE s.id = $1`, [
    id,
  ]);
  return row && cardFrom(row);
}
