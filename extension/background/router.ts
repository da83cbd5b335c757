// Every runtime message to the background passes here: its sender is classified, the message's
// type must be one that sender may send (`SENDER_RULES`), and only then is it parsed with its zod
// schema and run. A report from a web page's content script is the only message a page's context
// may send, and it gets nothing back; everything else must come from the extension's own pages.
import type * as z from 'zod/mini';
import {
  type MessageType,
  PageMessage,
  type Reply,
  ReportMessage,
  SENDER_RULES,
  type SenderKind,
} from '../../utils/messages';
import { englishErrors } from '../../utils/schema/english';
import { describeIssues } from '../../utils/schema/issues';
import type { OutboxWorker } from './outbox-worker';
import type { TabDetector } from './tabs';

/** The fields of `runtime.MessageSender` that are checked. */
export interface Sender {
  id?: string;
  url?: string;
  /** Chrome only: the sending document's origin, without a trailing slash. */
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type RouterDeps = {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  tabs: TabDetector;
  worker: OutboxWorker;
  /**
   * Whether the volunteer confirmed this endpoint for this challenge: saved it and granted its
   * origin (see `confirmed-endpoint.ts`). Nothing is queued for an endpoint they did not.
   */
  endpointConfirmed(endpoint: string, challengeId: string): Promise<boolean>;
  setScanAll(enabled: boolean): Promise<boolean>;
  /** Saves the tab's page by hand, prefilled from its JSON-LD where present. */
  savePage(tabId: number): Promise<unknown>;
  deleteAll(): Promise<void>;
};

type Origin = Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>;

const ours = (url: string | undefined, deps: Origin) =>
  typeof url === 'string' && url.startsWith(deps.extensionOrigin);

/**
 * A page of this extension: popup, side panel, or one opened in a tab (the options page opens in
 * one). In a tab it must be the tab's top document, so a frame of ours inside a web page would not
 * count, should any page ever become web-accessible.
 */
export const isExtensionPage = (sender: Sender, deps: Origin): boolean =>
  sender.id === deps.extensionId &&
  ours(sender.url, deps) &&
  (sender.origin === undefined || `${sender.origin}/` === deps.extensionOrigin) &&
  (sender.tab === undefined ||
    (sender.frameId === 0 && (sender.tab.url === undefined || ours(sender.tab.url, deps))));

/** A content script in a web page's top frame: it has a tab, and a URL that is not ours. */
export const isContentScript = (sender: Sender, deps: Origin): boolean =>
  sender.id === deps.extensionId &&
  typeof sender.tab?.id === 'number' &&
  sender.frameId === 0 &&
  typeof sender.url === 'string' &&
  !ours(sender.url, deps);

export const senderKind = (sender: Sender, deps: Origin): SenderKind | undefined => {
  if (isExtensionPage(sender, deps)) return 'extension-page';
  if (isContentScript(sender, deps)) return 'content-script';
  return undefined;
};

const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
const fail = (error: string): Reply<never> => ({ ok: false, error });

/** Replies stay short whatever the message carried (a key name may be a megabyte long). */
const MAX_ERROR = 300;
const clip = (text: string) => (text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR)}…` : text);

const describe = (issues: readonly z.core.$ZodIssue[]) =>
  clip(`invalid message: ${describeIssues(issues, { root: '(message)', limit: 3 })}`);

const typeOfMessage = (message: unknown): string | undefined =>
  typeof message === 'object' &&
  message !== null &&
  !Array.isArray(message) &&
  typeof (message as { type?: unknown }).type === 'string'
    ? (message as { type: string }).type
    : undefined;

const isMessageType = (type: string): type is MessageType => Object.hasOwn(SENDER_RULES, type);

/** Never throws: whatever arrives, the reply says what was wrong and the worker goes on. */
export async function route(
  message: unknown,
  sender: Sender,
  deps: RouterDeps,
): Promise<Reply<unknown>> {
  const kind = senderKind(sender, deps);
  if (!kind) return fail('sender not allowed');
  const type = typeOfMessage(message);
  if (type === undefined) return fail('invalid message: expected an object with a string "type"');
  if (!isMessageType(type)) return fail(clip(`invalid message: unknown type "${type}"`));
  if (SENDER_RULES[type] !== kind) {
    return fail(`sender not allowed: "${type}" is taken only from ${SENDER_RULES[type]}s`);
  }
  try {
    if (kind === 'content-script') {
      const parsed = ReportMessage.safeParse(message, englishErrors);
      if (!parsed.success) return fail(describe(parsed.error.issues));
      // Counted only: the page learns nothing back.
      await deps.tabs.report(sender.tab!.id!, parsed.data.report);
      return ok(null);
    }
    const parsed = PageMessage.safeParse(message, englishErrors);
    if (!parsed.success) return fail(describe(parsed.error.issues));
    return await run(parsed.data, deps);
  } catch (error) {
    // A content script is told nothing about the worker's state.
    return fail(kind === 'content-script' ? 'failed' : clip(`failed: ${String(error)}`));
  }
}

async function run(request: PageMessage, deps: RouterDeps): Promise<Reply<unknown>> {
  switch (request.type) {
    case 'detect':
      return ok(await deps.tabs.detect(request.tabId));
    case 'save-page':
      return ok(await deps.savePage(request.tabId));
    case 'submit':
      if (!(await deps.endpointConfirmed(request.endpoint, request.submission.challenge.id))) {
        return fail(
          `endpoint not confirmed: ${clip(request.endpoint)} (save the challenge and send from the side panel)`,
        );
      }
      return ok(await deps.worker.submit(request.submission, request.endpoint));
    case 'outbox-list':
      return ok(await deps.worker.outbox.list());
    case 'outbox-retry':
      await deps.worker.retryNow(request.id);
      return ok(null);
    case 'outbox-discard':
      await deps.worker.discard(request.id);
      return ok(null);
    case 'outbox-flush':
      await deps.worker.flush();
      return ok(null);
    case 'scan-all':
      return ok(await deps.setScanAll(request.enabled));
    case 'delete-all':
      await deps.deleteAll();
      return ok(null);
  }
}
