// A feed for the extension: its valid challenges (the shared `parseChallenges`) and, from a
// protocol 1.1 receiver, each challenge's `updates`, which the shared challenge schema leaves out
// (the widget's answer chunk must not carry the loop's schemas). An item's invalid updates are
// dropped, never the challenge. From a protocol 1.5 receiver, the ids of the challenges it
// archived (`archived`): the saved ones among them are no longer listed (saved-updates.ts).
import * as z from 'zod/mini';
import { parseChallenges } from '../utils/feed';
import { fetchFeedJson } from '../utils/feed-fetch';
import type { Challenge } from '../utils/schema/challenge';
import { Slug } from '../utils/schema/common';
import { ARCHIVED_MAX, UPDATES_MAX } from '../utils/schema/limits';
import { ChallengeUpdate } from '../utils/schema/loop';

export type LoadedFeed = {
  challenges: Challenge[];
  /** By challenge id, newest first. */
  updates: ReadonlyMap<string, ChallengeUpdate[]>;
  /** The challenges the receiver archived (protocol 1.5); empty from an older feed. */
  archived: ReadonlySet<string>;
};

const Updates = z.array(ChallengeUpdate).check(z.maxLength(UPDATES_MAX));

/** Each item's valid `updates`, read as own properties of JSON from elsewhere. */
export function updatesOf(json: unknown): Map<string, ChallengeUpdate[]> {
  const out = new Map<string, ChallengeUpdate[]>();
  const list =
    typeof json === 'object' && json !== null && Object.hasOwn(json, 'challenges')
      ? (json as { challenges: unknown }).challenges
      : undefined;
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    if (!Object.hasOwn(item, 'id') || !Object.hasOwn(item, 'updates')) continue;
    const { id, updates } = item as { id: unknown; updates: unknown };
    const parsed = Updates.safeParse(updates);
    if (typeof id === 'string' && parsed.success && !out.has(id)) {
      out.set(
        id,
        [...parsed.data].sort((a, b) => (a.at < b.at ? 1 : -1)),
      );
    }
  }
  return out;
}

/**
 * The feed's valid `archived` ids, read as an own property: the first ARCHIVED_MAX, each a
 * challenge id; anything else in the list is left out, never the feed.
 */
export function archivedOf(json: unknown): Set<string> {
  const list =
    typeof json === 'object' && json !== null && Object.hasOwn(json, 'archived')
      ? (json as { archived: unknown }).archived
      : undefined;
  if (!Array.isArray(list)) return new Set();
  return new Set(
    list.slice(0, ARCHIVED_MAX).filter((id): id is string => Slug.safeParse(id).success),
  );
}

export async function parseFeed(
  json: unknown,
  warn: (message: string) => void,
): Promise<LoadedFeed> {
  return {
    challenges: await parseChallenges(json, { warn }),
    updates: updatesOf(json),
    archived: archivedOf(json),
  };
}

export async function loadFeed(
  url: string,
  deps: { fetch: typeof fetch; warn?: (message: string) => void },
): Promise<LoadedFeed> {
  const json = await fetchFeedJson(url, { fetch: deps.fetch });
  return parseFeed(json, deps.warn ?? (() => {}));
}
