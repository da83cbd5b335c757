// What the popup lists of the challenges found on a page: the open ones first, in the page's
// order, then the closed ones ("Lukket", no "Svar"), as the widget's list marks them; and only the
// first few, so the list fits Chrome's 600 px popup without a scroll box of its own (issue 20).
import { isAnswerable } from '../utils/challenge-summary';
import type { Challenge } from '../utils/schema/challenge';

/** Found challenges shown before "show all": the popup stays within 600 px with them. */
export const FOUND_IN_POPUP = 2;

type Listed = { challenge: Pick<Challenge, 'id' | 'title' | 'status' | 'deadline'> };

/** Whether a challenge takes answers today (open, deadline not passed). */
export const takesAnswers = (challenge: Listed['challenge'], now: Date) =>
  isAnswerable({ ...challenge, status: challenge.status ?? 'open' }, now);

/** Open first, closed last, each group in the page's order. */
export function popupOrder<T extends Listed>(found: readonly T[], now: Date): T[] {
  const open = found.filter((d) => takesAnswers(d.challenge, now));
  return [...open, ...found.filter((d) => !takesAnswers(d.challenge, now))];
}
