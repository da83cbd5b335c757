// The widget alone on a page, as the embed page's snippet would show it: the embed page shows it
// in two frames, a computer's width and a phone's (a frame is its own viewport, so the widget's
// narrow layout applies). The feed is the real one; answers go to this page's own address, which
// takes GET only, so nothing typed in a preview reaches the answers (as on a challenge's preview).
import { listPublicChallenges } from '../../../data/challenges';
import { sendHtml } from '../../../http/responses';
import { deskPaths } from '../../../ui/desk-paths';
import { documentStart } from '../../../ui/document';
import { html } from '../../../ui/html';
import { nowOf } from '../../../web/context';
import { DESK_HEADERS } from '../../../web/respond';
import type { Handler } from '../../../web/route';

export const getEmbedPreview: Handler = async (context) => {
  const { url, services } = context;
  const origin = services.origin();
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'da';
  const wanted = url.searchParams.get('challenge');
  const challenge = wanted
    ? (await listPublicChallenges(services.db, nowOf(context))).find((c) => c.id === wanted)?.id
    : undefined;
  const heading = locale === 'en' ? 'Preview of the widget' : 'Forhåndsvisning af widgetten';
  const page = html`${documentStart({
    title: `${heading} – Samskab`,
    lang: locale,
    stylesheets: ['/widget/samskab.css'],
    icon: false,
    extra: html`<script src="/widget/samskab.js" defer data-endpoint="${origin}${deskPaths.embedPreview}" data-challenges="${origin}/api/challenges" data-locale="${locale}"></script>\n`,
  })}
<body>
<main class="container"><h1 class="sr-only">${heading}</h1>
${challenge ? html`<div data-samskab data-challenge="${challenge}"></div>` : html`<div data-samskab></div>`}
</main>
</body>
</html>
`;
  sendHtml(context.res, 200, page.value, DESK_HEADERS);
};
