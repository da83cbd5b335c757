// Small differences between Chrome (MV3) and Firefox (MV2), in one place.
import { browser } from 'wxt/browser';

type BadgeApi = {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
};
type FirefoxSidebar = {
  setPanel(details: { panel: string }): Promise<void>;
  open(): Promise<void>;
};
type Loose = {
  action?: BadgeApi;
  browserAction?: BadgeApi;
  sidebarAction?: FirefoxSidebar;
};
const loose = browser as unknown as Loose;

export async function setBadge(tabId: number, count: number): Promise<void> {
  const api = loose.action ?? loose.browserAction;
  if (!api) return;
  await api.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  if (count > 0) await api.setBadgeBackgroundColor({ tabId, color: '#004993' });
}

/** The side panel (Chrome) or sidebar (Firefox) on `path`; call it straight from a click. */
export function openAnswerPanel(path: string, tabId: number | undefined): Promise<void> {
  if (loose.sidebarAction) {
    // Firefox wants `open()` synchronously inside the click handler.
    const opened = loose.sidebarAction.open();
    return Promise.all([loose.sidebarAction.setPanel({ panel: path }), opened]).then(() => {});
  }
  const panel = browser.sidePanel;
  if (!panel || tabId === undefined) return Promise.reject(new Error('no side panel'));
  const options = panel.setOptions({ tabId, path, enabled: true });
  const opened = panel.open({ tabId });
  return Promise.all([options, opened]).then(() => {});
}

type AccessLevelArea = {
  setAccessLevel?(details: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
};

/**
 * Content scripts may read `storage.local` by default, and it holds the volunteer's profile. Our
 * only content script never reads it, but a page must not get the chance through it: Chrome lets
 * us close the area to everything but the extension's own pages and worker (the setting persists).
 * Firefox offers this for `storage.session` only, so there the area stays readable to it.
 */
export async function keepStorageFromContentScripts(): Promise<boolean> {
  const local = browser.storage.local as unknown as AccessLevelArea;
  if (!local.setAccessLevel) return false;
  // Firefox may list the method on every area and refuse it on this one.
  return local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).then(
    () => true,
    () => false,
  );
}

/** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
export const extensionOrigin = (): string => `${globalThis.location.origin}/`;
