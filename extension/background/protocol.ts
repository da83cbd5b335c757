// The extension's protocol in one table: for every message the background takes, who may send it,
// the zod/mini shape of what it carries besides its `type`, and the handler that answers it.
// Adding a message is one entry here; the router (`router.ts`) checks the sender, parses and runs
// it, and the pages' `ask()` (`../client.ts`) reads the reply type off the handler. Extension
// pages import this file's *types* only: its values (schemas, handlers) belong to the background.
import * as z from 'zod/mini';
import { DetectionReport } from '../../utils/messages';
import type { Opportunity } from '../../utils/opportunities';
import { RemoteUrl } from '../../utils/schema/common';
import { Submission } from '../../utils/schema/submission';
import type { OutboxWorker } from './outbox-worker';
import type { TabDetector } from './tabs';

/** The extension's own pages, or the opt-in content script in a web page's top frame. */
export type SenderKind = 'extension-page' | 'content-script';

/** What the handlers work with: the background's state and side effects, passed in. */
export type HandlerDeps = {
  tabs: TabDetector;
  worker: OutboxWorker;
  /**
   * Whether the volunteer confirmed this endpoint for this challenge: saved it and granted its
   * origin (see `confirmed-endpoint.ts`). Nothing is queued for an endpoint they did not.
   */
  endpointConfirmed(endpoint: string, challengeId: string): Promise<boolean>;
  /** `scan-all.ts`. */
  setScanAll(enabled: boolean): Promise<boolean>;
  /** Saves the tab's page by hand, prefilled from its JSON-LD where present (`save-page.ts`). */
  savePage(tabId: number): Promise<Opportunity>;
  /** `delete-all.ts`. */
  deleteAll(): Promise<void>;
  /** `status-check.ts`: asks the receivers about answers due a check. */
  checkStatuses(): Promise<number>;
  /**
   * `saved-updates.ts`: reads the saved challenges' feeds again (through the feed cache), for
   * their news, their status and whether they were archived; the number changed.
   */
  refreshSaved(): Promise<number>;
  markStatusSeen(ids: readonly string[]): Promise<void>;
};

/** A refusal the handler words itself: the router replies with its message as it is. */
export class Refused extends Error {
  override readonly name = 'Refused';
}

/** Replies stay short whatever the message carried (a key name may be a megabyte long). */
export const MAX_ERROR = 300;
export const clip = (text: string) =>
  text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR)}…` : text;

type Shape = z.core.$ZodLooseShape;
/** What a handler is given: the message as its schema parsed it (its `type` aside). */
type Payload<S extends Shape> = z.output<z.ZodMiniObject<S, z.core.$strict>>;

/** A request from the extension's own pages; whatever the handler returns is the reply. */
export type PageRoute<S extends Shape, R> = {
  readonly from: 'extension-page';
  readonly shape: S;
  handle(message: Payload<S>, deps: HandlerDeps): Promise<R>;
};
/** A report from the content script in a web page's top frame: it always gets `null` back. */
export type ContentScriptRoute<S extends Shape> = {
  readonly from: 'content-script';
  readonly shape: S;
  handle(message: Payload<S>, deps: HandlerDeps, tabId: number): Promise<unknown>;
};

const fromPages = <S extends Shape, R>(
  shape: S,
  handle: (message: Payload<S>, deps: HandlerDeps) => Promise<R>,
): PageRoute<S, R> => ({ from: 'extension-page', shape, handle });

const fromContentScript = <S extends Shape>(
  shape: S,
  handle: (message: Payload<S>, deps: HandlerDeps, tabId: number) => Promise<unknown>,
): ContentScriptRoute<S> => ({ from: 'content-script', shape, handle });

const short = (max: number) => z.string().check(z.maxLength(max));
const tabId = z.int().check(z.nonnegative());

/**
 * Every message the background takes. Everything that reads or changes the volunteer's data is
 * for extension pages; a page's context may only report what it shows, and learns nothing back.
 */
export const PROTOCOL = {
  report: fromContentScript({ report: DetectionReport }, ({ report }, deps, tab) =>
    deps.tabs.report(tab, report),
  ),
  detect: fromPages({ tabId }, (message, deps) => deps.tabs.detect(message.tabId)),
  'save-page': fromPages({ tabId }, (message, deps) => deps.savePage(message.tabId)),
  submit: fromPages(
    { submission: Submission, endpoint: RemoteUrl },
    async ({ submission, endpoint }, deps) => {
      if (!(await deps.endpointConfirmed(endpoint, submission.challenge.id))) {
        throw new Refused(
          `endpoint not confirmed: ${clip(endpoint)} (save the challenge and send from the side panel)`,
        );
      }
      return deps.worker.submit(submission, endpoint);
    },
  ),
  'outbox-list': fromPages({}, (_, deps) => deps.worker.outbox.list()),
  'outbox-retry': fromPages({ id: short(100) }, async ({ id }, deps) => {
    await deps.worker.retryNow(id);
    return null;
  }),
  'outbox-discard': fromPages({ id: short(100) }, async ({ id }, deps) => {
    await deps.worker.discard(id);
    return null;
  }),
  'outbox-flush': fromPages({}, async (_, deps) => {
    await deps.worker.flush();
    return null;
  }),
  'status-check': fromPages({}, (_, deps) => deps.checkStatuses()),
  'saved-refresh': fromPages({}, (_, deps) => deps.refreshSaved()),
  'status-seen': fromPages(
    { ids: z.array(short(100)).check(z.maxLength(200)) },
    async ({ ids }, deps) => {
      await deps.markStatusSeen(ids);
      return null;
    },
  ),
  'scan-all': fromPages({ enabled: z.boolean() }, ({ enabled }, deps) => deps.setScanAll(enabled)),
  'delete-all': fromPages({}, async (_, deps) => {
    await deps.deleteAll();
    return null;
  }),
} satisfies Record<string, PageRoute<Shape, unknown> | ContentScriptRoute<Shape>>;

export type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;

/** The messages an extension page may send (all but the content script's). */
export type PageMessageType = {
  [T in MessageType]: Protocol[T]['from'] extends 'extension-page' ? T : never;
}[MessageType];

/** What a message carries besides its `type`, as its sender writes it. */
type Input<S extends Shape> = keyof S extends never
  ? Record<never, never>
  : z.input<z.ZodMiniObject<S, z.core.$strict>>;
/** A message as its sender writes it. */
export type Request<T extends MessageType> = { type: T } & Input<Protocol[T]['shape']>;
export type PageRequest = { [T in PageMessageType]: Request<T> }[PageMessageType];

/** What the background answers a page's request with: whatever its handler returns. */
export type ReplyTo<T extends PageMessageType> = Awaited<ReturnType<Protocol[T]['handle']>>;

export const MESSAGE_TYPES = Object.keys(PROTOCOL) as MessageType[];

export const isMessageType = (type: string): type is MessageType => Object.hasOwn(PROTOCOL, type);

const byType = <V>(value: (type: MessageType) => V) =>
  Object.fromEntries(MESSAGE_TYPES.map((type) => [type, value(type)])) as {
    readonly [T in MessageType]: V;
  };

/**
 * Each message's whole schema: strict, so a key nobody asked for (a `__proto__`, a megabyte of
 * padding) makes the message invalid instead of being carried along.
 */
export const MESSAGE_SCHEMAS = byType(
  (type): z.ZodMiniType => z.strictObject({ ...PROTOCOL[type].shape, type: z.literal(type) }),
);

/** The only sender each message is taken from, read off the table. */
export const SENDER_RULES = byType((type): SenderKind => PROTOCOL[type].from);
