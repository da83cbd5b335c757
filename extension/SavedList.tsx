// The saved opportunities: search, filter by status, change status, note, remove; export. One the
// municipality archived stays here, marked, its button showing what became of the answers.
import { useEffect, useState } from 'preact/hooks';
import { Confirm } from '../components/Confirm';
import { downloadText } from '../components/download';
import { formatDate, translator } from '../utils/i18n';
import type { Locale } from '../utils/i18n/languages';
import {
  newUpdates,
  type Opportunity,
  type OpportunityStatus,
  type OpportunityStore,
  STATUSES,
  toCsv,
  toICal,
} from '../utils/opportunities';
import { IsoDate } from '../utils/schema/common';
import { FailureAlert, readInto, useAttempt } from './failure';
import { csvWords, extensionMessages } from './i18n';

interface Props {
  store: OpportunityStore;
  locale: Locale;
  /** Bumped by the parent after it saved something. */
  version: number;
  onAnswer?: (item: Opportunity) => void;
}

export function SavedList({ store, locale, version, onAnswer }: Props) {
  const t = translator(extensionMessages[locale], locale);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<OpportunityStatus | ''>('');
  const [items, setItems] = useState<Opportunity[]>([]);
  const [removing, setRemoving] = useState<Opportunity>();
  const [tick, setTick] = useState(0);
  const [listFailed, setListFailed] = useState(false);
  const [failure, attempt] = useAttempt();
  useEffect(() => {
    let shown = true;
    void readInto(store.list({ query, status }), 'listFailed', {
      live: () => shown,
      set: setItems,
      failed: setListFailed,
    });
    return () => {
      shown = false;
    };
  }, [query, status, version, tick]);
  const refresh = () => setTick((n) => n + 1);
  /** The statuses as a select's options, fresh for each select (a vnode has one place). */
  const statusOptions = () =>
    STATUSES.map((s) => (
      <option key={s} value={s}>
        {t(`status.${s}`)}
      </option>
    ));
  const update = (id: string, patch: Partial<Opportunity>) =>
    attempt('saveFailed', async () => {
      await store.update(id, patch);
      refresh();
    });
  const exportAs = (kind: 'csv' | 'ics') =>
    attempt('requestFailed', async () => {
      const all = await store.list();
      if (kind === 'csv')
        downloadText('samskab.csv', 'text/csv;charset=utf-8', toCsv(all, csvWords(locale)));
      else downloadText('samskab.ics', 'text/calendar;charset=utf-8', toICal(all, Date.now()));
    });

  return (
    <section aria-labelledby="saved-h">
      <h2 id="saved-h">{t('savedList')}</h2>
      <div class="filters">
        <label>
          {t('search')}
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <label>
          {t('statusFilter')}
          <select
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as OpportunityStatus | '')}
          >
            <option value="">{t('all')}</option>
            {statusOptions()}
          </select>
        </label>
      </div>
      <FailureAlert failure={listFailed ? 'listFailed' : failure} t={t} />
      {items.length === 0 && !listFailed && <p class="muted">{t('nothingSaved')}</p>}
      <ul class="opps" data-testid="saved">
        {items.map((item) => (
          <li key={item.id}>
            <h3>
              <a href={item.url} target="_blank" rel="noreferrer noopener">
                {item.title}
              </a>
            </h3>
            {item.archived && (
              <p>
                <strong class="badge">{t('archived')}</strong>
              </p>
            )}
            {newUpdates(item).length > 0 && (
              <p>
                <strong class="badge">{t('newUpdates', { count: newUpdates(item).length })}</strong>
              </p>
            )}
            {item.deadline && (
              <p class="muted">
                {t('deadline')}: {formatDate(item.deadline, locale)}
              </p>
            )}
            <div class="row">
              <label>
                {t('deadline')}{' '}
                <input
                  type="date"
                  value={item.deadline ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    if (!value || IsoDate.safeParse(value).success) {
                      void update(item.id, value ? { deadline: value } : { deadline: undefined });
                    }
                  }}
                />
              </label>
              <label>
                {t('statusFilter')}{' '}
                <select
                  value={item.status}
                  onChange={(e) =>
                    update(item.id, { status: e.currentTarget.value as OpportunityStatus })
                  }
                >
                  {statusOptions()}
                </select>
              </label>
              {item.challenge && onAnswer && (
                // An archived challenge takes no answers; the side panel still shows their status.
                <button
                  type="button"
                  class={item.archived ? 'btn' : 'btn primary'}
                  onClick={() => onAnswer(item)}
                >
                  {item.archived ? t('answerStatuses') : t('answer')}
                </button>
              )}
              <button type="button" class="btn" onClick={() => setRemoving(item)}>
                {t('remove')}
              </button>
            </div>
            <label>
              {t('note')}
              <textarea
                rows={2}
                value={item.note}
                onChange={(e) => update(item.id, { note: e.currentTarget.value.slice(0, 4000) })}
              />
            </label>
            {removing?.id === item.id && (
              <Confirm
                question={t('removeQ', { title: item.title })}
                yes={t('yes')}
                no={t('no')}
                onYes={() => {
                  setRemoving(undefined);
                  return attempt('saveFailed', async () => {
                    await store.remove(item.id);
                    refresh();
                  });
                }}
                onNo={() => setRemoving(undefined)}
              />
            )}
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="btn" onClick={() => exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" class="btn" onClick={() => exportAs('ics')}>
          {t('exportIcal')}
        </button>
      </div>
    </section>
  );
}
