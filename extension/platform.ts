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

/** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
export const extensionOrigin = (): string => `${globalThis.location.origin}/`;
