// "Save to Samskab" on any page, link or selected text, in the language chosen in the options.

import type { Locale } from '../../utils/i18n/languages';
import type { Opportunity } from '../../utils/opportunities';
import { extensionMessages } from '../i18n';
import { loadSettings, type StorageArea } from '../settings';
import { type SavePageDeps, saveLink, savePage } from './save-page';

export const MENU_ID = 'samskab-save-page';
type MenuContext = 'page' | 'selection' | 'link';

/** The part of `contextMenus` used here. */
export interface ContextMenus {
  removeAll(): Promise<void>;
  create(properties: {
    id: string;
    title: string;
    contexts: [MenuContext, ...MenuContext[]];
  }): unknown;
  update(id: string, properties: { title: string }): Promise<void>;
}

export type ContextMenuDeps = SavePageDeps & {
  contextMenus: ContextMenus;
  /** `storage.local`, for the language. */
  storage: StorageArea;
  /** The browser's language, until the volunteer chooses one. */
  uiLocale: Locale;
  /** Where a save that failed is said (the console). */
  error(message: string, error: unknown): void;
};

/** What `contextMenus.onClicked` tells about the click. */
export type MenuClick = { menuItemId: string | number; selectionText?: string; linkUrl?: string };

export function createContextMenu(deps: ContextMenuDeps) {
  const title = async () =>
    extensionMessages[(await loadSettings(deps.storage, deps.uiLocale)).locale].menuSave;
  return {
    /** On install and update: the one menu item, made afresh. */
    async install(): Promise<void> {
      await deps.contextMenus.removeAll();
      deps.contextMenus.create({
        id: MENU_ID,
        title: await title(),
        contexts: ['page', 'selection', 'link'],
      });
    },
    /** On `storage.onChanged`: a new language renames the item. */
    async storageChanged(changes: Record<string, unknown>, area: string): Promise<void> {
      if (area !== 'local' || !('settings' in changes)) return;
      await title()
        .then((text) => deps.contextMenus.update(MENU_ID, { title: text }))
        .catch(() => undefined);
    },
    /** Saves the page, or the link when a link was clicked, with the selection as its note. */
    async clicked(
      info: MenuClick,
      tab: { id?: number } | undefined,
    ): Promise<Opportunity | undefined> {
      if (info.menuItemId !== MENU_ID) return undefined;
      const note = (info.selectionText ?? '').slice(0, 4000);
      const saving =
        tab?.id !== undefined && !info.linkUrl
          ? savePage(tab.id, deps, { note })
          : saveLink(info.linkUrl ?? '', note, deps);
      return saving.catch((error: unknown) => {
        deps.error('Samskab: page not saved', error);
        return undefined;
      });
    },
  };
}
