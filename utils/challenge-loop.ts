// Protocol 1.1's fields of a feed item (counts, updates, outcome, published), read for the widget's
// "what others said". The answer chunk validates items with `Challenge`, which drops these fields,
// so they are read here from the raw item, field by field and entry by entry: one bad published
// answer skips that answer, not the whole section. Loaded only with the chunk that shows them.
import type * as z from 'zod/mini';
import { ownField as own } from './challenge-loop-fields';
import { describeIssues } from './schema/issues';
import { ChallengeCounts, ChallengeUpdate, LOOP_FIELDS, PublishedAnswer } from './schema/loop';

export interface ChallengeLoop {
  counts?: ChallengeCounts;
  updates: ChallengeUpdate[];
  outcome?: string;
  published: PublishedAnswer[];
}

function entries<T>(
  value: unknown,
  schema: z.ZodMiniType<T>,
  name: string,
  warn: (message: string) => void,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    warn(`${name}: expected a list`);
    return [];
  }
  const valid: T[] = [];
  value.forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) valid.push(result.data);
    else warn(`${name}.${index} skipped: ${describeIssues(result.error.issues, { limit: 3 })}`);
  });
  return valid;
}

/**
 * The loop's fields of one raw feed item, each valid one kept; `warn` names what was skipped
 * (`item` names the challenge, for the console).
 */
export function readLoop(item: unknown, warn: (message: string) => void): ChallengeLoop {
  const id = own(item, 'id');
  const say = (message: string) =>
    warn(`Samskab: challenge "${String(id).slice(0, 80)}", ${message}`);
  const loop: ChallengeLoop = {
    updates: entries(own(item, 'updates'), ChallengeUpdate, 'updates', say),
    published: entries(own(item, 'published'), PublishedAnswer, 'published', say),
  };
  const counts = own(item, 'counts');
  if (counts !== undefined) {
    const result = ChallengeCounts.safeParse(counts);
    if (result.success) loop.counts = result.data;
    else say(`counts skipped: ${describeIssues(result.error.issues, { limit: 3 })}`);
  }
  const outcome = own(item, 'outcome');
  if (outcome !== undefined) {
    const result = LOOP_FIELDS.outcome.safeParse(outcome);
    if (result.success && result.data !== undefined) loop.outcome = result.data;
    else if (!result.success) say(`outcome skipped: ${describeIssues(result.error.issues)}`);
  }
  return loop;
}
