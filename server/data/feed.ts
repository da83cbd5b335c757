// The challenges feed with protocol 1.1's loop fields (utils/schema/loop.ts): how many answers of
// each kind a challenge received, the municipality's updates, the outcome of a closed challenge and
// the answers staff published. Everything comes from a few bounded queries (a count per challenge
// and kind, at most 20 updates and 50 published answers per challenge, selected column by column),
// never from loading answers: the feed costs the same with 10 or 100,000 answers.
import { KINDS } from '../../utils/kinds';
import { Challenge } from '../../utils/schema/challenge';
import { ARCHIVED_MAX, PUBLISHED_MAX, UPDATES_MAX } from '../../utils/schema/limits';
import {
  type ChallengeCounts,
  ChallengeUpdate,
  type FeedChallenge,
  PublishedAnswer,
} from '../../utils/schema/loop';
import { publishedSql } from './challenges';
import type { Queryable, SqlParam } from './db';

/**
 * Which challenges: the public ones (published by `now`, the database's clock when not given, and
 * not archived), or one by id whatever its state (the desk's preview, drafts too).
 */
export type FeedScope = { readonly public: true; readonly now?: Date } | { readonly id: string };

const where = (scope: FeedScope): [string, SqlParam[]] => {
  if ('id' in scope) return ['c.id = $1', [scope.id]];
  return scope.now
    ? [`c.archived_at IS NULL AND ${publishedSql('c', '$1::timestamptz')}`, [scope.now]]
    : [`c.archived_at IS NULL AND ${publishedSql('c')}`, []];
};

interface ChallengeRow extends Record<string, unknown> {
  id: string;
  data: string;
  outcome: string | null;
}

interface CountRow extends Record<string, unknown> {
  challenge_id: string;
  kind: string;
  n: number;
}

interface UpdateRow extends Record<string, unknown> {
  challenge_id: string;
  posted_at: Date;
  text: string;
}

interface PublishedRow extends Record<string, unknown> {
  challenge_id: string;
  reference: string;
  kind: string;
  title: string | null;
  text: string;
  actor_type: string;
  organisation: string | null;
  status: string;
  reply: string | null;
  published_at: Date;
  seeks_help: boolean;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** Rows grouped by their challenge, in the order they came. */
function byChallenge<R extends { challenge_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(row.challenge_id) ?? [];
    group.push(row);
    groups.set(row.challenge_id, group);
  }
  return groups;
}

/**
 * Parts that do not fit the contract (a row edited by hand, a text the desk let through too long)
 * are left out, so one bad row cannot make every widget skip the whole challenge; each request
 * says so in one line per challenge, naming references, never text.
 */
function keepValid<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  values: readonly unknown[],
  left: string[],
  name: (index: number) => string,
): T[] {
  const kept: T[] = [];
  values.forEach((value, index) => {
    const result = schema.safeParse(value);
    if (result.success) kept.push(result.data);
    else left.push(name(index));
  });
  return kept;
}

/** `open`: a published proposal seeks help only while its challenge is open for answers. */
function publishedAnswer(row: PublishedRow, open: boolean): unknown {
  return {
    reference: row.reference,
    kind: row.kind,
    ...(row.title ? { title: row.title } : {}),
    text: row.text,
    actorType: row.actor_type,
    ...(row.organisation ? { organisation: row.organisation } : {}),
    status: row.status,
    ...(row.reply ? { reply: row.reply } : {}),
    publishedAt: iso(row.published_at),
    ...(row.seeks_help && open ? { seeksHelp: true } : {}),
  };
}

/** The feed's items for `scope`, in the desk's order (the seed's, then newest last). */
export async function feedChallenges(db: Queryable, scope: FeedScope): Promise<FeedChallenge[]> {
  const [condition, params] = where(scope);
  const [challenges, counts, updates, published] = await Promise.all([
    db.query<ChallengeRow>(
      `SELECT c.id, c.data, c.outcome FROM challenges c WHERE ${condition} ORDER BY c.position, c.id`,
      params,
    ),
    // A duplicate is one answer given twice (by phone and on the web, say): counted once.
    db.query<CountRow>(
      `SELECT s.challenge_id, s.kind, count(*)::int AS n
       FROM submissions s JOIN challenges c ON c.id = s.challenge_id
       WHERE ${condition} AND s.duplicate_of IS NULL
       GROUP BY s.challenge_id, s.kind`,
      params,
    ),
    db.query<UpdateRow>(
      `SELECT c.id AS challenge_id, u.posted_at, u.text
       FROM challenges c CROSS JOIN LATERAL (
         SELECT posted_at, text, id FROM challenge_updates
         WHERE challenge_id = c.id ORDER BY posted_at DESC, id LIMIT ${UPDATES_MAX}
       ) u
       WHERE ${condition} ORDER BY c.id, u.posted_at DESC, u.id`,
      params,
    ),
    // Column by column: the public title and text where staff edited them, the organisation only
    // with consent to publish, the reply only once published, the status the citizen was shown
    // (server/data/tables/loop.ts), not one staff are still working on; never a name, email or phone.
    db.query<PublishedRow>(
      `SELECT c.id AS challenge_id, p.*
       FROM challenges c CROSS JOIN LATERAL (
         SELECT s.reference, s.kind, nullif(coalesce(s.public_title, s.title), '') AS title,
                coalesce(nullif(s.public_text, ''), s.body) AS text, s.actor_type,
                CASE WHEN s.may_publish THEN nullif(s.organisation, '') END AS organisation,
                coalesce(s.shown_status, 'received') AS status,
                CASE WHEN s.reply_published_at IS NOT NULL THEN nullif(s.reply, '') END AS reply,
                s.published_at, s.seeks_help
         FROM submissions s
         WHERE s.challenge_id = c.id AND s.published_at IS NOT NULL AND s.erased_at IS NULL
         ORDER BY s.published_at DESC, s.reference LIMIT ${PUBLISHED_MAX}
       ) p
       WHERE ${condition} ORDER BY c.id, p.published_at DESC, p.reference`,
      params,
    ),
  ]);
  const countsOf = byChallenge(counts);
  const updatesOf = byChallenge(updates);
  const publishedOf = byChallenge(published);
  const items: FeedChallenge[] = [];
  for (const row of challenges) {
    const parsed = Challenge.safeParse(JSON.parse(row.data));
    if (!parsed.success) {
      console.warn(`feed: challenge "${row.id}" does not fit the contract and was left out`);
      continue;
    }
    const challenge = parsed.data;
    const tally = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as ChallengeCounts;
    for (const count of countsOf.get(row.id) ?? []) {
      if ((KINDS as readonly string[]).includes(count.kind))
        tally[count.kind as keyof ChallengeCounts] = count.n;
    }
    const outcome = challenge.status === 'closed' && row.outcome?.trim() ? row.outcome : undefined;
    const left: string[] = [];
    const ownUpdates = updatesOf.get(row.id) ?? [];
    const ownPublished = publishedOf.get(row.id) ?? [];
    items.push({
      ...challenge,
      counts: tally,
      updates: keepValid(
        ChallengeUpdate,
        ownUpdates.map((update) => ({ at: iso(update.posted_at), text: update.text })),
        left,
        (index) => `update of ${iso(ownUpdates[index]!.posted_at)}`,
      ),
      ...(outcome === undefined ? {} : { outcome }),
      published: keepValid(
        PublishedAnswer,
        ownPublished.map((answer) => publishedAnswer(answer, challenge.status === 'open')),
        left,
        (index) => `answer ${ownPublished[index]!.reference}`,
      ),
    });
    if (left.length > 0) {
      console.warn(
        `feed: challenge "${row.id}": ${left.length} part(s) do not fit the contract and were left out: ${left.slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''}`,
      );
    }
  }
  return items;
}

/**
 * The ids of the challenges the public saw and staff then archived, most recently archived first
 * (protocol 1.5, the feed's `archived`): a client that saved one stops listing it. A draft never
 * published is never named: its id was never public.
 */
export async function archivedChallengeIds(db: Queryable, now: Date): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT c.id FROM challenges c
     WHERE c.archived_at IS NOT NULL AND ${publishedSql('c', '$1::timestamptz')}
     ORDER BY c.archived_at DESC, c.id LIMIT ${ARCHIVED_MAX}`,
    [now],
  );
  return rows.map((row) => row.id);
}

/**
 * The feed for a reader of one language (`GET /api/challenges?locale=uk`, protocol 1.3): each
 * challenge carries only that language's translation, or none, so a widget downloads the words it
 * shows. `language` undefined (no `?locale=`, or no language tag): every translation, as before.
 */
export function inLanguage(
  items: readonly FeedChallenge[],
  language: string | undefined,
): readonly FeedChallenge[] {
  if (language === undefined) return items;
  return items.map(({ translations, ...item }) => {
    const own = translations && Object.hasOwn(translations, language) && translations[language];
    return own ? { ...item, translations: { [language]: own } } : item;
  });
}

/**
 * Widgets refuse a feed over 10,000,000 bytes whole (utils/feed-fetch.ts). Fifty published
 * answers of 8,000 characters on each of a dozen challenges would pass that, so when the feed
 * would be larger than `budget` bytes, every challenge carries fewer of its newest published
 * answers (halved until it fits) rather than every widget showing nothing.
 */
export function fitFeed(
  items: readonly FeedChallenge[],
  budget: number,
  archived: readonly string[] = [],
): { items: readonly FeedChallenge[]; body: string } {
  let limit = PUBLISHED_MAX;
  let fitted = items;
  for (;;) {
    // `archived` only when there are any: a feed without them is byte for byte as before 1.5.
    const body = JSON.stringify(
      archived.length > 0 ? { challenges: fitted, archived } : { challenges: fitted },
    );
    if (Buffer.byteLength(body) <= budget || limit === 0) return { items: fitted, body };
    limit = Math.floor(limit / 2);
    fitted = items.map((item) => ({ ...item, published: item.published?.slice(0, limit) }));
  }
}

/** Room for the feed below the widgets' 10,000,000 bytes, with a margin. */
export const FEED_BUDGET_BYTES = 8_000_000;
