import { FeedError, type FetchJsonDeps, fetchFeedJson } from './feed-fetch';
import { Challenge } from './schema/challenge';
import { describeInWords } from './schema/issues';

export { FeedError, type FeedErrorCode, MAX_FEED_BYTES } from './feed-fetch';

export type ParseDeps = {
  warn: (message: string) => void;
  /** The language of the warnings' words ("url mangler"); English by default. */
  locale?: 'da' | 'en';
  /** Gives the main thread back; defaults to scheduler.yield or a zero timeout. */
  yieldToMain?: () => Promise<void>;
  sliceMs?: number;
  now?: () => number;
  /**
   * Called at the end of each slice with the valid items so far (the same growing array), so a
   * paged list can paint its first page long before 10,000 items are validated.
   */
  onProgress?: (validSoFar: readonly Challenge[]) => void;
};

const MAX_WARNINGS = 20;

/**
 * The items of a feed, `{ "challenges": [...] }`, read as an own property: a feed is JSON from
 * elsewhere, and a page whose Object.prototype was polluted must not supply the list.
 */
function feedItems(json: unknown): unknown[] {
  const list =
    typeof json === 'object' && json !== null && Object.hasOwn(json, 'challenges')
      ? (json as { challenges: unknown }).challenges
      : undefined;
  if (!Array.isArray(list)) {
    throw new FeedError('shape', 'expected an object {"challenges": [...]}');
  }
  return list;
}

type Scheduler = { yield?: () => Promise<void> };
const defaultYield = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Validates the feed item by item, skipping invalid ones with a warning that names them, and
 * yields every `sliceMs` so that even 10,000 items never make a long task.
 */
export async function parseChallenges(json: unknown, deps: ParseDeps): Promise<Challenge[]> {
  const list = feedItems(json);
  const { warn, sliceMs = 8, now = () => performance.now() } = deps;
  const yieldToMain = deps.yieldToMain ?? defaultYield;
  const valid: Challenge[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const skip = (index: number, item: unknown, reason: string) => {
    // Thousands of console lines would themselves be a long task: name the first few only.
    if (++skipped <= MAX_WARNINGS) {
      const id = (item as { id?: unknown } | null)?.id;
      const name = typeof id === 'string' ? ` (id "${id.slice(0, 80)}")` : '';
      warn(`Samskab: challenge #${index}${name} skipped: ${reason}`);
    }
  };
  let sliceStart = now();
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    const result = Challenge.safeParse(item);
    if (!result.success) {
      skip(
        index,
        item,
        describeInWords(result.error.issues, item, { root: '(item)', locale: deps.locale }),
      );
    } else if (seen.has(result.data.id)) {
      skip(index, item, 'the same id appears earlier in the feed');
    } else {
      seen.add(result.data.id);
      valid.push(result.data);
    }
    if (now() - sliceStart >= sliceMs) {
      deps.onProgress?.(valid);
      await yieldToMain();
      sliceStart = now();
    }
  }
  if (skipped > MAX_WARNINGS) {
    warn(`Samskab: ${skipped - MAX_WARNINGS} more invalid challenges skipped`);
  }
  return valid;
}

export type FetchFeedDeps = Omit<ParseDeps, 'warn'> &
  FetchJsonDeps & {
    warn?: (message: string) => void;
  };

/** GETs and parses a feed: no credentials, only allowed URLs, at most `maxBytes` (MAX_FEED_BYTES). */
export async function fetchChallenges(url: string, deps: FetchFeedDeps): Promise<Challenge[]> {
  const json = await fetchFeedJson(url, deps);
  return parseChallenges(json, { ...deps, warn: deps.warn ?? console.warn });
}
