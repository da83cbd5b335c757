// Search and filters over the challenge list. Not on the first-paint path: the widget loads it
// with the answer chunk, since nobody can type before the list is there.
import type { ChallengeSummary } from './challenge-summary';

/** Lower case, æ ø å replaced from `table`, other accents removed (é → e). */
const folding = (table: Record<string, string>) => (value: string) =>
  value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => table[letter]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** Lower case, Danish letters spelled out (so "aeldre" finds "ældre"), other accents removed. */
export const fold = folding({ æ: 'ae', ø: 'oe', å: 'aa' });

// Danish order without ICU: the first `localeCompare(…, 'da')` on a page loads collation data,
// a 60 ms task on a slow phone, for a handful of filter values. æ, ø, å sort after z.
const sortKey = folding({ æ: '{', ø: '|', å: '}' });

export type ChallengeFilter = { query?: string; theme?: string; area?: string };

// Folding 10,000 framings on every keystroke would be a long task: fold each challenge once.
const haystacks = new WeakMap<ChallengeSummary, string>();
const haystack = (challenge: ChallengeSummary & { framing?: string }): string => {
  let folded = haystacks.get(challenge);
  if (folded === undefined) {
    folded = fold([challenge.title, challenge.framing, challenge.area, challenge.theme].join('\n'));
    haystacks.set(challenge, folded);
  }
  return folded;
};

/** Every word of the query must occur in the title, framing, area or theme. */
export function filterChallenges<C extends ChallengeSummary>(
  list: C[],
  filter: ChallengeFilter,
): C[] {
  const words = fold(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const theme = filter.theme && fold(filter.theme);
  const area = filter.area && fold(filter.area);
  return list.filter((challenge) => {
    if (theme && fold(challenge.theme ?? '') !== theme) return false;
    if (area && fold(challenge.area ?? '') !== area) return false;
    const text = words.length ? haystack(challenge) : '';
    return words.every((word) => text.includes(word));
  });
}

/** The distinct non-empty values of a field, in Danish alphabetical order (æ, ø, å last). */
export function distinctValues(list: ChallengeSummary[], field: 'theme' | 'area'): string[] {
  const byKey = new Map<string, string>();
  for (const challenge of list) {
    const value = challenge[field]?.trim();
    if (value && !byKey.has(fold(value))) byKey.set(fold(value), value);
  }
  return [...byKey.values()]
    .map((value) => ({ value, key: sortKey(value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.value < b.value ? -1 : 1))
    .map(({ value }) => value);
}
