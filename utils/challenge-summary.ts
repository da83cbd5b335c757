// What the challenge list needs, readable from feed items before the full zod validation has
// loaded (the list is painted first; see performance.md). Every value is only ever rendered as
// text, so reading an unvalidated item here cannot inject markup; invalid items are removed a
// moment later when utils/feed.ts has validated the feed.
import { AREA_MAX, SLUG_MAX, THEME_MAX, TITLE_MAX } from './schema/limits';

export interface ChallengeSummary {
  id: string;
  title: string;
  area?: string | undefined;
  theme?: string | undefined;
  deadline?: string | undefined;
  status: 'open' | 'closed';
}

const str = (value: unknown, max: number) =>
  typeof value === 'string' && value.length <= max ? value : undefined;

export function summarize(item: unknown): ChallengeSummary | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const raw = item as Record<string, unknown>;
  const id = str(raw.id, SLUG_MAX);
  const title = str(raw.title, TITLE_MAX);
  if (!id || !title) return undefined;
  return {
    id,
    title,
    area: str(raw.area, AREA_MAX),
    theme: str(raw.theme, THEME_MAX),
    // An ISO date: YYYY-MM-DD.
    deadline: str(raw.deadline, 10),
    status: raw.status === 'closed' ? 'closed' : 'open',
  };
}

/** Whether a challenge takes answers today: open, and its deadline (a whole day) not passed. */
export function isAnswerable(challenge: ChallengeSummary, now: Date): boolean {
  if (challenge.status === 'closed') return false;
  if (!challenge.deadline) return true;
  return now.getTime() <= new Date(`${challenge.deadline}T23:59:59.999`).getTime();
}
