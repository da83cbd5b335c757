// The list of challenges: the current ones by default (drafts, open and closed), or one view at a
// time (drafts, open, closed, archived, all), 50 to a page, each with its answers per kind, its deadline and its
// state, linking to its page.

import { dayInWords, inCopenhagen } from '../../../../utils/copenhagen-time';
import { KINDS } from '../../../../utils/schema/common';
import {
  CHALLENGE_VIEWS,
  type ChallengeView,
  type ListedChallenge,
  listDeskChallenges,
} from '../../../data/challenge-store';
import { deskPaths } from '../../../ui/desk-paths';
import { html, type SafeHtml } from '../../../ui/html';
import { KIND_LABELS } from '../../../ui/labels';
import { pageBasics } from '../../../web/context';
import { sendPage } from '../../../web/respond';
import type { Handler } from '../../../web/route';
import { stateBadge } from './shared';

const PAGE_SIZE = 50;

const VIEW_LABELS: Record<ChallengeView, string> = {
  current: 'Aktuelle',
  drafts: 'Kladder',
  open: 'Åbne',
  closed: 'Lukkede',
  archived: 'Arkiverede',
  all: 'Alle',
};

const EMPTY_TEXT: Record<ChallengeView, string> = {
  current: 'Der er ingen udfordringer endnu.',
  drafts: 'Der er ingen kladder.',
  open: 'Der er ingen åbne udfordringer.',
  closed: 'Der er ingen lukkede udfordringer.',
  archived: 'Der er ingen arkiverede udfordringer.',
  all: 'Der er ingen udfordringer endnu.',
};

const viewHref = (view: ChallengeView, page = 1) => {
  const params = new URLSearchParams();
  if (view !== 'current') params.set('vis', view);
  if (page > 1) params.set('side', String(page));
  const query = params.toString();
  return query ? `${deskPaths.challenges}?${query}` : deskPaths.challenges;
};

function viewNav(current: ChallengeView, totals: Record<ChallengeView, number>): SafeHtml {
  return html`<nav aria-label="Vis udfordringer" class="challenge-views"><ul class="nobullet-list">${CHALLENGE_VIEWS.map(
    (view) =>
      html`<li><a href="${viewHref(view)}"${view === current ? html` aria-current="page" class="current"` : ''}>${VIEW_LABELS[view]} (${totals[view]})</a></li>`,
  )}</ul></nav>`;
}

function row(item: ListedChallenge, now: Date): SafeHtml {
  const { challenge } = item;
  return html`<tr>
<td><a href="${deskPaths.challenge(challenge.id)}">${challenge.title}</a><br><span class="form-hint">${challenge.id}</span></td>
<td>${stateBadge(item, now)}</td>
<td>${challenge.deadline ? dayInWords(challenge.deadline) : '–'}</td>
${KINDS.map((kind) => html`<td class="text-right">${item.counts[kind] ?? 0}</td>`)}
<td class="text-right">${item.fresh}</td>
<td>${inCopenhagen(item.updatedAt ?? item.createdAt)}</td>
</tr>`;
}

function pager(view: ChallengeView, page: number, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  return html`<nav aria-label="Sider" class="challenge-pager"><ul class="nobullet-list">
${page > 1 && html`<li><a href="${viewHref(view, page - 1)}">Forrige side</a></li>`}
<li>Side ${page} af ${pages}</li>
${page < pages && html`<li><a href="${viewHref(view, page + 1)}">Næste side</a></li>`}
</ul></nav>`;
}

export const getChallengeList: Handler = async (context) => {
  const { url, services } = context;
  const asked = url.searchParams.get('vis');
  const view = (CHALLENGE_VIEWS as readonly string[]).includes(asked ?? '')
    ? (asked as ChallengeView)
    : 'current';
  const requested = Number.parseInt(url.searchParams.get('side') ?? '1', 10);
  const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
  const now = new Date(services.clock());
  const { challenges, totals } = await listDeskChallenges(
    services.db,
    view,
    { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    now,
  );
  const total = totals[view];
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.challenges),
    title: 'Udfordringer',
    body: html`<h1>Udfordringer</h1>
<p>Udfordringerne her vises i feedet og dermed på kommunens hjemmesider, undtagen kladder og de arkiverede. En ny udfordring er en kladde, indtil du offentliggør den.</p>
<p><a href="${deskPaths.newChallenge}" class="button button-primary">Opret en udfordring</a></p>
${viewNav(view, totals)}
${
  challenges.length === 0
    ? html`<p>${total === 0 ? EMPTY_TEXT[view] : 'Der er ikke så mange sider.'}</p>`
    : html`<table class="table table--compact challenge-list"><caption>${VIEW_LABELS[view]} udfordringer: ${total}</caption>
<thead><tr><th scope="col">Udfordring</th><th scope="col">Status</th><th scope="col">Svarfrist</th>${KINDS.map((kind) => html`<th scope="col" class="text-right">${KIND_LABELS[kind]}</th>`)}<th scope="col" class="text-right">Nye svar</th><th scope="col">Sidst ændret</th></tr></thead>
<tbody>${challenges.map((item) => row(item, now))}</tbody></table>`
}
${pager(view, page, pages)}`,
  });
};
