// What the extension's runtime messages carry, as zod/mini schemas: a page's detection report
// (untrusted input), what the background makes of it, the broadcasts to the pages, and the reply
// envelope. Which message carries what, who may send it and who answers it is one table:
// `PROTOCOL` in `extension/background/protocol.ts`.
import * as z from 'zod/mini';
import { CONFIG_KEYS, type ConfigKey } from './config-keys';
import { Challenge } from './schema/challenge';
import { RemoteUrl } from './schema/common';
import { UPDATES_MAX } from './schema/limits';
import { ChallengeUpdate } from './schema/loop';

const short = (max: number) => z.string().check(z.maxLength(max));
const nullable = (max: number) => z.nullable(short(max));

// Strict objects throughout: a key nobody asked for (a `__proto__`, a megabyte of padding) makes
// the whole message invalid instead of being carried along.
export const DetectedConfig = z.strictObject(
  Object.fromEntries(CONFIG_KEYS.map((key) => [key, nullable(2000)])) as Record<
    ConfigKey,
    ReturnType<typeof nullable>
  >,
);

/** What `detectSamskab` returns: raw strings from the page, bounded in count and length. */
export const DetectionReport = z.strictObject({
  url: short(2000),
  title: short(300),
  mounts: z.array(DetectedConfig).check(z.maxLength(20)),
  scripts: z.array(DetectedConfig).check(z.maxLength(20)),
  inline: z.array(z.nullable(short(2_000_000))).check(z.maxLength(20)),
});
export type DetectionReportMessage = z.infer<typeof DetectionReport>;

/** A challenge found on a page, with the endpoint that page configured for it. */
export const Detected = z.object({
  challenge: Challenge,
  endpoint: RemoteUrl,
  pageUrl: short(2000),
  /** The feed it came from (not for inline challenges): where its updates are read again. */
  feedUrl: z.optional(RemoteUrl),
  /** Protocol 1.1: the municipality's posts on it, newest first. */
  updates: z.optional(z.array(ChallengeUpdate).check(z.maxLength(UPDATES_MAX))),
});
export type Detected = z.infer<typeof Detected>;

/** Why a page gave nothing: the popup names it in the volunteer's language. */
export const PROBLEMS = [
  'no-access',
  'invalid-report',
  'invalid-inline',
  'no-endpoint',
  'feed-url',
  'feed-failed',
] as const;
export const Problem = z.enum(PROBLEMS);
export type Problem = z.infer<typeof Problem>;

export const TabDetection = z.object({
  tabId: z.number(),
  pageUrl: short(2000),
  title: short(300),
  found: z.array(Detected),
  /** Why nothing could be read (no permission, broken feed…), for the popup to say. */
  problem: z.optional(Problem),
});
export type TabDetection = z.infer<typeof TabDetection>;

/** From the background to its pages: something changed, read it again. */
export const BroadcastMessage = z.object({
  type: z.enum(['outbox-changed', 'data-deleted']),
});
export type BroadcastMessage = z.infer<typeof BroadcastMessage>;

/** Every request to the background gets `{ ok: true, value }` or `{ ok: false, error }`. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
