// What the module build loads right after the list is painted, as one chunk: the answer app and
// the deep links. One entry on purpose: a chunk of its own for the deep links would not share the
// first paint's chunk (esbuild groups modules by the entries that reach them), and the first paint
// would load one more file.
import { translator } from '../utils/i18n';
import type { AnswerStrings } from '../utils/i18n/catalogue';
import type { Locale } from '../utils/i18n/languages';
import { type AnswerApp, startAnswer as startAnswerApp } from './answer';

import { type LinkedMount, linkMount } from './deep-link';
import { addSwitcher, type LoadStrings, type SwitchingMount } from './switcher';

type StartOptions = Parameters<typeof startAnswerApp>[0];

/**
 * The answer app; when the feed had challenges but every one was skipped as invalid, it carries a
 * notice for the webmaster instead of the list's "no challenges right now" (the console has
 * already named each item's missing or wrong fields).
 */
export async function startAnswer(options: StartOptions): Promise<AnswerApp> {
  const app = await startAnswerApp(options);
  const items = (options.json as { challenges?: unknown } | null)?.challenges;
  const count = Array.isArray(items) ? items.length : 0;
  if (app.challenges?.length === 0 && count > 0) {
    console.error(
      `Samskab: all ${count} challenges in the feed were skipped; the warnings above say which fields are missing or wrong`,
      options.host,
    );
    const notice = (locale: Locale, strings: AnswerStrings) =>
      translator(strings.answer, locale)('feedNotice', { count });
    app.error = notice(options.locale, options.strings);
    const relocale = app.relocale;
    app.relocale = (locale, strings) => {
      relocale?.(locale, strings);
      app.error = notice(locale, strings);
    };
  }
  return app;
}

/**
 * Ties the answer app to its mount (widget/samskab.tsx): the deep links, a repaint when the app's
 * part of the list changes (a draft marker), and the language switcher (./switcher.tsx).
 */
export function connect(
  mount: LinkedMount & SwitchingMount,
  app: AnswerApp,
  config: { challenge?: string | undefined },
  load: LoadStrings,
  strings: AnswerStrings,
): void {
  linkMount(mount, app, config);
  app.repaint = () => mount.forceUpdate();
  app.strings ??= strings;
  addSwitcher(mount, app, load);
}
