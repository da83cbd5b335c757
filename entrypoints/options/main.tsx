import { mountPage } from '../../extension/mount';
import { Options } from '../../extension/Options';
import { pageSettings } from '../../extension/use-locale';
import { OpportunityStore, openOpportunities } from '../../utils/opportunities';

const [settings, store] = await Promise.all([
  pageSettings(),
  openOpportunities().then((backend) => new OpportunityStore(backend)),
]);
mountPage(<Options store={store} initial={settings} />, settings.locale);
