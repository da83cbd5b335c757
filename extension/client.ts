// How extension pages talk to the background: typed requests, replies checked for shape.
import { browser } from 'wxt/browser';
import type { TabDetection } from '../utils/messages';
import { BroadcastMessage, type PageMessage, type Reply } from '../utils/messages';
import type { Opportunity } from '../utils/opportunities';
import type { OutboxItem } from '../utils/outbox';

type Replies = {
  detect: TabDetection;
  submit: OutboxItem;
  'save-page': Opportunity;
  'outbox-list': OutboxItem[];
  'outbox-retry': null;
  'outbox-discard': null;
  'outbox-flush': null;
  'scan-all': boolean;
  'delete-all': null;
};

export async function ask<M extends PageMessage>(message: M): Promise<Replies[M['type']]> {
  const reply = (await browser.runtime.sendMessage(message)) as
    | Reply<Replies[M['type']]>
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
