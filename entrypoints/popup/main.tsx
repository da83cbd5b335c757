import { browser } from 'wxt/browser';
import { mountPage } from '../../extension/mount';
import { Popup, type TargetTab } from '../../extension/Popup';
import { pageSettings } from '../../extension/use-locale';
import { OpportunityStore, openOpportunities } from '../../utils/opportunities';

/**
 * The tab to read: the active tab of this window. `?tab=<id>` names another one; Playwright uses
 * it, since it opens popup.html as a page of its own and cannot click the toolbar button.
 */
async function targetTab(): Promise<TargetTab> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(named) && named > 0
      ? await browser.tabs.get(named)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  return { id: tab.id, title: tab.title ?? '', url: tab.url ?? '' };
}

const [settings, store, tab] = await Promise.all([
  pageSettings(),
  openOpportunities().then((backend) => new OpportunityStore(backend)),
  targetTab(),
]);
// A popup sizes itself to its content: give the list room.
document.body.style.minWidth = '24em';
mountPage(<Popup store={store} locale={settings.locale} tab={tab} />, settings.locale);
