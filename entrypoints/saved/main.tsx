// The saved list as a page of its own (opened from the popup): search, status, deadline, note,
// export. The popup shows only the newest few, so that it stays within the 600 px Chrome gives it.
import { browser } from 'wxt/browser';
import { extensionMessages } from '../../extension/i18n';
import { mountPage } from '../../extension/mount';
import { panelPath } from '../../extension/Popup';
import { openAnswerPanel } from '../../extension/platform';
import { SavedList } from '../../extension/SavedList';
import { pageSettings } from '../../extension/use-locale';
import { type Opportunity, OpportunityStore, openOpportunities } from '../../utils/opportunities';

const [settings, store, tab] = await Promise.all([
  pageSettings(),
  openOpportunities().then((backend) => new OpportunityStore(backend)),
  browser.tabs.getCurrent(),
]);
const answer = (item: Opportunity) => {
  // The side panel beside this tab; where there is none, the answer form in a tab of its own.
  void openAnswerPanel(panelPath(item.id), tab?.id)
    .catch(() =>
      browser.tabs.create({
        // This page is the extension's own: its address names the extension's origin.
        url: new URL(`/${panelPath(item.id)}`, location.href).href,
      }),
    )
    .catch((error: unknown) => console.error('Samskab: the answer form did not open', error));
};
document.title = `${extensionMessages[settings.locale].savedList} – Samskab`;
mountPage(
  <SavedList store={store} locale={settings.locale} version={0} onAnswer={answer} />,
  settings.locale,
);
