// The side panel (Chrome) / sidebar (Firefox): the saved challenge with the widget's own answer
// forms and outbox. `?id=` names the saved opportunity; without it, a list to choose from.
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { ChallengeView } from '../components/ChallengeView';
import { OutboxList } from '../components/OutboxList';
import type { AnswerServices } from '../components/services';
import { translator } from '../utils/i18n';
import type { Opportunity, OpportunityStore } from '../utils/opportunities';
import type { WidgetLocale } from '../utils/schema/config';
import { extensionMessages } from './i18n';
import { PermissionDenied } from './origin-permission';
import { panelServices } from './panel-services';
import type { Profile } from './settings';

interface Props {
  store: OpportunityStore;
  locale: WidgetLocale;
  profile: Profile;
  initialId: string | null;
}

/** The popup saves and opens the panel at once: the item may arrive a moment later. */
async function waitFor(store: OpportunityStore, id: string): Promise<Opportunity | undefined> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const item = await store.get(id);
    if (item) return item;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

export const sendProblem = signal('');

export function Panel({ store, locale, profile, initialId }: Props) {
  const t = translator(extensionMessages[locale]);
  const [id, setId] = useState(initialId);
  const [item, setItem] = useState<Opportunity | null>();
  const [choices, setChoices] = useState<Opportunity[]>([]);
  const [services, setServices] = useState<AnswerServices>();

  useEffect(() => {
    setServices(undefined);
    if (!id) {
      setItem(null);
      void store.list().then((list) => setChoices(list.filter((o) => o.challenge && o.endpoint)));
      return;
    }
    void waitFor(store, id).then(async (found) => {
      setItem(found ?? null);
      if (!found?.endpoint) return;
      const base = await panelServices({
        locale,
        profile,
        endpoint: found.endpoint,
        pageUrl: found.url,
      });
      setServices({
        ...base,
        submit: async (submission) => {
          sendProblem.value = '';
          try {
            await base.submit(submission);
          } catch (error) {
            if (error instanceof PermissionDenied) {
              sendProblem.value = t('permissionDenied', { origin: new URL(error.message).origin });
            }
            throw error;
          }
        },
      });
    });
  }, [id]);

  if (item === undefined) return null;
  if (!id || !item) {
    return (
      <section>
        {id && <p class="notice err">{t('noChallenge')}</p>}
        <p>{t('pickChallenge')}</p>
        <ul class="opps">
          {choices.map((choice) => (
            <li key={choice.id}>
              <button type="button" class="btn link" onClick={() => setId(choice.id)}>
                {choice.title}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (!item.challenge || !item.endpoint || !services) return null;
  return (
    <>
      <p class="muted">{t('sentTo', { origin: new URL(item.endpoint).origin })}</p>
      {sendProblem.value && (
        <p class="notice err" role="alert">
          {sendProblem.value}
        </p>
      )}
      <ChallengeView challenge={item.challenge} services={services} />
      <OutboxList services={services} />
    </>
  );
}
