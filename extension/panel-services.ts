// The side panel's `AnswerServices`: drafts in the extension's own IndexedDB (never in the web
// page), answers handed to the background's outbox, the outbox state read back from it. One set
// per challenge shown: its listeners live in the `ListenerCollection` the panel removes when it
// shows another challenge or closes, and the database is the page's, opened once.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { AnswerServices } from '../components/services';
import { DraftStore } from '../utils/drafts';
import { CATALOGUES } from '../utils/i18n/all';
import type { Locale } from '../utils/i18n/languages';
import type { OutboxItem } from '../utils/outbox';
import type { Submission } from '../utils/schema/submission';
import type { OpenedStores } from '../utils/storage/samskab-db';
import { ask, onBroadcast } from './client';
import type { ListenerCollection } from './listeners';
import {
  type ConfirmedOrigins,
  confirmedOrigins,
  ensureOriginPermission,
  type OriginPermissions,
} from './origin-permission';
import { type Profile, prefillFrom } from './settings';

export type PanelDeps = {
  /**
   * The page's drafts database, opened once (`openStores`). Not named `storage`: WXT would
   * auto-import `wxt/utils/storage` for that name, `imports: false` or not.
   */
  drafts: OpenedStores;
  ask: typeof ask;
  onBroadcast: typeof onBroadcast;
  /** Where `online` and `offline` are heard: the page's window. */
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  isOnline(): boolean;
  permissions: OriginPermissions;
  /** The endpoint origins the volunteer confirmed (asked anew per origin in all-sites mode). */
  confirmed: ConfirmedOrigins;
  clientVersion: string;
  /**
   * A request that failed where nobody awaits it (reading the outbox after a broadcast, sending
   * when back online, retrying, discarding): the panel shows and logs it.
   */
  failed(error: unknown): void;
};

/** The deps of a real side panel. */
export const panelDeps = (drafts: OpenedStores, failed: (error: unknown) => void): PanelDeps => ({
  drafts,
  ask,
  onBroadcast,
  events: globalThis,
  isOnline: () => navigator.onLine,
  permissions: browser.permissions,
  confirmed: confirmedOrigins(browser.storage.local),
  clientVersion: browser.runtime.getManifest().version,
  failed,
});

/** Rejects when the outbox cannot be read: the panel then says so instead of a form. */
export async function panelServices(
  options: {
    locale: Locale;
    profile: Profile;
    endpoint: string;
    pageUrl: string;
    /** The panel's own "send answers to {origin}?", for an origin granted only by all sites. */
    confirmOrigin(origin: string): Promise<boolean>;
  },
  deps: PanelDeps,
  listeners: ListenerCollection,
): Promise<AnswerServices> {
  const { stores, persistent } = deps.drafts;
  const items = signal<OutboxItem[]>([]);
  const online = signal(deps.isOnline());
  const refresh = async () => {
    items.value = await deps.ask({ type: 'outbox-list' });
  };
  /** For requests made from a click or an event, which nobody awaits. */
  const reported = async (request: () => Promise<unknown>) => {
    try {
      await request();
    } catch (error) {
      deps.failed(error);
    }
  };
  listeners.track(deps.onBroadcast(() => void reported(refresh)));
  listeners.add(deps.events, 'online', () => {
    online.value = true;
    void reported(() => deps.ask({ type: 'outbox-flush' }));
  });
  listeners.add(deps.events, 'offline', () => {
    online.value = false;
  });
  await refresh();
  return {
    locale: options.locale,
    // Every language is installed with the extension; a page's own wording is never used.
    strings: CATALOGUES[options.locale],
    source: 'extension',
    clientVersion: deps.clientVersion,
    pageUrl: options.pageUrl,
    persistent,
    drafts: new DraftStore(stores.drafts),
    prefill: prefillFrom(options.profile),
    outbox: items,
    online,
    // The answer form says itself when an answer was not queued.
    submit: async (submission: Submission) => {
      await ensureOriginPermission(options.endpoint, {
        permissions: deps.permissions,
        confirmed: deps.confirmed,
        confirm: options.confirmOrigin,
      });
      await deps.ask({ type: 'submit', submission, endpoint: options.endpoint });
      await refresh();
    },
    retryNow: (id) =>
      reported(async () => {
        await deps.ask({ type: 'outbox-retry', id });
        await refresh();
      }),
    discard: (id) =>
      reported(async () => {
        await deps.ask({ type: 'outbox-discard', id });
        await refresh();
      }),
    // Shown here, and still refused, so the list does not say "forgotten".
    forget: async () => {
      try {
        const drafts = await stores.drafts.all();
        await Promise.all(drafts.map((d) => stores.drafts.delete(d.key)));
        for (const item of items.value) await deps.ask({ type: 'outbox-discard', id: item.id });
        await refresh();
      } catch (error) {
        deps.failed(error);
        throw error;
      }
    },
    emit: () => undefined,
    now: Date.now,
  };
}
