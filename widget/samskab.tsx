// The module build (`samskab.mjs`): `mount` for pages that import it, `autoMount` for the classic
// loader. Everything here is paid for before the list is painted, so it holds only the list;
// validation, the answer forms and the outbox arrive with the lazy answer chunk.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ChallengeList } from '../components/ChallengeList';
import { listCss } from '../components/list-styles';
import { adoptStyles } from '../components/styles';
import { type ChallengeSummary, summarize } from '../utils/challenge-summary';
import { pickLocale, translator } from '../utils/i18n';
import { listMessages } from '../utils/i18n/list';
import { isAllowedRemoteUrl } from '../utils/url';
import type { AnswerApp } from './answer';
import { feedArray, loadFeedItems, mergeConfig, type RawConfig, readDataConfig } from './config';
import { reserveHeight } from './reserve';

export type { RawConfig };
export interface MountHandle {
  unmount(): void;
}

const mounted = new WeakMap<HTMLElement, MountHandle>();

export function mount(element: HTMLElement, config: RawConfig = {}): MountHandle {
  const existing = mounted.get(element);
  if (existing) return existing;
  const merged = mergeConfig(readDataConfig(element), config);
  reserveHeight(element, Boolean(merged.challenge));
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  adoptStyles(root, listCss);
  render(<Widget host={element} config={merged} />, root);
  const handle = {
    unmount() {
      render(null, root);
      element.style.removeProperty('min-height');
      mounted.delete(element);
    },
  };
  mounted.set(element, handle);
  return handle;
}

export function autoMount(scriptConfig: RawConfig, doc: Document = document): void {
  for (const element of doc.querySelectorAll<HTMLElement>('[data-samskab]')) {
    mount(element, scriptConfig && mergeConfig(scriptConfig, readDataConfig(element)));
  }
}

type Feed = { items: unknown[]; summaries: ChallengeSummary[] } | { error: string };

function Widget({ host, config }: { host: HTMLElement; config: RawConfig }) {
  const locale = pickLocale(config.locale, host.ownerDocument.documentElement.lang);
  const t = translator(listMessages[locale]);
  const [attempt, setAttempt] = useState(0);
  const [feed, setFeed] = useState<Feed>();
  const [app, setApp] = useState<AnswerApp>();
  const [selected, setSelected] = useState(config.challenge);
  const [returnTo, setReturnTo] = useState<string>();

  useEffect(() => {
    let alive = true;
    let started: AnswerApp | undefined;
    (async () => {
      let json: unknown;
      let current: Feed;
      try {
        // A refused endpoint gets no request at all; the answer chunk explains why.
        if (!isAllowedRemoteUrl(config.endpoint ?? '')) throw new Error('config');
        json = await loadFeedItems(config, host.ownerDocument, fetch, isAllowedRemoteUrl);
        const items = feedArray(json);
        current = { items, summaries: items.map(summarize).filter((s) => s !== undefined) };
      } catch (error) {
        current = { error: String(error) };
      }
      if (!alive) return;
      setFeed(current);
      const { startAnswer } = await import('./answer');
      started = await startAnswer({ host, config, json, locale, feedError: 'error' in current });
      if (alive) setApp(started);
      else started.dispose();
    })();
    return () => {
      alive = false;
      started?.dispose();
    };
  }, [attempt]);

  const retry = () => {
    setFeed(undefined);
    setApp(undefined);
    setAttempt(attempt + 1);
  };
  const open = (id: string) => {
    setReturnTo(id);
    setSelected(id);
  };

  let body: preact.ComponentChildren;
  if (app?.error) {
    body = (
      <p class="notice err" role="alert">
        {app.error}
      </p>
    );
  } else if (app && (app.feedBroken || (feed && 'error' in feed))) {
    body = (
      <div class="notice err" role="alert">
        <p>{t('feedError')}</p>
        <button type="button" class="btn" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    );
  } else if (selected) {
    body = app?.View ? (
      <app.View
        challengeId={selected}
        onBack={config.challenge ? undefined : () => setSelected(undefined)}
        notFound={t('notFound', { id: selected })}
      />
    ) : (
      <p aria-busy="true">{t('loading')}</p>
    );
  } else if (feed && 'summaries' in feed) {
    body = (
      <ChallengeList
        challenges={app?.challenges ?? feed.summaries}
        locale={locale}
        t={t}
        now={new Date()}
        onSelect={open}
        focusId={returnTo}
      />
    );
  } else {
    body = <p aria-busy="true">{t('loading')}</p>;
  }
  return (
    <section class="root" aria-label={t('region')} lang={locale}>
      {body}
      {app?.Outbox && !selected && <app.Outbox />}
    </section>
  );
}
