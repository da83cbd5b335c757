// The background worker: owns the outbox (retried with alarms), detection per tab, the context
// menu and the opt-in content script. Wiring only: every message goes through `respond` and the
// `PROTOCOL` table, and what each request does lives in `extension/background/`, where the
// browser APIs it needs are passed in.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isConfirmedEndpoint } from '../extension/background/confirmed-endpoint';
import { createContextMenu } from '../extension/background/context-menu';
import { deleteAll } from '../extension/background/delete-all';
import { createOutboxWorker, OUTBOX_ALARM } from '../extension/background/outbox-worker';
import { type RouterDeps, respond } from '../extension/background/router';
import { type SavePageDeps, savePage } from '../extension/background/save-page';
import { refreshSavedUpdates } from '../extension/background/saved-updates';
import { restoreScanAll, type ScanAllDeps, setScanAll } from '../extension/background/scan-all';
import {
  checkAllStatuses,
  markStatusSeen,
  STATUS_ALARM,
  STATUS_ALARM_MINUTES,
  type StatusCheckDeps,
} from '../extension/background/status-check';
import { createTabDetector } from '../extension/background/tabs';
import { confirmedOrigins } from '../extension/origin-permission';
import { readPageMeta } from '../extension/page-meta';
import { extensionOrigin, keepStorageFromContentScripts, setBadge } from '../extension/platform';
import { browserLocale } from '../extension/settings';
import { CONFIG_KEYS } from '../utils/config-keys';
import { detectSamskab } from '../utils/detect';
import type { BroadcastMessage } from '../utils/messages';
import { OpportunityStore, openOpportunities } from '../utils/opportunities';
import { openStores } from '../utils/storage/samskab-db';

export default defineBackground({
  type: 'module',
  main() {
    void keepStorageFromContentScripts();
    const uiLocale = browserLocale(browser.i18n.getUILanguage());
    const opened = openStores({ indexedDB: globalThis.indexedDB ?? null });
    const opportunities = openOpportunities().then((store) => new OpportunityStore(store));
    const broadcast = (type: BroadcastMessage['type']) =>
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
    // Through the worker's outbox, whose writes take turns (status-check.ts says why).
    const statuses = worker.then(
      ({ outbox }): StatusCheckDeps => ({
        outbox,
        fetch: (input, init) => fetch(input, init),
        now: Date.now,
      }),
    );
    // Answers' statuses, and the saved challenges' news: on the hourly alarm and a panel's open.
    const refreshSaved = async () => {
      const store = await opportunities;
      return refreshSavedUpdates({
        list: () => store.list(),
        update: (id, patch) => store.update(id, patch),
        loadFeed: (url) => tabs.loadFeed(url),
      });
    };
    const checkStatuses = async () => {
      await refreshSaved().catch((error: unknown) =>
        console.error('Samskab: saved updates', error),
      );
      return checkAllStatuses(await statuses);
    };
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
    const scanAll: ScanAllDeps = {
      permissions: browser.permissions,
      scripting: browser.scripting,
      storage: browser.storage.local,
      uiLocale,
    };
    const pages: SavePageDeps = {
      tab: (tabId) => browser.tabs.get(tabId),
      readMeta: async (tabId) => {
        const [result] = await browser.scripting.executeScript({
          target: { tabId },
          func: readPageMeta,
        });
        return result?.result;
      },
      opportunities,
    };

    const deps = worker.then(
      (ready): RouterDeps => ({
        extensionId: browser.runtime.id,
        extensionOrigin: extensionOrigin(),
        tabs,
        worker: ready,
        endpointConfirmed: async (endpoint, challengeId) => {
          const store = await opportunities;
          return isConfirmedEndpoint(endpoint, challengeId, {
            saved: (id) => store.get(id),
            permissions: browser.permissions,
            confirmed: confirmedOrigins(browser.storage.local),
          });
        },
        setScanAll: (enabled) => setScanAll(enabled, scanAll),
        checkStatuses,
        refreshSaved,
        markStatusSeen: async (ids) => markStatusSeen(ids, await statuses),
        savePage: (tabId) => savePage(tabId, pages),
        deleteAll: () =>
          deleteAll({
            // In turn with the outbox's writes: a delivery under way cannot bring an answer back.
            stores: Promise.all([worker, opened]).then(([{ outbox }, { stores }]) => ({
              forgetAll: () => outbox.forgetAll(() => stores.forgetAll()),
            })),
            opportunities,
            alarms: browser.alarms,
            setScanAll: (enabled) => setScanAll(enabled, scanAll),
            storage: browser.storage,
            permissions: browser.permissions,
            requiredOrigins: browser.runtime.getManifest().host_permissions ?? [],
            forgetTabs: () => tabs.clear(),
            deleted: () => broadcast('data-deleted'),
          }),
      }),
    );
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void respond(message, sender, deps).then(sendResponse);
      return true;
    });

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === OUTBOX_ALARM) void worker.then((w) => w.flush());
      if (alarm.name === STATUS_ALARM) void checkStatuses().catch((e: unknown) => console.error(e));
    });
    browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') tabs.forget(tabId);
    });

    const menu = createContextMenu({
      ...pages,
      contextMenus: browser.contextMenus,
      storage: browser.storage.local,
      uiLocale,
      error: (message, error) => console.error(message, error),
    });
    browser.runtime.onInstalled.addListener(() => menu.install());
    // Hourly: what became of the answers sent (`statusCheckDue` keeps each to once an hour).
    void Promise.resolve(
      browser.alarms.create(STATUS_ALARM, { periodInMinutes: STATUS_ALARM_MINUTES }),
    ).catch((error: unknown) => console.error(error));
    browser.storage.onChanged.addListener(
      (changes, area) => void menu.storageChanged(changes, area),
    );
    browser.contextMenus.onClicked.addListener((info, tab) => void menu.clicked(info, tab));

    void restoreScanAll(scanAll).catch(() => undefined);
    // Every wake-up (install, browser start, alarm, message) sends what is due.
    void worker.then((w) => w.flush()).catch((error: unknown) => console.error(error));
  },
});
