// What the module build loads right after the list is painted, as one chunk: the answer app and
// the deep links. One entry on purpose: a chunk of its own for the deep links would not share the
// first paint's chunk (esbuild groups modules by the entries that reach them), and the first paint
// would load one more file.
import { feedNotice } from '../utils/i18n/feed-notice';
import { type AnswerApp, startAnswer as startAnswerApp } from './answer';

import { type LinkedMount, linkMount } from './deep-link';

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
    app.error = feedNotice[options.locale].replace('{count}', String(count));
  }
  return app;
}

/**
 * Ties the answer app to its mount (widget/samskab.tsx): the deep links, and a repaint when the
 * app's part of the list changes (a draft marker).
 */
export function connect(
  mount: LinkedMount & { forceUpdate(): void },
  app: AnswerApp,
  config: { challenge?: string | undefined },
): void {
  linkMount(mount, app, config);
  app.repaint = () => mount.forceUpdate();
}
