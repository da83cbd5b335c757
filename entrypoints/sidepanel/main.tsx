import { mountPage } from '../../extension/mount';
import { Panel } from '../../extension/Panel';
import { pageSettings } from '../../extension/use-locale';
import { OpportunityStore, openOpportunities } from '../../utils/opportunities';

const [settings, store] = await Promise.all([
  pageSettings(),
  openOpportunities().then((backend) => new OpportunityStore(backend)),
]);
mountPage(
  <Panel
    store={store}
    locale={settings.locale}
    profile={settings.profile}
    initialId={new URLSearchParams(location.search).get('id')}
  />,
  settings.locale,
);
