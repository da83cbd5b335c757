// The side panel (Chrome) / sidebar (Firefox): the saved challenge with the widget's own answer
// forms and outbox. `?id=` names the saved opportunity; without it, a list to choose from.
import { signal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ChallengeView } from '../components/ChallengeView';
import { Confirm } from '../components/Confirm';
import { OutboxList } from '../components/OutboxList';
import type { AnswerServices } from '../components/services';
import { translator } from '../utils/i18n';
import { CATALOGUES } from '../utils/i18n/all';
import type { Locale } from '../utils/i18n/languages';
import { type Opportunity, type OpportunityStore, seenAllUpdates } from '../utils/opportunities';
import type { OpenedStores } from '../utils/storage/samskab-db';
import { AnswerStatuses, followed } from './AnswerStatuses';
import { ChallengeUpdates } from './ChallengeUpdates';
import { ask } from './client';
import { type Failure, FailureAlert, logFailure } from './failure';
import { extensionMessages } from './i18n';
import { ListenerCollection } from './listeners';
import { PermissionDenied } from './origin-permission';
import { panelDeps, panelServices } from './panel-services';
import { popupOrder, takesAnswers } from './popup-list';
import type { Profile } from './settings';

interface Props {
  store: OpportunityStore;
  locale: Locale;
  profile: Profile;
  initialId: string | null;
  /** The drafts database, opened once for the page. */
  drafts: OpenedStores;
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

/**
 * Who receives the answer, in words: the challenge's contact (often the municipality's unit), the
 * title of the page it was found on, or that page's host.
 */
export const municipalityOf = (item: Opportunity): string =>
  item.organiser ?? item.site ?? new URL(item.url).hostname;

export function Panel({ store, locale, profile, initialId, drafts }: Props) {
  const t = translator(extensionMessages[locale], locale);
  const [id, setId] = useState(initialId);
  const [item, setItem] = useState<Opportunity | null>();
  const [choices, setChoices] = useState<Opportunity[]>([]);
  const [services, setServices] = useState<AnswerServices>();
  const [failure, setFailure] = useState<Failure>();
  /** The endpoint origin waiting for the volunteer's yes (all-sites mode), and the answer. */
  const [asking, setAsking] = useState<{ origin: string; answer(yes: boolean): void }>();
  const deps = useMemo(
    () =>
      panelDeps(drafts, (error) => {
        logFailure('requestFailed', error);
        setFailure((current) => current ?? 'requestFailed');
      }),
    [drafts],
  );

  useEffect(() => {
    setServices(undefined);
    setFailure(undefined);
    // Everything this challenge listens to goes when another is shown or the panel closes.
    const listeners = new ListenerCollection();
    let shown = true;
    const failed = (failure: Failure) => (error: unknown) => {
      logFailure(failure, error);
      if (shown) setFailure(failure);
    };
    if (!id) {
      setItem(null);
      const listChoices = () =>
        store
          .list()
          // An archived challenge takes no answers: not offered (the saved-list page keeps it).
          .then(
            (list) =>
              shown && setChoices(list.filter((o) => o.challenge && o.endpoint && !o.archived)),
          )
          .catch(failed('listFailed'));
      void listChoices();
      // The saved challenges' feeds are read again: one archived meanwhile leaves the list.
      ask({ type: 'saved-refresh' }).then(
        (changed) => changed > 0 && listChoices(),
        failed('requestFailed'),
      );
    } else {
      waitFor(store, id)
        .then(async (found) => {
          if (!shown) return;
          setItem(found ?? null);
          if (!found?.endpoint) return;
          const base = await panelServices(
            {
              locale,
              profile,
              endpoint: found.endpoint,
              pageUrl: found.url,
              confirmOrigin: (origin) =>
                new Promise<boolean>((resolve) =>
                  setAsking({
                    origin,
                    answer: (yes) => {
                      setAsking(undefined);
                      resolve(yes);
                    },
                  }),
                ),
            },
            deps,
            listeners,
          );
          if (!shown) return;
          // What became of earlier answers: the background asks if an hour has passed. It reads
          // the saved challenges' feeds too: this one may have been archived meanwhile.
          ask({ type: 'status-check' })
            .then(async () => {
              const fresh = await store.get(found.id);
              if (shown && fresh && fresh.archived !== found.archived) setItem(fresh);
            })
            .catch(failed('requestFailed'));
          setServices({
            ...base,
            submit: async (submission) => {
              sendProblem.value = '';
              try {
                await base.submit(submission);
                // Queued for sending: the saved item says so, unless the volunteer moved it on.
                const current = await store.get(found.id);
                if (current?.status === 'interested') {
                  setItem(await store.update(found.id, { status: 'answered' }));
                }
              } catch (error) {
                if (error instanceof PermissionDenied) {
                  sendProblem.value = t('permissionDenied', {
                    origin: new URL(error.message).origin,
                  });
                }
                throw error;
              }
            },
          });
        })
        .catch(failed('panelFailed'));
    }
    return () => {
      shown = false;
      listeners.removeAll();
      // A question left open would keep its send waiting for good.
      setAsking((open) => {
        open?.answer(false);
        return undefined;
      });
    };
  }, [id]);

  const alert = <FailureAlert failure={failure} t={t} />;
  if (failure === 'panelFailed' || failure === 'listFailed') return alert;
  if (item === undefined) return null;
  if (!id || !item) {
    return (
      <section>
        {id && <p class="notice err">{t('noChallenge')}</p>}
        <p>{t('pickChallenge')}</p>
        {/* Closed ones last, marked as the widget marks them. */}
        <ul class="opps">
          {popupOrder(
            choices.flatMap((choice) =>
              choice.challenge ? [{ ...choice, challenge: choice.challenge }] : [],
            ),
            new Date(),
          ).map((choice) => (
            <li key={choice.id}>
              {!takesAnswers(choice.challenge, new Date()) && (
                <span class="badge">{CATALOGUES[locale].list.closed} </span>
              )}
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
  const thisChallenge = services.outbox.value.filter(
    (answer) =>
      answer.endpoint === item.endpoint && answer.submission.challenge.id === item.challenge?.id,
  );
  const shownAbove = new Set(followed(thisChallenge).map((answer) => answer.id));
  return (
    <>
      <p class="muted" data-testid="recipient">
        {t('sentToNamed', {
          name: municipalityOf(item),
          origin: new URL(item.endpoint).origin,
        })}
      </p>
      {alert}
      {asking && (
        <Confirm
          question={t('confirmOrigin', { origin: asking.origin })}
          yes={t('sendThere')}
          no={t('cancel')}
          onYes={() => asking.answer(true)}
          onNo={() => asking.answer(false)}
        />
      )}
      {sendProblem.value && (
        <p class="notice err" role="alert">
          {sendProblem.value}
        </p>
      )}
      <ChallengeUpdates
        item={item}
        locale={locale}
        onSeen={() =>
          void store
            .update(item.id, seenAllUpdates(item))
            .catch((error: unknown) => logFailure('saveFailed', error))
        }
      />
      {item.archived ? (
        <p class="notice" data-testid="archived">
          {t('archivedNotice')}
        </p>
      ) : (
        <ChallengeView challenge={item.challenge} services={services} />
      )}
      <AnswerStatuses
        items={thisChallenge}
        locale={locale}
        onSeen={(ids) =>
          void ask({ type: 'status-seen', ids }).catch((error: unknown) =>
            logFailure('requestFailed', error),
          )
        }
      />
      {/* Each answer once: those with a status above are not listed again. */}
      <OutboxList services={services} hidden={shownAbove} />
    </>
  );
}
