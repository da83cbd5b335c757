// The module build (`samskab.mjs`): `mount` for pages that import it, `autoMount` for the classic
// loader. Everything here is paid for before the list is painted, so it holds only the list and
// the language switcher; the words come in a chunk per language, validation, the answer forms and
// the outbox arrive with the lazy answer chunk.
import { Component, type ComponentChildren, render } from 'preact';
import { ChallengeList } from '../components/ChallengeList';
import { listCss } from '../components/list-styles';
import { adoptStyles } from '../components/styles';
import { type ChallengeSummary, summarize } from '../utils/challenge-summary';
import { FeedError } from '../utils/feed-fetch';
import { chosenLocale, pickLocale, translator } from '../utils/i18n';
import type { AnswerStrings, ListStrings } from '../utils/i18n/catalogue';
import type { Locale } from '../utils/i18n/languages';
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

export { preact } from './preact-for-chunks';
export type { RawConfig };
export interface MountHandle {
  unmount(): void;
}

const mounted = new WeakMap<HTMLElement, MountHandle>();

/**
 * A language's words, from beside this module (widget/build.ts names the files by `__STRINGS__`):
 * the list's, which the loader has already asked for, and the rest, fetched beside the answer chunk.
 */
function loadStrings(locale: Locale, part: 'list'): Promise<ListStrings>;
function loadStrings(locale: Locale, part: 'answer'): Promise<AnswerStrings>;
function loadStrings(locale: Locale, part: string) {
  return import(new URL(`chunks/${locale}-${part}-${__STRINGS__}.mjs`, import.meta.url).href);
}

/**
 * Mounts once per element; `config` overrides the element's own `data-*` attributes. Its
 * `strings` may also be the municipality's wording itself, an object (widget/strings.ts).
 */
export function mount(element: HTMLElement, config: object = {}): MountHandle {
  const existing = mounted.get(element);
  if (existing) return existing;
  const merged = mergeConfig(readDataConfig(element), readApiConfig(config));
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  adoptStyles(root, listCss);
  render(<Widget host={element} config={merged} api={config} />, root);
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
  /** The object given to `mount`, for the wording a page may pass in it (widget/strings.ts). */
  api: object;
}
interface WidgetState {
  feed?: Feed | undefined;
  app?: AnswerApp | undefined;
  selected?: string | undefined;
  returnTo?: string | undefined;
  locale: Locale;
  /** The list's words in `locale`; nothing is shown until they are here. */
  words?: ListStrings | undefined;
}

// A class, like ChallengeList: no `preact/hooks` before the first paint.
class Widget extends Component<WidgetProps, WidgetState> {
  override state: WidgetState = {
    selected: this.props.config.challenge,
    locale: pickLocale(
      this.props.config.locale,
      this.props.host.ownerDocument.documentElement.lang,
      chosenLocale(),
    ),
  };
  private run = 0;
  /** Set once the answer chunk is here (widget/deep-link.ts); `declare` emits no code. */
  declare links?: DeepLinks | undefined;

  override componentDidMount() {
    void this.load(this.state.locale);
  }

  override componentWillUnmount() {
    this.run += 1;
    // Also stops the deep links (widget/deep-link.ts).
    this.state.app?.dispose();
  }

  /** The feed and the list's words (the loader asked for them before this module ran), together. */
  private async load(locale: Locale, known?: ListStrings) {
    const run = ++this.run;
    const { host, config, api } = this.props;
    const words = known ?? loadStrings(locale, 'list');
    let json: unknown;
    let feed: Feed;
    try {
      // A refused endpoint gets no request at all; the answer chunk explains why.
      if (!isAllowedRemoteUrl(config.endpoint)) throw new Error('config');
      json = await loadFeedJson(config, host.ownerDocument, fetch, locale);
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
    let list: ListStrings;
    try {
      list = await words;
    } catch (error) {
      console.error(`Samskab: the words in "${locale}" did not load`, error);
      return;
    }
    if (run !== this.run) return;
    this.setState({ feed, words: list });
    let app: AnswerApp;
    try {
      // The rest of the words come beside the code that shows them.
      const [lazy, rest] = await Promise.all([
        import('./after-paint'),
        loadStrings(locale, 'answer'),
      ]);
      app = await lazy.startAnswer({
        host,
        config,
        api,
        json,
        locale,
        strings: { ...list, ...rest },
        feedError: 'error' in feed,
      });
      if (run === this.run) lazy.connect(this, app, config, loadStrings, rest);
    } catch (error) {
      // Offline before the answer chunk arrived: say so, and offer to try again.
      console.error('Samskab: could not load the answer form', error);
      app = { feedBroken: true, dispose() {} };
    }
    if (run === this.run) this.setState({ app });
    else app.dispose();
  }

  /** Loads again: "Prøv igen", or the switcher where the app cannot change its words in place. */
  restart(locale: Locale, words?: ListStrings) {
    this.state.app?.dispose();
    this.setState({ locale, words, feed: undefined, app: undefined });
    void this.load(locale, words);
  }

  override render(
    { config }: WidgetProps,
    { feed, app, selected, returnTo, locale, words }: WidgetState,
  ) {
    if (!words) return null;
    const t = translator(app?.list ?? words.list, locale);
    const retry = () => this.restart(locale, words);
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
        // The language's direction, from its catalogue; the styles (logical sides) follow.
        dir={words.dir}
        // Light unless the page asks for `dark` or `auto` (list-styles.ts); the answer chunk
        // refuses any other value with the configuration's notice.
        data-scheme={config.colorScheme}
        data-ready={app ? '' : undefined}
      >
        {/* The switcher comes with the answer chunk (widget/switcher.tsx); its row is kept. */}
        {app?.Switcher ? <app.Switcher /> : <p class="lang" />}
        {body}
        {app?.Outbox && <app.Outbox />}
      </section>
    );
  }
}
