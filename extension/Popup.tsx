// The popup: the challenges on the page the volunteer is on (found with activeTab when the popup
// opens), "save" and "answer" for each, "save this page", the saved list and the outbox state.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDate, translator } from '../utils/i18n';
import { CATALOGUES } from '../utils/i18n/all';
import type { Locale } from '../utils/i18n/languages';
import type { Detected, TabDetection } from '../utils/messages';
import { challengeKey, type Opportunity, type OpportunityStore } from '../utils/opportunities';
import type { OutboxItem } from '../utils/outbox';
import { ask, onBroadcast } from './client';
import { FailureAlert, readInto, useAttempt } from './failure';
import { extensionMessages } from './i18n';
import { ListenerCollection } from './listeners';
import { openAnswerPanel } from './platform';
import { FOUND_IN_POPUP, popupOrder, takesAnswers } from './popup-list';
import { RecentSaved } from './RecentSaved';

export type TargetTab = { id: number; title: string; url: string } | undefined;

interface Props {
  store: OpportunityStore;
  locale: Locale;
  tab: TargetTab;
}

export const panelPath = (id: string) => `sidepanel.html?id=${encodeURIComponent(id)}`;

export function Popup({ store, locale, tab }: Props) {
  const t = translator(extensionMessages[locale], locale);
  const [detection, setDetection] = useState<TabDetection>();
  const [savedIds, setSavedIds] = useState<Set<string>>(new Set());
  const [version, setVersion] = useState(0);
  const [outbox, setOutbox] = useState<OutboxItem[]>([]);
  const [status, setStatus] = useState('');
  const [detectFailed, setDetectFailed] = useState(false);
  const [outboxFailed, setOutboxFailed] = useState(false);
  const [failure, attempt] = useAttempt();
  const [allFound, setAllFound] = useState(false);

  useEffect(() => {
    const listeners = new ListenerCollection();
    let shown = true;
    const live = () => shown;
    if (tab) {
      void readInto(ask({ type: 'detect', tabId: tab.id }), 'detectFailed', {
        live,
        set: setDetection,
        failed: setDetectFailed,
      });
    }
    const readOutbox = () =>
      readInto(ask({ type: 'outbox-list' }), 'outboxFailed', {
        live,
        set: setOutbox,
        failed: setOutboxFailed,
      });
    void readOutbox();
    listeners.track(onBroadcast(() => void readOutbox()));
    return () => {
      shown = false;
      listeners.removeAll();
    };
  }, []);
  // The saved challenges' news and whether any was archived: read from their feeds (at most once a
  // minute, the background's feed cache), then the saved list again.
  useEffect(() => {
    let shown = true;
    ask({ type: 'saved-refresh' })
      .then((changed) => shown && changed > 0 && setVersion((n) => n + 1))
      .catch((error: unknown) => console.error('Samskab: saved challenges not checked', error));
    return () => {
      shown = false;
    };
  }, []);
  useEffect(() => {
    void store
      .list()
      .then((list) => setSavedIds(new Set(list.map((o) => o.id))))
      // The saved list below says so: here the buttons merely do not show "saved".
      .catch(() => undefined);
  }, [version]);

  // The page shows a saved challenge again: keep its latest wording and the municipality's news.
  useEffect(() => {
    if (!detection) return;
    const refresh = async () => {
      let refreshed = 0;
      for (const d of detection.found) {
        if (!(await store.get(challengeKey(d.endpoint, d.challenge.id)))) continue;
        await saveDetected(d);
        refreshed++;
      }
      if (refreshed) setVersion((n) => n + 1);
    };
    refresh().catch((error: unknown) =>
      console.error('Samskab: saved challenge not refreshed', error),
    );
  }, [detection]);

  const saveDetected = ({ challenge, endpoint, pageUrl, feedUrl, updates }: Detected) =>
    store.saveChallenge(challenge, endpoint, pageUrl, detection?.title, {
      ...(feedUrl ? { feedUrl } : {}),
      ...(updates ? { updates } : {}),
    });
  const save = (detected: Detected) =>
    attempt('saveFailed', async () => {
      await saveDetected(detected);
      setVersion((n) => n + 1);
    });
  const answer = (item: Detected | Opportunity) => {
    const id = 'id' in item ? item.id : challengeKey(item.endpoint, item.challenge.id);
    // Opened first, inside the click: the side panel API wants the user's gesture.
    const opening = openAnswerPanel(panelPath(id), tab?.id);
    const saved = 'id' in item ? Promise.resolve() : save(item);
    // No side panel (or it would not open): answer in the popup itself, once the item is saved.
    void opening.catch(async () => {
      await saved;
      location.assign(panelPath(id));
    });
  };
  const savePage = () => {
    setStatus('');
    return attempt('saveFailed', async () => {
      if (!tab) return;
      await ask({ type: 'save-page', tabId: tab.id });
      setVersion((n) => n + 1);
      setStatus(t('pageSaved'));
    });
  };
  const count = (state: OutboxItem['state']) => outbox.filter((i) => i.state === state).length;
  const now = new Date();
  const found = popupOrder(detection?.found ?? [], now);
  const closedWord = CATALOGUES[locale].list.closed;

  return (
    <>
      <section aria-labelledby="page-h">
        <h2 id="page-h">{t('onThisPage')}</h2>
        <FailureAlert failure={detectFailed ? 'detectFailed' : undefined} t={t} />
        {!detection && !detectFailed && tab && <p class="muted">{t('detecting')}</p>}
        {detection?.problem === 'no-access' && <p class="notice">{t('noAccess')}</p>}
        {detection?.problem && detection.problem !== 'no-access' && (
          <p class="notice err">{t(`problem.${detection.problem}`)}</p>
        )}
        {detection && !detection.problem && detection.found.length === 0 && (
          <p class="muted">{t('noneFound')}</p>
        )}
        {/* A page may show dozens: the first few, then all on request, so the popup stays
            within 600 px without a scroll box inside it. Closed ones last, with no "Svar". */}
        <ul class="opps" data-testid="detected">
          {found.slice(0, allFound ? found.length : FOUND_IN_POPUP).map((d) => {
            const saved = savedIds.has(challengeKey(d.endpoint, d.challenge.id));
            const open = takesAnswers(d.challenge, now);
            return (
              <li key={`${d.endpoint}#${d.challenge.id}`} data-closed={open ? undefined : ''}>
                <h3>
                  {!open && <span class="badge">{closedWord}</span>} {d.challenge.title}
                </h3>
                {/* The deadline on the buttons' row: the first ones fit within 600 px. */}
                <div class="row">
                  {open && d.challenge.deadline && (
                    <span class="muted">
                      {t('deadline')}: {formatDate(d.challenge.deadline, locale)}
                    </span>
                  )}
                  <button
                    type="button"
                    class="btn"
                    disabled={saved}
                    aria-label={`${saved ? t('saved') : t('save')}: ${d.challenge.title}`}
                    onClick={() => save(d)}
                  >
                    {saved ? t('saved') : t('save')}
                  </button>
                  {open && (
                    <button
                      type="button"
                      class="btn primary"
                      aria-label={`${t('answer')}: ${d.challenge.title}`}
                      onClick={() => answer(d)}
                    >
                      {t('answer')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
        {!allFound && found.length > FOUND_IN_POPUP && (
          <button type="button" class="btn link" onClick={() => setAllFound(true)}>
            {t('showAllFound', { count: found.length })}
          </button>
        )}
        {tab && /^https?:/.test(tab.url) && (
          <button type="button" class="btn" onClick={savePage}>
            {t('savePage')}
          </button>
        )}
        <FailureAlert failure={failure} t={t} />
        <p role="status">{status}</p>
      </section>
      {outboxFailed ? (
        <FailureAlert failure="outboxFailed" t={t} />
      ) : (
        <p class="muted" data-testid="outbox-state">
          {t('outboxState', {
            queued: t('outbox.queued', { count: count('queued') + count('sending') }),
            attention: t('outbox.attention', { count: count('attention') }),
            delivered: t('outbox.delivered', { count: count('delivered') }),
          })}
        </p>
      )}
      <RecentSaved store={store} locale={locale} version={version} onAnswer={answer}>
        <button type="button" class="btn link" onClick={() => browser.runtime.openOptionsPage()}>
          {t('options')}
        </button>
      </RecentSaved>
    </>
  );
}
