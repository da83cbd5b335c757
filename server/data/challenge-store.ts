// The desk's challenges: created, edited, closed with an outcome, reopened, archived and restored,
// and the updates posted on them. The challenge as the public sees it stays in `challenges.data`
// (validated with the contract's schema on the way in and out); the desk's own state is in the
// columns beside it. Every change records who and when: the row's `updated_at`/`updated_by`, and a
// line in `challenge_events` (server/data/tables/challenges.ts).
import { createHash, randomUUID } from 'node:crypto';
import { Challenge } from '../../utils/schema/challenge';
import { publishedSql } from './challenges';
import type { Database, Queryable, SqlParam } from './db';
import { differingFields } from './seed-report';

export const CHALLENGE_EVENTS = {
  created: 'Oprettede udfordringen',
  edited: 'Redigerede udfordringen',
  closed: 'Lukkede udfordringen',
  'outcome-changed': 'Rettede udfaldet',
  reopened: 'Åbnede udfordringen igen',
  archived: 'Arkiverede udfordringen',
  restored: 'Hentede udfordringen tilbage fra arkivet',
  'update-posted': 'Offentliggjorde en opdatering',
  'update-deleted': 'Fjernede en opdatering',
  published: 'Offentliggjorde udfordringen',
  'publish-scheduled': 'Valgte et tidspunkt for offentliggørelsen',
  'publish-unscheduled': 'Fjernede tidspunktet for offentliggørelsen',
} as const;
export type ChallengeEventCode = keyof typeof CHALLENGE_EVENTS;

/** A challenge as the desk sees it: the public part and the desk's state. */
export interface DeskChallenge {
  readonly challenge: Challenge;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
  readonly updatedBy: string | null;
  readonly closedAt: Date | null;
  readonly archivedAt: Date | null;
  readonly outcome: string | null;
  /** When it went public; null while it is a draft (publishAt may still have made it public). */
  readonly publishedAt: Date | null;
  /** A draft's chosen time to go public. */
  readonly publishAt: Date | null;
  /** Changes whenever the public part does: an edit form carries it, to notice a colleague's. */
  readonly version: string;
}

interface DeskRow extends Record<string, unknown> {
  id: string;
  data: string;
  created_at: Date;
  updated_at: Date | null;
  updated_by_name: string | null;
  closed_at: Date | null;
  archived_at: Date | null;
  outcome: string | null;
  published_at: Date | null;
  publish_at: Date | null;
}

const DESK_COLUMNS = `c.id, c.data, c.created_at, c.updated_at, s.name AS updated_by_name,
  c.closed_at, c.archived_at, c.outcome, c.published_at, c.publish_at`;
const FROM = 'challenges c LEFT JOIN staff s ON s.id = c.updated_by';

const dateOrNull = (value: Date | null) => (value === null ? null : new Date(value));
export const versionOf = (data: string) =>
  createHash('sha256').update(data).digest('base64url').slice(0, 16);

/** A row whose data no longer fits the contract (edited by hand) is skipped, as the feed does. */
function fromRow(row: DeskRow): DeskChallenge | undefined {
  const parsed = Challenge.safeParse(JSON.parse(row.data));
  if (!parsed.success) return undefined;
  return {
    challenge: parsed.data,
    createdAt: new Date(row.created_at),
    updatedAt: dateOrNull(row.updated_at),
    updatedBy: row.updated_by_name,
    closedAt: dateOrNull(row.closed_at),
    archivedAt: dateOrNull(row.archived_at),
    outcome: row.outcome,
    publishedAt: dateOrNull(row.published_at),
    publishAt: dateOrNull(row.publish_at),
    version: versionOf(row.data),
  };
}

export async function findDeskChallenge(
  db: Queryable,
  id: string,
): Promise<DeskChallenge | undefined> {
  const [row] = await db.query<DeskRow>(`SELECT ${DESK_COLUMNS} FROM ${FROM} WHERE c.id = $1`, [
    id,
  ]);
  return row && fromRow(row);
}

/**
 * Whether a challenge is public at `now`: published, or a draft whose chosen time has passed (as
 * the feed reads it: server/data/challenges.ts `publishedSql`).
 */
export const isPublished = (item: Pick<DeskChallenge, 'publishedAt' | 'publishAt'>, now: Date) =>
  item.publishedAt !== null || (item.publishAt !== null && item.publishAt <= now);

/** Which challenges the list shows: by default the current ones (drafts, open and closed). */
export const CHALLENGE_VIEWS = ['current', 'drafts', 'open', 'closed', 'archived', 'all'] as const;
export type ChallengeView = (typeof CHALLENGE_VIEWS)[number];

/** Each view's condition on `challenges c`, with the time `now` (an SQL parameter) for drafts. */
const VIEW_CONDITIONS: Record<ChallengeView, (now: string) => string> = {
  current: () => 'c.archived_at IS NULL',
  drafts: (now) => `c.archived_at IS NULL AND NOT ${publishedSql('c', now)}`,
  open: (now) =>
    `c.archived_at IS NULL AND ${publishedSql('c', now)} AND c.data::json->>'status' = 'open'`,
  closed: () => "c.archived_at IS NULL AND c.data::json->>'status' = 'closed'",
  archived: () => 'c.archived_at IS NOT NULL',
  all: () => 'TRUE',
};

export interface ListedChallenge extends DeskChallenge {
  /** Answers received per kind, every answer counted (as the answer list shows them). */
  readonly counts: Readonly<Record<string, number>>;
  /** Answers still "ny". */
  readonly fresh: number;
}

/** A page of the list, and how many challenges each view holds (for the filter's links). */
export async function listDeskChallenges(
  db: Queryable,
  view: ChallengeView,
  page: { limit: number; offset: number },
  now: Date,
): Promise<{ challenges: ListedChallenge[]; totals: Record<ChallengeView, number> }> {
  const condition = VIEW_CONDITIONS[view]('$3::timestamptz');
  // A parameter no condition names cannot be sent: PostgreSQL could not tell its type.
  const params = [page.limit, page.offset, ...(condition.includes('$3') ? [now] : [])];
  const rows = await db.query<DeskRow>(
    `SELECT ${DESK_COLUMNS} FROM ${FROM} WHERE ${condition}
     ORDER BY c.position, c.id LIMIT $1 OFFSET $2`,
    params,
  );
  // Counted for this page's challenges only, by the index on (challenge_id, received_at).
  const counts = await db.query<{ challenge_id: string; kind: string; n: number; fresh: number }>(
    `SELECT s.challenge_id, s.kind, count(*)::int AS n,
            count(*) FILTER (WHERE s.status = 'received')::int AS fresh
     FROM submissions s JOIN (
       SELECT c.id FROM challenges c WHERE ${condition} ORDER BY c.position, c.id LIMIT $1 OFFSET $2
     ) shown ON shown.id = s.challenge_id
     GROUP BY s.challenge_id, s.kind`,
    params,
  );
  const [totals] = await db.query<Record<ChallengeView, number>>(
    `SELECT ${CHALLENGE_VIEWS.map(
      (name) =>
        `count(*) FILTER (WHERE ${VIEW_CONDITIONS[name]('$1::timestamptz')})::int AS ${name}`,
    ).join(', ')} FROM challenges c`,
    [now],
  );
  const challenges: ListedChallenge[] = [];
  for (const row of rows) {
    const challenge = fromRow(row);
    if (!challenge) continue;
    const mine = counts.filter((count) => count.challenge_id === row.id);
    challenges.push({
      ...challenge,
      counts: Object.fromEntries(mine.map((count) => [count.kind, count.n])),
      fresh: mine.reduce((sum, count) => sum + count.fresh, 0),
    });
  }
  return { challenges, totals: totals! };
}

async function recordEvent(
  db: Queryable,
  challengeId: string,
  staffId: string,
  what: ChallengeEventCode,
  now: Date,
  detail: string | null = null,
): Promise<void> {
  await db.query(
    `INSERT INTO challenge_events (id, challenge_id, staff_id, at, what, detail)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [randomUUID(), challengeId, staffId, now, what, detail],
  );
}

/** Who did what to a challenge, newest first. */
export async function listChallengeEvents(
  db: Queryable,
  challengeId: string,
  limit: number,
): Promise<
  { at: Date; staffName: string | null; what: ChallengeEventCode; detail: string | null }[]
> {
  const rows = await db.query<{
    at: Date;
    name: string | null;
    what: ChallengeEventCode;
    detail: string | null;
  }>(
    `SELECT e.at, s.name, e.what, e.detail FROM challenge_events e
     LEFT JOIN staff s ON s.id = e.staff_id
     WHERE e.challenge_id = $1 ORDER BY e.at DESC, e.id LIMIT $2`,
    [challengeId, limit],
  );
  return rows.map((row) => ({
    at: new Date(row.at),
    staffName: row.name,
    what: row.what,
    detail: row.detail,
  }));
}

/**
 * A new challenge, last in the feed's order: a draft, seen only in the desk and its preview until
 * it is published. `exists` when its id is taken.
 */
export async function createChallenge(
  db: Database,
  challenge: Challenge,
  staffId: string,
  now: Date,
): Promise<'created' | 'exists'> {
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO challenges (id, position, data, created_at, updated_at, updated_by, closed_at,
                               published_at)
       SELECT $1::text, coalesce(max(position), -1) + 1, $2::text, $3::timestamptz, $3::timestamptz,
              $4::uuid, $5::timestamptz, NULL
       FROM challenges
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        challenge.id,
        JSON.stringify(challenge),
        now,
        staffId,
        challenge.status === 'closed' ? now : null,
      ],
    );
    if (inserted.length === 0) return 'exists';
    await recordEvent(tx, challenge.id, staffId, 'created', now);
    return 'created';
  });
}

export type SaveResult = 'saved' | 'unchanged' | 'stale' | 'missing';

/**
 * Saves an edit made on the version `version` of the challenge: `stale` when a colleague saved
 * another meanwhile (nothing is overwritten). Changing the status here closes or reopens it.
 */
export async function saveChallenge(
  db: Database,
  challenge: Challenge,
  version: string,
  staffId: string,
  now: Date,
): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ data: string }>(
      'SELECT data FROM challenges WHERE id = $1 FOR UPDATE',
      [challenge.id],
    );
    if (!row) return 'missing';
    if (versionOf(row.data) !== version) return 'stale';
    const before = Challenge.safeParse(JSON.parse(row.data));
    const fields = before.success
      ? differingFields(before.data, challenge)
      : Object.keys(challenge).filter((key) => key !== 'id');
    if (fields.length === 0) return 'unchanged';
    await tx.query(
      `UPDATE challenges SET data = $2, updated_at = $3, updated_by = $4,
         closed_at = CASE WHEN $5 THEN coalesce(closed_at, $3) ELSE NULL END
       WHERE id = $1`,
      [challenge.id, JSON.stringify(challenge), now, staffId, challenge.status === 'closed'],
    );
    await recordEvent(tx, challenge.id, staffId, 'edited', now, fields.join(','));
    return 'saved';
  });
}

/**
 * Runs `change` on the stored challenge under a row lock and writes what it returns: the new
 * public part, and the desk's columns to set (as SQL after `SET`, with parameters from $5 on).
 */
async function changeChallenge(
  db: Database,
  id: string,
  staffId: string,
  now: Date,
  change: (current: DeskChallenge) => {
    status?: Challenge['status'];
    set: string;
    params?: readonly SqlParam[];
    event: ChallengeEventCode;
  },
  after?: (tx: Queryable) => Promise<void>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<DeskRow>(
      `SELECT ${DESK_COLUMNS} FROM ${FROM} WHERE c.id = $1 FOR UPDATE OF c`,
      [id],
    );
    const current = row && fromRow(row);
    if (!current) return false;
    const { status, set, params = [], event } = change(current);
    const data = { ...current.challenge, status: status ?? current.challenge.status };
    await tx.query(
      `UPDATE challenges SET data = $2, updated_at = $3, updated_by = $4, ${set} WHERE id = $1`,
      [id, JSON.stringify(data), now, staffId, ...params],
    );
    await recordEvent(tx, id, staffId, event, now);
    await after?.(tx);
    return true;
  });
}

/**
 * Closes it with what came of it; on a closed challenge, corrects the outcome. `tell` runs in the
 * same transaction once it is closed: the outcome mail (server/loop/outcome-mail.ts).
 */
export const closeChallenge = (
  db: Database,
  id: string,
  outcome: string,
  staffId: string,
  now: Date,
  tell?: (tx: Queryable) => Promise<void>,
) =>
  changeChallenge(
    db,
    id,
    staffId,
    now,
    (current) => ({
      status: 'closed',
      set: 'closed_at = coalesce(closed_at, $3), outcome = $5',
      params: [outcome || null],
      event: current.challenge.status === 'closed' ? 'outcome-changed' : 'closed',
    }),
    tell,
  );

/** Open for answers again; the outcome is kept (not shown) for when it closes again. */
export const reopenChallenge = (db: Database, id: string, staffId: string, now: Date) =>
  changeChallenge(db, id, staffId, now, () => ({
    status: 'open',
    set: 'closed_at = NULL',
    event: 'reopened',
  }));

/** Out of the feed and the default list, nothing deleted; `restore` brings it back. */
export const archiveChallenge = (db: Database, id: string, staffId: string, now: Date) =>
  changeChallenge(db, id, staffId, now, () => ({
    set: 'archived_at = coalesce(archived_at, $3)',
    event: 'archived',
  }));

export const restoreChallenge = (db: Database, id: string, staffId: string, now: Date) =>
  changeChallenge(db, id, staffId, now, () => ({ set: 'archived_at = NULL', event: 'restored' }));

/**
 * Makes a draft public now (a challenge already public is left as it is: false). A draft whose
 * chosen time has passed gets that time as when it was published.
 */
export async function publishChallenge(
  db: Database,
  id: string,
  staffId: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx.query(
      `UPDATE challenges
       SET published_at = CASE WHEN publish_at <= $2 THEN publish_at ELSE $2 END,
           publish_at = NULL, updated_at = $2, updated_by = $3
       WHERE id = $1 AND published_at IS NULL RETURNING id`,
      [id, now, staffId],
    );
    if (changed.length === 0) return false;
    await recordEvent(tx, id, staffId, 'published', now);
    return true;
  });
}

/**
 * A draft's time to go public (`at`), or none (null). Only a draft that is not public yet: false
 * for one that is, or whose chosen time has passed.
 */
export async function scheduleChallenge(
  db: Database,
  id: string,
  at: Date | null,
  staffId: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx.query(
      `UPDATE challenges SET publish_at = $2, updated_at = $3, updated_by = $4
       WHERE id = $1 AND published_at IS NULL AND (publish_at IS NULL OR publish_at > $3)
       RETURNING id`,
      [id, at, now, staffId],
    );
    if (changed.length === 0) return false;
    const event = at ? 'publish-scheduled' : 'publish-unscheduled';
    await recordEvent(tx, id, staffId, event, now, at?.toISOString() ?? null);
    return true;
  });
}

export interface ChallengeUpdateEntry {
  readonly id: string;
  readonly text: string;
  readonly postedAt: Date;
  readonly postedBy: string | null;
}

/** The updates on a challenge, newest first, at most `limit`. */
export async function listUpdates(
  db: Queryable,
  challengeId: string,
  limit: number,
): Promise<{ updates: ChallengeUpdateEntry[]; total: number }> {
  const rows = await db.query<{ id: string; text: string; posted_at: Date; name: string | null }>(
    `SELECT u.id, u.text, u.posted_at, s.name FROM challenge_updates u
     LEFT JOIN staff s ON s.id = u.posted_by
     WHERE u.challenge_id = $1 ORDER BY u.posted_at DESC, u.id LIMIT $2`,
    [challengeId, limit],
  );
  const [count] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM challenge_updates WHERE challenge_id = $1',
    [challengeId],
  );
  return {
    total: count?.n ?? 0,
    updates: rows.map((row) => ({
      id: row.id,
      text: row.text,
      postedAt: new Date(row.posted_at),
      postedBy: row.name,
    })),
  };
}

export async function postUpdate(
  db: Database,
  challengeId: string,
  text: string,
  staffId: string,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO challenge_updates (id, challenge_id, text, posted_at, posted_by)
       VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), challengeId, text, now, staffId],
    );
    await tx.query('UPDATE challenges SET updated_at = $2, updated_by = $3 WHERE id = $1', [
      challengeId,
      now,
      staffId,
    ]);
    await recordEvent(tx, challengeId, staffId, 'update-posted', now);
  });
}

/** Removes one update of this challenge; false when there is no such update on it. */
export async function deleteUpdate(
  db: Database,
  challengeId: string,
  updateId: string,
  staffId: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx.query(
      'DELETE FROM challenge_updates WHERE id = $1 AND challenge_id = $2 RETURNING id',
      [updateId, challengeId],
    );
    if (deleted.length === 0) return false;
    await tx.query('UPDATE challenges SET updated_at = $2, updated_by = $3 WHERE id = $1', [
      challengeId,
      now,
      staffId,
    ]);
    await recordEvent(tx, challengeId, staffId, 'update-deleted', now);
    return true;
  });
}
