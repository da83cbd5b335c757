import { Challenge } from './schema/challenge';
import { isAllowedRemoteUrl } from './schema/common';

export type FeedErrorCode = 'url' | 'network' | 'http' | 'size' | 'json' | 'shape';

/** The feed as a whole is unusable (as opposed to single invalid items, which are skipped). */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(`Samskab challenges feed: ${message}`);
  }
}

export type ParseDeps = {
  warn: (message: string) => void;
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
  const list = (json as { challenges?: unknown } | null)?.challenges;
  if (typeof json !== 'object' || Array.isArray(json) || !Array.isArray(list)) {
    throw new FeedError('shape', 'expected an object {"challenges": [...]}');
  }
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
        result.error.issues
          .map((issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.message}`)
          .join('; '),
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

export type FetchFeedDeps = Omit<ParseDeps, 'warn'> & {
  fetch: typeof fetch;
  warn?: (message: string) => void;
  maxBytes?: number;
};

/** GETs and parses a feed: no credentials, only allowed URLs, at most `maxBytes` (10 MB). */
export async function fetchChallenges(url: string, deps: FetchFeedDeps): Promise<Challenge[]> {
  // Called unbound: `window.fetch` invoked as `deps.fetch()` throws "Illegal invocation".
  const { fetch, maxBytes = 10_000_000 } = deps;
  if (!isAllowedRemoteUrl(url)) {
    throw new FeedError('url', `not an allowed URL (https, or http on localhost): ${url}`);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      mode: 'cors',
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    throw new FeedError('network', `could not be fetched from ${url}: ${String(cause)}`);
  }
  if (!response.ok) throw new FeedError('http', `${url} answered HTTP ${response.status}`);
  const tooBig = () => new FeedError('size', `${url} is larger than ${maxBytes} bytes`);
  if (Number(response.headers.get('Content-Length')) > maxBytes) throw tooBig();
  const text = await response.text();
  if (text.length > maxBytes) throw tooBig();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FeedError('json', `${url} is not valid JSON`);
  }
  return parseChallenges(json, { ...deps, warn: deps.warn ?? console.warn });
}
