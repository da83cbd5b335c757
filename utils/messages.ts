// Every runtime message the extension sends, as zod/mini schemas. The background parses each one
// and checks its sender (see `extension/background/router.ts`): a report from a page is untrusted
// input, and privileged requests are taken only from the extension's own pages.
import * as z from 'zod/mini';
import { CONFIG_KEYS, type ConfigKey } from './config-keys';
import { Challenge } from './schema/challenge';
import { RemoteUrl } from './schema/common';
import { Submission } from './schema/submission';

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

/** From the opt-in content script: the only message a web page's context may send. */
export const ReportMessage = z.strictObject({ type: z.literal('report'), report: DetectionReport });
export type ReportMessage = z.infer<typeof ReportMessage>;

const tabId = z.int().check(z.nonnegative());

/** From the extension's own pages (popup, side panel, options). */
export const PAGE_MESSAGES = [
  z.strictObject({ type: z.literal('detect'), tabId }),
  z.strictObject({ type: z.literal('save-page'), tabId }),
  z.strictObject({ type: z.literal('submit'), submission: Submission, endpoint: RemoteUrl }),
  z.strictObject({ type: z.literal('outbox-list') }),
  z.strictObject({ type: z.literal('outbox-retry'), id: short(100) }),
  z.strictObject({ type: z.literal('outbox-discard'), id: short(100) }),
  z.strictObject({ type: z.literal('outbox-flush') }),
  z.strictObject({ type: z.literal('scan-all'), enabled: z.boolean() }),
  z.strictObject({ type: z.literal('delete-all') }),
] as const;
export const PageMessage = z.discriminatedUnion('type', [...PAGE_MESSAGES]);
export type PageMessage = z.infer<typeof PageMessage>;

export type MessageType = ReportMessage['type'] | PageMessage['type'];

/** The extension's own pages, or the opt-in content script in a web page's top frame. */
export type SenderKind = 'extension-page' | 'content-script';

/**
 * The only sender each message is taken from. A message type missing here does not compile, and
 * the router refuses a type it has no rule for. Everything that reads or changes the volunteer's
 * data is for extension pages; a page's context may only report what it shows.
 */
export const SENDER_RULES: { readonly [T in MessageType]: SenderKind } = {
  report: 'content-script',
  detect: 'extension-page',
  'save-page': 'extension-page',
  submit: 'extension-page',
  'outbox-list': 'extension-page',
  'outbox-retry': 'extension-page',
  'outbox-discard': 'extension-page',
  'outbox-flush': 'extension-page',
  'scan-all': 'extension-page',
  'delete-all': 'extension-page',
};

/** The schema of every message the background takes, content script's first. */
export const MESSAGE_SCHEMAS = [ReportMessage, ...PAGE_MESSAGES] as const;

/** The `type` a message schema accepts, read from its literal. */
export const typeOf = (schema: (typeof MESSAGE_SCHEMAS)[number]): MessageType =>
  schema.shape.type._zod.def.values[0] as MessageType;

/** From the background to its pages: something changed, read it again. */
export const BroadcastMessage = z.object({
  type: z.enum(['outbox-changed', 'data-deleted']),
});
export type BroadcastMessage = z.infer<typeof BroadcastMessage>;

/** Every request to the background gets `{ ok: true, value }` or `{ ok: false, error }`. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
