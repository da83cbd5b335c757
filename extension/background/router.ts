// Every runtime message to the background passes here: its sender is classified, the message's
// type must be one that sender may send (its `from` in `PROTOCOL`), and only then is it parsed
// with its zod schema and handed to its handler. A report from a web page's content script is the
// only message a page's context may send, and it gets nothing back; everything else must come
// from the extension's own pages.
import type * as z from 'zod/mini';
import type { Reply } from '../../utils/messages';
import { englishErrors } from '../../utils/schema/english';
import { describeIssues } from '../../utils/schema/issues';
import {
  clip,
  type HandlerDeps,
  isMessageType,
  MESSAGE_SCHEMAS,
  PROTOCOL,
  Refused,
  type SenderKind,
} from './protocol';

/** The fields of `runtime.MessageSender` that are checked. */
export interface Sender {
  id?: string;
  url?: string;
  /** Chrome only: the sending document's origin, without a trailing slash. */
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type RouterDeps = HandlerDeps & {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
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

const describe = (issues: readonly z.core.$ZodIssue[]) =>
  clip(`invalid message: ${describeIssues(issues, { root: '(message)', limit: 3 })}`);

const typeOfMessage = (message: unknown): string | undefined =>
  typeof message === 'object' &&
  message !== null &&
  !Array.isArray(message) &&
  typeof (message as { type?: unknown }).type === 'string'
    ? (message as { type: string }).type
    : undefined;

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
  const entry = PROTOCOL[type];
  if (entry.from !== kind) {
    return fail(`sender not allowed: "${type}" is taken only from ${entry.from}s`);
  }
  try {
    const parsed = MESSAGE_SCHEMAS[type].safeParse(message, englishErrors);
    if (!parsed.success) return fail(describe(parsed.error.issues));
    // The schema just parsed this message: it is what the handler of its type takes.
    const request = parsed.data as never;
    if (entry.from === 'content-script') {
      // Counted only: the page learns nothing back.
      await entry.handle(request, deps, sender.tab!.id!);
      return ok(null);
    }
    return ok(await entry.handle(request, deps));
  } catch (error) {
    // A content script is told nothing about the worker's state.
    if (kind === 'content-script') return fail('failed');
    return fail(error instanceof Refused ? error.message : clip(`failed: ${String(error)}`));
  }
}

/**
 * For `runtime.onMessage`: routes once the background's state (the outbox's database) is open.
 * Never rejects: a state that could not be opened is a reply too.
 */
export const respond = (
  message: unknown,
  sender: Sender,
  deps: Promise<RouterDeps>,
): Promise<Reply<unknown>> =>
  deps
    .then((ready) => route(message, sender, ready))
    .catch((error: unknown) => fail(String(error)));
