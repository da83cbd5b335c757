// The module build (`samskab.mjs`): `mount` for pages that import it, `autoMount` for the classic
// loader. Everything here is paid for before the list is painted, so it holds only the list;
// validation, the answer forms and the outbox arrive with the lazy answer chunk.
import { Component, type ComponentChildren, render } from 'preact';
import { ChallengeList } from '../components/ChallengeList';
import { listCss } from '../components/list-styles';
import { adoptStyles } from '../components/styles';
import { type ChallengeSummary, summarize } from '../utils/challenge-summary';
import { FeedError } from '../utils/feed-fetch';
import { pickLocale, translator } from '../utils/i18n';
import { listMessages } from '../utils/i18n/list';
import { isAllowedRemoteUrl } from '../utils/url';
import type { AnswerApp } from './answer';
import {
  feedArray,
  loadFeedJson,
  mergeConfig,
  type RawConfig,
  readApiConfig,
  readDataConfig,
} from './config';
import type { DeepLinks } from './deep-link';

export type { RawConfig };
export interface MountHandle {
  unmount(): void;
}

const mounted = new WeakMap<HTMLElement, MountHandle>();

/** Mounts once per element; `config` overrides the element's own `data-*` attributes. */
export function mount(element: HTMLElement, config: RawConfig = {}): MountHandle {
  const existing = mounted.get(element);
  if (existing) return existing;
  const merged = mergeConfig(readDataConfig(element), readApiConfig(config));
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  adoptStyles(root, listCss);
  render(<Widget host={element} config={merged} />, root);
  const handle = {
    unmount() {
      render(null, root);
      mounted.delete(element);
    },
  };
  mounted.set(element, handle);
  return handle;
}

export function autoMount(scriptConfig: RawConfig, doc: Document = document): void {
  for (const element of doc.querySelectorAll<HTMLElement>('[data-samskab]')) {
    mount(element, mergeConfig(scriptConfig, readDataConfig(element)));
  }
}

type Feed = { summaries: ChallengeSummary[] } | { error: unknown };

interface WidgetProps {
  host: HTMLElement;
  config: RawConfig;
}
interface WidgetState {
  feed?: Feed | undefined;
  app?: AnswerApp | undefined;
  selected?: string | undefined;
  returnTo?: string | undefined;
}

// A class, like ChallengeList: no `preact/hooks` before the first paint.
class Widget extends Component<WidgetProps, WidgetState> {
  override state: WidgetState = { selected: this.props.config.challenge };
  private run = 0;
  /** Set once the answer chunk is here (widget/deep-link.ts); `declare` emits no code. */
  declare links?: DeepLinks | undefined;

  override componentDidMount() {
    void this.load();
  }

  override componentWillUnmount() {
    this.run += 1;
    // Also stops the deep links (widget/deep-link.ts).
    this.state.app?.dispose();
  }

  private async load() {
    const run = ++this.run;
    const { host, config } = this.props;
    let json: unknown;
    let feed: Feed;
    try {
      // A refused endpoint gets no request at all; the answer chunk explains why.
      if (!isAllowedRemoteUrl(config.endpoint)) throw new Error('config');
      json = await loadFeedJson(config, host.ownerDocument, fetch);
      feed = {
        summaries: feedArray(json)
          .map(summarize)
          .filter((s) => s !== undefined),
      };
    } catch (error) {
      // The notice says the challenges could not be loaded; the console says which attribute.
      if (error instanceof FeedError) console.error(error.message, host);
      feed = { error };
    }
    if (run !== this.run) return;
    this.setState({ feed });
    let app: AnswerApp;
    try {
      const lazy = await import('./after-paint');
      app = await lazy.startAnswer({
        host,
        config,
        json,
        locale: this.locale(),
        feedError: 'error' in feed,
      });
      if (run === this.run) lazy.connect(this, app, config);
    } catch (error) {
      // Offline before the answer chunk arrived: say so, and offer to try again.
      console.error('Samskab: could not load the answer form', error);
      app = { feedBroken: true, dispose() {} };
    }
    if (run === this.run) this.setState({ app });
    else app.dispose();
  }

  private locale() {
    return pickLocale(this.props.config.locale, this.props.host.ownerDocument.documentElement.lang);
  }

  override render({ config }: WidgetProps, { feed, app, selected, returnTo }: WidgetState) {
    const locale = this.locale();
    const t = translator(listMessages[locale]);
    const retry = () => {
      app?.dispose();
      this.setState({ feed: undefined, app: undefined });
      void this.load();
    };
    let body: ComponentChildren = <p aria-busy="true">{t('loading')}</p>;
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
      // Back is only offered by the view, which comes with the deep links (widget/deep-link.ts).
      if (app?.View)
        body = (
          <app.View
            challengeId={selected}
            onBack={config.challenge ? undefined : () => this.links?.back()}
          />
        );
    } else if (feed && 'summaries' in feed) {
      body = (
        <ChallengeList
          challenges={app?.challenges ?? feed.summaries}
          locale={locale}
          t={t}
          now={new Date()}
          onSelect={(id) =>
            this.links ? this.links.open(id) : this.setState({ selected: id, returnTo: id })
          }
          focusId={returnTo}
          extras={app?.extras}
        />
      );
    }
    return (
      <section
        class="root"
        aria-label={t('region')}
        lang={locale}
        // Both languages so far are written left to right, also on a right-to-left page; a
        // catalogue of a right-to-left language brings its `dir` (issue 22), the styles follow.
        dir="ltr"
        // Light unless the page asks for `dark` or `auto` (list-styles.ts); the answer chunk
        // refuses any other value with the configuration's notice.
        data-scheme={config.colorScheme}
        data-ready={app ? '' : undefined}
      >
        {body}
        {app?.Outbox && <app.Outbox />}
      </section>
    );
  }
}
