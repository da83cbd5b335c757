// The challenge as a citizen sees it: the real widget, given this one challenge inline, exactly as
// the feed would carry it (also when it is closed or archived, which the feed would not show).
//
// Nothing typed here can reach the answers: the widget's endpoint is this page's own address,
// which takes GET only, so a post gets a 405 and the widget says the page is set up wrongly
// (docs/protocol.md: 405 is kept, not retried). The page says so before anyone tries.

import { feedChallenges } from '../../../data/feed';
import { ownOrigin } from '../../../http/cors';
import { alert } from '../../../ui/alert';
import { widgetIsBuilt, widgetMissingNotice } from '../../../ui/demo';
import { deskPaths } from '../../../ui/desk-paths';
import { html } from '../../../ui/html';
import { scriptJson } from '../../../ui/layout';
import { pageBasics } from '../../../web/context';
import { sendPage } from '../../../web/respond';
import type { Handler } from '../../../web/route';
import { challengeOr404, challengeTrail } from './shared';

const PREVIEW_NOTE =
  'Herunder er udfordringen i den rigtige widget, som den vises på kommunens hjemmeside. Du kan prøve formularen, men svar sendt herfra bliver ikke modtaget: widgetten vil sige, at siden er sat forkert op. En kladde gemmes kun i din egen browser.';

/** JSON for a `<script type="application/json">` element (the desk's layout has it too). */
export { scriptJson };

export const getChallengePreview: Handler = async (context) => {
  const item = await challengeOr404(context);
  if (!item) return;
  const { id, status, title } = item.challenge;
  const { config, db } = context.services;
  const origin = ownOrigin(context.req, config.publicOrigin) ?? '';
  const feed = { challenges: await feedChallenges(db, { id }) };
  const state: string[] = [];
  if (item.archivedAt) state.push('Udfordringen er arkiveret: den vises ikke i feedet.');
  if (status === 'closed') state.push('Udfordringen er lukket: borgerne kan ikke svare.');
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.challenges),
    title: `Se som borger: ${title}`,
    trail: challengeTrail(item, 'Se som borger'),
    body: html`<h1>Sådan ser borgerne udfordringen</h1>
${alert('info', { heading: 'Forhåndsvisning', text: [PREVIEW_NOTE, ...state] })}
${widgetIsBuilt(config.staticDirs.widget) ? '' : widgetMissingNotice()}
<link rel="stylesheet" href="/widget/samskab.css">
<div class="challenge-preview"><div data-samskab data-challenge="${id}"></div></div>
<script type="application/json" data-samskab-challenges>${scriptJson(feed)}</script>
<script src="/widget/samskab.js" defer data-endpoint="${origin}${deskPaths.previewChallenge(id)}" data-locale="da"></script>
<p><a href="${deskPaths.challenge(id)}">Tilbage til udfordringen</a></p>`,
  });
};
