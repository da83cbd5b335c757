// "Save this page" (popup) and "Save to Samskab" (context menu): the page in a tab as an
// opportunity. What the page says about itself (its JSON-LD, read by `readPageMeta` in the tab)
// improves title and deadline when it can be read; the tab's own title and URL are the fallback.
import type { Opportunity, OpportunityStore } from '../../utils/opportunities';
import { parsePageMeta } from '../page-meta';

export type SavePageDeps = {
  /** `tabs.get`: the tab's title and URL, as the browser knows them. */
  tab(tabId: number): Promise<{ title?: string; url?: string }>;
  /** `readPageMeta`'s result from the tab's top frame; rejects without access to the page. */
  readMeta(tabId: number): Promise<unknown>;
  opportunities: Pick<OpportunityStore, 'savePage'> | Promise<Pick<OpportunityStore, 'savePage'>>;
};

/** Saves the tab's page; `note` (the selected text, from the context menu) wins over the page's. */
export async function savePage(
  tabId: number,
  deps: SavePageDeps,
  fallback: { note?: string } = {},
): Promise<Opportunity> {
  const tab = await deps.tab(tabId);
  const injected = await deps
    .readMeta(tabId)
    .then(parsePageMeta)
    .catch(() => undefined);
  const url = injected?.url ?? tab.url ?? '';
  return (await deps.opportunities).savePage({
    ...injected,
    title: injected?.title ?? tab.title ?? url,
    url,
    note: fallback.note ?? injected?.note ?? '',
  });
}

/** A link saved from the context menu: its URL is all there is to go on. */
export async function saveLink(
  url: string,
  note: string,
  deps: Pick<SavePageDeps, 'opportunities'>,
): Promise<Opportunity> {
  return (await deps.opportunities).savePage({ title: url, url, note });
}
