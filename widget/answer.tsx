// The lazy chunk, loaded right after the list is painted: validates the configuration and the
// feed with the shared zod schemas, then offers the challenge page, the answer forms and the
// outbox.
import type { FunctionComponent } from 'preact';
import * as z from 'zod/mini';
import { LIKELY_CAUSE, unreachable } from '../components/answer/unreachable';
import { answerCss } from '../components/answer-styles';
import type { ListExtras } from '../components/ChallengeList';
import { ChallengeView } from '../components/ChallengeView';
import { ListPager } from '../components/ListPager';
import { OutboxList } from '../components/OutboxList';
import type { AnswerServices } from '../components/services';
import { adoptStyles } from '../components/styles';
import { brokenBuiltins } from '../utils/builtins';
import { distinctValues, filterChallenges } from '../utils/challenge-filter';
import { shownInLanguage } from '../utils/challenge-translation';
import { parseChallenges } from '../utils/feed';
import { translator } from '../utils/i18n';
import type { AnswerStrings, Catalogue, ListMessages } from '../utils/i18n/catalogue';
import type { Locale } from '../utils/i18n/languages';
import { applyOverrides } from '../utils/i18n/overrides';
import type { OutboxItem } from '../utils/outbox';
import type { Challenge } from '../utils/schema/challenge';
import { WidgetConfig } from '../utils/schema/config';
import { loadFeedJson, type RawConfig } from './config';
import { draftMarks } from './draft-marks';
import { checkEmbedding } from './embed-check';
import { pageServices } from './page-services';
import { readWording } from './strings';
import { warnUnknownChallenge } from './unknown-challenge';

// Host pages may forbid eval (`script-src 'self'`); zod must not even probe for it, since the
// probe alone is reported as a CSP violation.
z.config({ jitless: true });

export interface ViewProps {
  challengeId: string;
  onBack?: (() => void) | undefined;
}

export interface AnswerApp {
  error?: string;
  /** The feed loaded but is not a feed at all ({"challenges": [...]}). */
  feedBroken?: boolean;
  challenges?: Challenge[];
  extras?: ListExtras;
  View?: FunctionComponent<ViewProps>;
  Outbox?: FunctionComponent;
  /** Set by the mount (widget/after-paint.ts): paints it again, e.g. when a draft marker changes. */
  repaint?: () => void;
  /** The list's words with the municipality's wording in place (widget/strings.ts). */
  list?: ListMessages;
  /** The rest of the words in use, likewise (the switcher's label is among them). */
  strings?: AnswerStrings;
  /** The language switcher (widget/switcher.tsx), set by the mount. */
  Switcher?: FunctionComponent;
  /**
   * The switcher chose another language: its words (with the municipality's wording) from now on,
   * in the views as they are; the mount paints again.
   */
  relocale?(locale: Locale, strings: Catalogue): void;
  dispose(): void;
}

interface StartOptions {
  host: HTMLElement;
  config: RawConfig;
  /** The object given to `Samskab.mount`, which may carry the wording itself. */
  api: object;
  json: unknown;
  locale: Locale;
  /** The language's catalogue, both parts. */
  strings: Catalogue;
  feedError: boolean;
}

/** The first problem in a configuration, named by the attribute a webmaster would fix. */
export function describeConfigError(config: RawConfig): string | undefined {
  const result = WidgetConfig.safeParse(config);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? 'endpoint');
  const value = config[key as keyof RawConfig];
  // The attribute of a two-word key: `privacyUrl` is `data-privacy-url`.
  const attribute = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const why =
    value === undefined
      ? 'is missing'
      : issue.code === 'invalid_value'
        ? 'is not one of the allowed values'
        : issue.message;
  return `data-${attribute} ${why}`;
}

export async function startAnswer({
  host,
  config,
  api,
  json,
  locale,
  strings,
  feedError,
}: StartOptions): Promise<AnswerApp> {
  // Fetched now, while the rest starts; only a valid configuration's URL is fetched.
  const wording = readWording(describeConfigError(config) ? {} : config, api, {
    fetch: statusFetch,
    warn: (message) => console.warn(message),
  });
  const t = translator(strings.answer, locale);
  if (host.shadowRoot) adoptStyles(host.shadowRoot, answerCss);
  const broken = await brokenBuiltins();
  if (broken.length > 0) {
    console.error(
      `Samskab: this page has changed JavaScript built-ins that answers depend on (${broken.join(', ')}); answers are turned off so that none is garbled or lost`,
      host,
    );
    return { error: t('pageBroken'), dispose() {} };
  }
  const configError = describeConfigError(config);
  if (configError) {
    console.error(`Samskab: ${configError}`, host);
    return { error: t('configError', { detail: configError }), dispose() {} };
  }
  const { endpoint, privacyUrl, challenges: feed } = config as WidgetConfig;
  // Whether this page may send answers at all, asked once right after the paint (issue 21).
  checkEmbedding(
    endpoint,
    feed && new URL(feed).origin === new URL(endpoint).origin ? config.challenge : undefined,
    { fetch: statusFetch, pageOrigin: location.origin, error: (message) => console.error(message) },
  ).catch(() => undefined);
  if (feedError) return { dispose() {} };
  let challenges: Challenge[];
  try {
    challenges = await parseChallenges(json, {
      warn: (message) => console.warn(message),
      locale: locale === 'da' ? 'da' : 'en',
    });
  } catch (error) {
    console.error(error);
    return { feedBroken: true, dispose() {} };
  }
  const sources = await wording;
  const reword = (language: Locale, catalogue: Catalogue) =>
    sources.reduce(
      (words, { source, input }) =>
        applyOverrides(words, language, input, (message) => console.warn(message), source),
      catalogue,
    );
  const page = await pageServices();
  const own = reword(locale, strings);
  // Replaced when the switcher chooses another language: the views read it as they render.
  let services: AnswerServices = {
    ...page.services(locale, host, endpoint),
    strings: own,
    privacyUrl,
    // Protocol 1.1: asked with the fetch of this moment, as the outbox's deliveries are.
    followStatus: {
      fetch: statusFetch,
      update: (id, change) => page.outbox.updateStatus(id, change),
    },
  };
  // The words in use now: the switcher may change them.
  const words = () => translator(services.strings.answer, services.locale);
  // Each challenge's title in the visitor's language, for the list (and its search).
  const inLanguage = (list: Challenge[], language: Locale) =>
    list.map((challenge) => shownInLanguage(challenge, language).challenge);
  // The feed's raw JSON, for protocol 1.1's fields; replaced when it is asked in another language.
  let raw = json;
  let asked = locale;
  const askAgain = async (language: Locale) => {
    asked = language;
    try {
      const again = await loadFeedJson(config, host.ownerDocument, statusFetch, language);
      const next = await parseChallenges(again, {
        warn: () => undefined,
        locale: language === 'da' ? 'da' : 'en',
      });
      // A later switch has asked again meanwhile: its answer wins.
      if (asked !== language) return;
      raw = again;
      challenges = next;
      app.challenges = inLanguage(next, language);
      app.repaint?.();
    } catch (error) {
      console.error('Samskab: the challenges in the new language did not load', error);
    }
  };
  const View = ({ challengeId, onBack }: ViewProps) => {
    const challenge = challenges.find((c) => c.id === challengeId);
    if (!challenge) {
      warnUnknownChallenge(challengeId, feed, (message) => console.warn(message));
      return <p class="notice err">{words()('notFound')}</p>;
    }
    // The raw item too: its protocol 1.1 fields, which `Challenge` drops, show what others said.
    const item = (raw as { challenges: { id?: unknown }[] }).challenges.find(
      (i) => i?.id === challengeId,
    );
    return <ChallengeView challenge={challenge} services={services} onBack={onBack} item={item} />;
  };
  // A filter's values per list: the list asks on every paint, and 10,000 challenges take a while.
  const choicesOf = new WeakMap<object, Partial<Record<'theme' | 'area', string[]>>>();
  const marks = await draftMarks(
    services.drafts,
    () => services.strings.answer.hasDraft,
    () => app.repaint?.(),
  );
  const stopReporting = page.outbox.subscribe(reportUnreachable);
  host.dispatchEvent(
    new CustomEvent('samskab:ready', {
      bubbles: true,
      detail: { id: null, kind: null, challengeId: config.challenge ?? null },
    }),
  );
  const app: AnswerApp = {
    challenges: inLanguage(challenges, locale),
    extras: {
      filter: filterChallenges,
      choices: (list, key) => {
        const known = choicesOf.get(list) ?? {};
        choicesOf.set(list, known);
        known[key] ??= distinctValues(list, key);
        return known[key];
      },
      mark: marks.mark,
      Pager: (props) => <ListPager {...props} t={words()} />,
      noMatch: () => words()('noMatch'),
    },
    View,
    Outbox: () => <OutboxList services={services} />,
    list: own.list,
    strings: own,
    relocale(language, catalogue) {
      const next = reword(language, catalogue);
      services = { ...services, locale: language, strings: next };
      app.list = next.list;
      app.strings = next;
      app.challenges = inLanguage(challenges, language);
      // A feed asked with `?locale=` carries only that language's translations: ask it again in
      // the new one, and show it when it comes (the Danish, with its notice, until then).
      if (feed) void askAgain(language);
    },
    dispose: () => {
      marks.stop();
      stopReporting();
      page.release(host);
    },
  };
  return app;
}

// Taken when the chunk loads: a page that replaces fetch later cannot fake an answer's status.
const statusFetch = fetch.bind(globalThis);

// Once per answer and cause on this page, however many mounts listen to the one outbox.
const reported = new Set<string>();

/** Tells the webmaster, in the console, why an answer is not getting through. */
function reportUnreachable(id: string, item: OutboxItem | undefined): void {
  const cause = item && unreachable(item, navigator.onLine);
  if (!cause || reported.has(`${id} ${cause}`)) return;
  reported.add(`${id} ${cause}`);
  console.error(
    `Samskab: this page (${location.origin}) cannot reach the endpoint ${item.endpoint}: ${LIKELY_CAUSE[cause]}. The answer is kept on this device${cause === 'network' ? ' and retried' : ''}.`,
  );
}
