import { mountPage } from '../../extension/mount';
import { Panel } from '../../extension/Panel';
import { pageSettings } from '../../extension/use-locale';
import { OpportunityStore, openOpportunities } from '../../utils/opportunities';
import { openStores } from '../../utils/storage/samskab-db';

// Both databases are opened once for the page, whichever challenges it shows.
const [settings, store, drafts] = await Promise.all([
  pageSettings(),
  openOpportunities().then((backend) => new OpportunityStore(backend)),
  openStores({ indexedDB: globalThis.indexedDB ?? null }),
]);
mountPage(
  <Panel
    store={store}
    locale={settings.locale}
    profile={settings.profile}
    initialId={new URLSearchParams(location.search).get('id')}
    drafts={drafts}
  />,
  settings.locale,
);
