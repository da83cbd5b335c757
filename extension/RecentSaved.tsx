// The popup's part of the saved list: the newest few, each with its status, and a way to the
// saved-list page (saved.html) where everything is searched, edited and exported. Chrome cuts a
// popup at 600 px: twenty saved items in full took 1,500. A challenge the municipality archived is
// not listed here (the saved-list page keeps it, marked, with what became of the answers).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator } from '../utils/i18n';
import { CATALOGUES } from '../utils/i18n/all';
import type { Locale } from '../utils/i18n/languages';
import { newUpdates, type Opportunity, type OpportunityStore } from '../utils/opportunities';
import { FailureAlert, readInto } from './failure';
import { extensionMessages } from './i18n';
import { takesAnswers } from './popup-list';

/** How many saved items the popup shows. */
export const RECENT_IN_POPUP = 3;

interface Props {
  store: OpportunityStore;
  locale: Locale;
  /** Bumped by the popup after it saved something. */
  version: number;
  onAnswer(item: Opportunity): void;
  /** Shown on the same row as the way to the saved-list page (the settings). */
  children?: ComponentChildren;
}

export function RecentSaved({ store, locale, version, onAnswer, children }: Props) {
  const t = translator(extensionMessages[locale], locale);
  const [items, setItems] = useState<Opportunity[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let shown = true;
    void readInto(store.list(), 'listFailed', {
      live: () => shown,
      set: setItems,
      failed: setFailed,
    });
    return () => {
      shown = false;
    };
  }, [version]);
  const now = new Date();
  const listed = items.filter((item) => !item.archived);
  const openList = () =>
    void browser.tabs
      .create({ url: new URL('/saved.html', location.href).href })
      // The browser closes the popup itself when the new tab takes the focus.
      .catch((error: unknown) => console.error('Samskab: the saved list did not open', error));

  return (
    <section aria-labelledby="saved-h">
      <h2 id="saved-h">{t('savedList')}</h2>
      <FailureAlert failure={failed ? 'listFailed' : undefined} t={t} />
      {listed.length === 0 && !failed && <p class="muted">{t('nothingSaved')}</p>}
      <ul class="opps compact" data-testid="saved">
        {listed.slice(0, RECENT_IN_POPUP).map((item) => (
          <li key={item.id}>
            <a href={item.url} target="_blank" rel="noreferrer noopener">
              {item.title}
            </a>{' '}
            <span class="muted">({t(`status.${item.status}`)})</span>
            {newUpdates(item).length > 0 && (
              <strong class="badge">{t('newUpdates', { count: newUpdates(item).length })}</strong>
            )}
            {item.challenge && !takesAnswers(item.challenge, now) && (
              <strong class="badge">{CATALOGUES[locale].list.closed}</strong>
            )}
            {item.challenge && takesAnswers(item.challenge, now) && (
              <button
                type="button"
                class="btn link"
                aria-label={`${t('answer')}: ${item.title}`}
                onClick={() => onAnswer(item)}
              >
                {t('answer')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div class="row">
        {items.length > 0 && (
          <button type="button" class="btn" onClick={openList}>
            {t('allSaved', { count: items.length })}
          </button>
        )}
        {children}
      </div>
    </section>
  );
}
