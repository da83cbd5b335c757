// How extension pages talk to the background: typed requests, replies checked for shape. The
// request and reply types come from the background's `PROTOCOL` table, as types only: no
// background code reaches a page's bundle.
import { browser } from 'wxt/browser';
import { BroadcastMessage, type Reply } from '../utils/messages';
import type { PageRequest, ReplyTo } from './background/protocol';

/** Asks the background; resolves with its handler's reply, rejects with the refusal. */
export async function ask<M extends PageRequest>(message: M): Promise<ReplyTo<M['type']>> {
  const reply = (await browser.runtime.sendMessage(message)) as
    | Reply<ReplyTo<M['type']>>
    | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error('no reply');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Calls `listener` for each valid broadcast from the background; returns the unsubscribe. */
export function onBroadcast(listener: (message: BroadcastMessage) => void): () => void {
  const handler = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only the background broadcasts: not a content script, not another extension.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const parsed = BroadcastMessage.safeParse(message);
    if (parsed.success) listener(parsed.data);
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
