// What the challenge pages share: finding the challenge the path names, its state in words, and
// Danish dates in Copenhagen time.

import type { Kind } from '../../../../utils/schema/common';
import { Slug } from '../../../../utils/schema/common';
import { type DeskChallenge, findDeskChallenge, isPublished } from '../../../data/challenge-store';
import { deskPaths } from '../../../ui/desk-paths';
import { html, type SafeHtml } from '../../../ui/html';
import { pageBasics, param } from '../../../web/context';
import { sendProblem } from '../../../web/respond';
import type { RequestContext } from '../../../web/route';

/** Column headings and short names of the kinds. */
export const KIND_SHORT: Record<Kind, string> = {
  need: 'Behov',
  proposal: 'Forslag',
  offer: 'Tilbud',
};

const ZONE = 'Europe/Copenhagen';
const dateTime = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: ZONE,
});
const dateOnly = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: ZONE });
// `sv-SE` writes dates as YYYY-MM-DD, the contract's form.
const isoDay = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE });

export const formatDateTime = (date: Date) => dateTime.format(date);
/** A challenge's deadline (`YYYY-MM-DD`), in words: "31. marts 2027". */
export const formatDeadline = (deadline: string) =>
  dateOnly.format(new Date(`${deadline}T12:00:00Z`));

/** The widget counts the whole deadline day; in the desk, the municipality's day is Copenhagen's. */
export const deadlinePassed = (deadline: string | undefined, now: Date) =>
  deadline !== undefined && deadline < isoDay.format(now);

/**
 * A time typed in a `datetime-local` field (`2027-03-01T09:00`), read as Copenhagen time; undefined
 * when it is not one. The zone's offset is looked up for the time itself, so summer time counts.
 */
export function copenhagenTime(local: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const written = new Date(asUtc);
  if (written.getUTCMonth() !== month - 1 || written.getUTCDate() !== day || hour > 23)
    return undefined;
  // The offset at the guess, then at the corrected time (they differ only around a change).
  const first = asUtc - zoneOffset(new Date(asUtc));
  return new Date(asUtc - zoneOffset(new Date(first)));
}

const zoneParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** How far Copenhagen's clock is ahead of UTC at `at`, in milliseconds. */
function zoneOffset(at: Date): number {
  const part = Object.fromEntries(
    zoneParts.formatToParts(at).map((p) => [p.type, Number(p.value)]),
  );
  const local = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!);
  return local - Math.floor(at.getTime() / 60_000) * 60_000;
}

/** `at` as a `datetime-local` field's value, in Copenhagen time. */
export function localInputValue(at: Date): string {
  return new Date(at.getTime() + zoneOffset(at)).toISOString().slice(0, 16);
}

/** The challenge's state as staff read it, and as a badge. */
export function stateBadge(item: DeskChallenge, now: Date): SafeHtml {
  const { status, deadline } = item.challenge;
  const [label, tone] = item.archivedAt
    ? ['Arkiveret', 'badge-info']
    : !isPublished(item, now)
      ? item.publishAt
        ? [`Kladde, offentliggøres ${formatDateTime(item.publishAt)}`, 'badge-info']
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
