// What the challenge pages share: finding the challenge the path names and its state in words.

import { inCopenhagen } from '../../../../utils/copenhagen-time';
import { Slug } from '../../../../utils/schema/common';
import { type DeskChallenge, findDeskChallenge, isPublished } from '../../../data/challenge-store';
import { deskPaths } from '../../../ui/desk-paths';
import { html, type SafeHtml } from '../../../ui/html';
import { pageBasics, param } from '../../../web/context';
import { sendProblem } from '../../../web/respond';
import type { RequestContext } from '../../../web/route';

/** The widget counts the whole deadline day; in the desk, the municipality's day is Copenhagen's. */
export const deadlinePassed = (deadline: string | undefined, now: Date) =>
  deadline !== undefined && deadline < inCopenhagen(now, 'isoDay');

/** The challenge's state as staff read it, and as a badge. */
export function stateBadge(item: DeskChallenge, now: Date): SafeHtml {
  const { status, deadline } = item.challenge;
  const [label, tone] = item.archivedAt
    ? ['Arkiveret', 'badge-info']
    : !isPublished(item, now)
      ? item.publishAt
        ? [`Kladde, offentliggøres ${inCopenhagen(item.publishAt)}`, 'badge-info']
        : ['Kladde', 'badge-info']
      : status === 'closed'
        ? ['Lukket', 'badge-warning']
        : deadlinePassed(deadline, now)
          ? ['Svarfristen er overskredet', 'badge-warning']
          : ['Åben', 'badge-success'];
  return html`<span class="badge ${tone} challenge-state">${label}</span>`;
}

/** The challenge named by the path's `:id`, or a 404 page (and undefined). */
export async function challengeOr404(context: RequestContext): Promise<DeskChallenge | undefined> {
  const id = param(context, 'id');
  const found =
    id && Slug.safeParse(id).success ? await findDeskChallenge(context.services.db, id) : undefined;
  if (!found) {
    sendProblem(
      context.res,
      404,
      'Udfordringen findes ikke',
      'Der er ingen udfordring med det id. Den kan være skrevet forkert i adressen.',
      pageBasics(context, deskPaths.challenges),
    );
  }
  return found;
}

/** Breadcrumbs from the front page to the challenge (and a page under it). */
export const challengeTrail = (item: DeskChallenge, here?: string) => [
  { href: deskPaths.home, label: 'Overblik' },
  { href: deskPaths.challenges, label: 'Udfordringer' },
  here
    ? { href: deskPaths.challenge(item.challenge.id), label: item.challenge.title }
    : { label: item.challenge.title },
  ...(here ? [{ label: here }] : []),
];
