// Pieces the connect area's pages and sections share: how an answer is named in a list (its
// reference linking to its page, its kind, its title; an erased answer by reference only), the
// challenge's name and paging links.

import type { AnswerCard } from '../../../data/answer-cards';
import { listChallenges } from '../../../data/challenges';
import type { Queryable } from '../../../data/db';
import { deskPaths } from '../../../ui/desk-paths';
import { html, type SafeHtml } from '../../../ui/html';
import { KIND_LABELS } from '../../../ui/labels';

/** "Tilbud", "Behov", "Forslag": the kind at the start of a line. */
export const kindName = (card: Pick<AnswerCard, 'kind'>) => KIND_LABELS[card.kind];

/**
 * A desk path and query without its `besked` (notice): a form that comes back to a page adds its
 * own, and the page shows the first one it finds.
 */
export function withoutNotice(path: string): string {
  const [pathname, query = ''] = path.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.delete('besked');
  const rest = params.toString();
  return `${pathname}${rest ? `?${rest}` : ''}`;
}

/** What a list says an answer is about: its title, else the start of its text. */
export function cardHeadline(card: AnswerCard): string {
  if (card.title?.trim()) return card.title;
  const start = card.excerpt.replace(/\s+/g, ' ').trim();
  return start.length > 80 ? `${start.slice(0, 79)}…` : start;
}

/** The reference as a link to the answer's page, then the kind and what it is about. */
export function answerName(card: AnswerCard): SafeHtml {
  return html`<a href="${deskPaths.answer(card.id)}">${card.reference}</a> · ${kindName(card)} · ${
    card.erased ? html`<em>Slettet svar</em>` : cardHeadline(card)
  }`;
}

/** Challenge ids to their titles; challenges are few, and answers may name unknown ones. */
export type ChallengeTitles = ReadonlyMap<string, string>;

export async function challengeTitles(db: Queryable): Promise<ChallengeTitles> {
  return new Map((await listChallenges(db)).map((challenge) => [challenge.id, challenge.title]));
}

export const challengeName = (titles: ChallengeTitles, id: string) => titles.get(id) ?? id;

/** Page numbers from 1; anything unreadable is the first page. */
export function pageNumber(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return Number.isSafeInteger(page) && page > 1 ? page : 1;
}

/** Previous and next links that keep the filter, and where in the list this page is. */
export function pagination(
  path: string,
  params: URLSearchParams,
  page: number,
  pages: number,
): SafeHtml {
  if (pages <= 1) return html``;
  const to = (n: number) => {
    const next = new URLSearchParams(params);
    next.delete('page');
    if (n > 1) next.set('page', String(n));
    const query = next.toString();
    return query ? `${path}?${query}` : path;
  };
  return html`<nav class="connect-pagination" aria-label="Sider">
<ul class="nobullet-list connect-pagination__items">
${page > 1 && html`<li><a href="${to(page - 1)}" rel="prev">Forrige side</a></li>`}
<li aria-current="page">Side ${page} af ${pages}</li>
${page < pages && html`<li><a href="${to(page + 1)}" rel="next">Næste side</a></li>`}
</ul></nav>`;
}
