// The side panel's `AnswerServices`: drafts in the extension's own IndexedDB (never in the web
// page), answers handed to the background's outbox, the outbox state read back from it.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { AnswerServices } from '../components/services';
import { DraftStore } from '../utils/drafts';
import type { OutboxItem } from '../utils/outbox';
import type { WidgetLocale } from '../utils/schema/config';
import type { Submission } from '../utils/schema/submission';
import { openStores } from '../utils/storage/samskab-db';
import { ask, onBroadcast } from './client';
import { ensureOriginPermission } from './origin-permission';
import { type Profile, prefillFrom } from './settings';

export async function panelServices(options: {
  locale: WidgetLocale;
  profile: Profile;
  endpoint: string;
  pageUrl: string;
}): Promise<AnswerServices> {
  const { stores, persistent } = await openStores({ indexedDB: globalThis.indexedDB ?? null });
  const items = signal<OutboxItem[]>([]);
  const online = signal(navigator.onLine);
  const refresh = async () => {
    items.value = await ask({ type: 'outbox-list' });
  };
  onBroadcast(() => void refresh());
  addEventListener('online', () => {
    online.value = true;
    void ask({ type: 'outbox-flush' });
  });
  addEventListener('offline', () => {
    online.value = false;
  });
  await refresh();
  return {
    locale: options.locale,
    source: 'extension',
    clientVersion: browser.runtime.getManifest().version,
    pageUrl: options.pageUrl,
    persistent,
    drafts: new DraftStore(stores.drafts),
    prefill: prefillFrom(options.profile),
    outbox: items,
    online,
    submit: async (submission: Submission) => {
      await ensureOriginPermission(options.endpoint, browser.permissions);
      await ask({ type: 'submit', submission, endpoint: options.endpoint });
      await refresh();
    },
    retryNow: async (id) => {
      await ask({ type: 'outbox-retry', id });
      await refresh();
    },
    discard: async (id) => {
      await ask({ type: 'outbox-discard', id });
      await refresh();
    },
    forget: async () => {
      await stores.drafts
        .all()
        .then((all) => Promise.all(all.map((d) => stores.drafts.delete(d.key))));
      for (const item of items.value) await ask({ type: 'outbox-discard', id: item.id });
      await refresh();
    },
    emit: () => undefined,
    now: Date.now,
  };
}
