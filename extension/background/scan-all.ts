// "Find challenges on every site": the opt-in content script runs only while the volunteer has
// both switched it on and granted `<all_urls>` in the browser's prompt (asked by the options
// page). It is registered at runtime, so the manifest carries no host permission for it.

import type { Locale } from '../../utils/i18n/languages';
import { ALL_URLS, type OriginPermissions } from '../origin-permission';
import { loadSettings, type StorageArea, saveSettings } from '../settings';

export const CONTENT_SCRIPT_ID = 'samskab-detect';

/** The part of `scripting` used here. */
export interface ContentScripts {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(
    scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export type ScanAllDeps = {
  permissions: Pick<OriginPermissions, 'contains'>;
  scripting: ContentScripts;
  /** `storage.local`, where the setting is kept. */
  storage: StorageArea;
  /** The browser's language, until the volunteer chooses one. */
  uiLocale?: Locale;
};

/** Registers or unregisters the content script; returns whether it is now on. */
export async function setScanAll(enabled: boolean, deps: ScanAllDeps): Promise<boolean> {
  const granted = await deps.permissions.contains({ origins: ALL_URLS });
  const on = enabled && granted;
  const registered = await deps.scripting.getRegisteredContentScripts({
    ids: [CONTENT_SCRIPT_ID],
  });
  if (registered.length && !on) {
    await deps.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  }
  if (!registered.length && on) {
    await deps.scripting.registerContentScripts([
      {
        id: CONTENT_SCRIPT_ID,
        matches: ALL_URLS,
        js: ['content-scripts/detect.js'],
        runAt: 'document_idle',
      },
    ]);
  }
  const settings = await loadSettings(deps.storage, deps.uiLocale);
  await saveSettings(deps.storage, { ...settings, scanAll: on });
  return on;
}

/** Firefox forgets registered content scripts on restart: register again if opted in. */
export async function restoreScanAll(deps: ScanAllDeps): Promise<void> {
  if ((await loadSettings(deps.storage, deps.uiLocale)).scanAll) await setScanAll(true, deps);
}
