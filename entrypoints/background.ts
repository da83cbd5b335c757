// The background worker: owns the outbox (retried with alarms), detection per tab, the context
// menu and the opt-in content script. Everything it is asked goes through `route`.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isConfirmedEndpoint } from '../extension/background/confirmed-endpoint';
import { createOutboxWorker, OUTBOX_ALARM } from '../extension/background/outbox-worker';
import { route } from '../extension/background/router';
import { createTabDetector } from '../extension/background/tabs';
import { extensionMessages } from '../extension/i18n';
import { parsePageMeta, readPageMeta } from '../extension/page-meta';
import { extensionOrigin, keepStorageFromContentScripts, setBadge } from '../extension/platform';
import { loadSettings, saveSettings } from '../extension/settings';
import { CONFIG_KEYS } from '../utils/config-keys';
import { detectSamskab } from '../utils/detect';
import { OpportunityStore, openOpportunities } from '../utils/opportunities';
import { openStores } from '../utils/storage/samskab-db';

const CONTENT_SCRIPT_ID = 'samskab-detect';
const MENU_ID = 'samskab-save-page';
const ALL_URLS = ['<all_urls>'];

export default defineBackground({
  type: 'module',
  main() {
    void keepStorageFromContentScripts();
    const opened = openStores({ indexedDB: globalThis.indexedDB ?? null });
    const opportunities = openOpportunities().then((store) => new OpportunityStore(store));
    const broadcast = (type: 'outbox-changed' | 'data-deleted') =>
      void browser.runtime.sendMessage({ type }).catch(() => undefined);

    const worker = opened.then(({ stores }) =>
      createOutboxWorker({
        store: stores.outbox,
        fetch: (input, init) => fetch(input, init),
        now: Date.now,
        random: Math.random,
        alarms: browser.alarms,
        changed: () => broadcast('outbox-changed'),
      }),
    );
    const tabs = createTabDetector({
      fetch: (input, init) => fetch(input, init),
      inject: async (tabId) => {
        const [result] = await browser.scripting.executeScript({
          target: { tabId },
          func: detectSamskab,
          args: [CONFIG_KEYS],
        });
        return result?.result;
      },
      setBadge,
    });

    const setScanAll = async (enabled: boolean): Promise<boolean> => {
      const granted = await browser.permissions.contains({ origins: ALL_URLS });
      const on = enabled && granted;
      const registered = await browser.scripting.getRegisteredContentScripts({
        ids: [CONTENT_SCRIPT_ID],
      });
      if (registered.length && !on) {
        await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
      }
      if (!registered.length && on) {
        await browser.scripting.registerContentScripts([
          {
            id: CONTENT_SCRIPT_ID,
            matches: ALL_URLS,
            js: ['content-scripts/detect.js'],
            runAt: 'document_idle',
          },
        ]);
      }
      const settings = await loadSettings(browser.storage.local);
      await saveSettings(browser.storage.local, { ...settings, scanAll: on });
      return on;
    };

    /** The page in a tab as an opportunity; JSON-LD, if readable, improves title and deadline. */
    const savePage = async (tabId: number, fallback: { url?: string; note?: string } = {}) => {
      const tab = await browser.tabs.get(tabId);
      const injected = await browser.scripting
        .executeScript({ target: { tabId }, func: readPageMeta })
        .then(([result]) => parsePageMeta(result?.result))
        .catch(() => undefined);
      const url = fallback.url ?? injected?.url ?? tab.url ?? '';
      return (await opportunities).savePage({
        ...injected,
        title: injected?.title ?? tab.title ?? url,
        url,
        note: fallback.note ?? injected?.note ?? '',
      });
    };

    const deleteAll = async () => {
      const { stores } = await opened;
      await stores.forgetAll();
      await (await opportunities).clear();
      await browser.alarms.clear(OUTBOX_ALARM);
      await setScanAll(false).catch(() => undefined);
      await browser.storage.local.clear();
      // Endpoint origins granted at a first send go too (those the manifest requires cannot).
      const required = browser.runtime.getManifest().host_permissions ?? [];
      const { origins = [] } = await browser.permissions.getAll();
      const granted = origins.filter((origin) => !required.includes(origin));
      if (granted.length) await browser.permissions.remove({ origins: granted }).catch(() => false);
      await browser.storage.session?.clear().catch(() => undefined);
      tabs.clear();
      broadcast('data-deleted');
    };

    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      worker
        .then((w) =>
          route(message, sender, {
            extensionId: browser.runtime.id,
            extensionOrigin: extensionOrigin(),
            tabs,
            worker: w,
            endpointConfirmed: async (endpoint, challengeId) => {
              const store = await opportunities;
              return isConfirmedEndpoint(endpoint, challengeId, {
                saved: (id) => store.get(id),
                permissions: browser.permissions,
              });
            },
            setScanAll,
            savePage,
            deleteAll,
          }),
        )
        .catch((error: unknown) => ({ ok: false, error: String(error) }))
        .then(sendResponse);
      return true;
    });

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === OUTBOX_ALARM) void worker.then((w) => w.flush());
    });
    browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') tabs.forget(tabId);
    });

    const menuTitle = async () =>
      extensionMessages[(await loadSettings(browser.storage.local)).locale].menuSave;
    browser.runtime.onInstalled.addListener(async () => {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({
        id: MENU_ID,
        title: await menuTitle(),
        contexts: ['page', 'selection', 'link'],
      });
    });
    // The menu speaks the language chosen in the options.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !('settings' in changes)) return;
      void menuTitle()
        .then((title) => browser.contextMenus.update(MENU_ID, { title }))
        .catch(() => undefined);
    });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== MENU_ID) return;
      const note = (info.selectionText ?? '').slice(0, 4000);
      const saving =
        tab?.id !== undefined && !info.linkUrl
          ? savePage(tab.id, { note })
          : opportunities.then((store) =>
              store.savePage({ title: info.linkUrl ?? '', url: info.linkUrl ?? '', note }),
            );
      void saving.catch((error: unknown) => console.error('Samskab: page not saved', error));
    });

    // Firefox forgets registered content scripts on restart: register again if opted in.
    void loadSettings(browser.storage.local)
      .then((s) => (s.scanAll ? setScanAll(true) : undefined))
      .catch(() => undefined);
    // Every wake-up (install, browser start, alarm, message) sends what is due.
    void worker.then((w) => w.flush()).catch((error: unknown) => console.error(error));
  },
});
