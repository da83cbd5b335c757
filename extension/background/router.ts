// Every runtime message to the background passes here: parsed with its zod schema and checked
// against its sender before anything runs. A report from a web page's content script is the only
// message a page's context may send; everything else must come from the extension's own pages.
import { PageMessage, type Reply, ReportMessage } from '../../utils/messages';
import type { OutboxWorker } from './outbox-worker';
import type { TabDetector } from './tabs';

/** The fields of `runtime.MessageSender` that are checked. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type RouterDeps = {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  tabs: TabDetector;
  worker: OutboxWorker;
  setScanAll(enabled: boolean): Promise<boolean>;
  /** Saves the tab's page by hand, prefilled from its JSON-LD where present. */
  savePage(tabId: number): Promise<unknown>;
  deleteAll(): Promise<void>;
};

export const isExtensionPage = (sender: Sender, deps: RouterDeps): boolean =>
  sender.id === deps.extensionId &&
  typeof sender.url === 'string' &&
  sender.url.startsWith(deps.extensionOrigin);

/** A content script in a web page's top frame: it has a tab, and its URL is not ours. */
export const isContentScript = (sender: Sender, deps: RouterDeps): boolean =>
  sender.id === deps.extensionId &&
  typeof sender.tab?.id === 'number' &&
  sender.frameId === 0 &&
  !(sender.url ?? '').startsWith(deps.extensionOrigin);

const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
const fail = (error: string): Reply<never> => ({ ok: false, error });

export async function route(
  message: unknown,
  sender: Sender,
  deps: RouterDeps,
): Promise<Reply<unknown>> {
  if (isContentScript(sender, deps)) {
    const parsed = ReportMessage.safeParse(message);
    if (!parsed.success) return fail('invalid message');
    // Counted only: the page learns nothing back.
    await deps.tabs.report(sender.tab!.id!, parsed.data.report);
    return ok(null);
  }
  if (!isExtensionPage(sender, deps)) return fail('sender not allowed');
  const parsed = PageMessage.safeParse(message);
  if (!parsed.success) return fail('invalid message');
  const request = parsed.data;
  switch (request.type) {
    case 'detect':
      return ok(await deps.tabs.detect(request.tabId));
    case 'save-page':
      return ok(await deps.savePage(request.tabId));
    case 'submit':
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
