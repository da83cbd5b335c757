import * as z from 'zod/mini';
import { Email, HttpUrl, IsoDate, KINDS, Kind, Phone, ResourceType, Slug, text } from './common';

export const ChallengeContact = z.object({
  name: z.optional(text(200)),
  email: z.optional(Email),
  phone: z.optional(Phone),
});

export const Challenge = z.object({
  id: Slug,
  title: text(200, true),
  /** Plain text: rendered as text, never as HTML. */
  framing: text(4000, true),
  questions: z.optional(z.array(text(500, true)).check(z.maxLength(5))),
  seeking: z._default(
    // The cap comes first: zod stops at it before reading the elements, and an uncapped array
    // of a million wrong kinds would make a million issues (and overflow the stack collecting
    // them) instead of one.
    z.array(Kind).check(
      z.maxLength(KINDS.length),
      z.minLength(1),
      z.refine((kinds) => new Set(kinds).size === kinds.length, { message: 'has a kind twice' }),
    ),
    () => [...KINDS],
  ),
  resourcesWanted: z.optional(z.array(ResourceType).check(z.maxLength(7))),
  area: z.optional(text(120)),
  theme: z.optional(text(60)),
  deadline: z.optional(IsoDate),
  status: z._default(z.enum(['open', 'closed']), 'open'),
  allowAnonymous: z._default(z.boolean(), true),
  contact: z.optional(ChallengeContact),
  url: HttpUrl,
});
export type Challenge = z.infer<typeof Challenge>;
export type ChallengeInput = z.input<typeof Challenge>;

/**
 * The feed's shape, for the JSON Schema and for documentation. Validate a feed from outside with
 * `parseChallenges` (utils/feed.ts), item by item: `ChallengesFeed.safeParse` gathers every
 * item's issues into one array, and zod's collecting a few hundred thousand of them (a 10 MB
 * feed of invalid items) overflows the call stack with a RangeError instead of returning them.
 */
export const ChallengesFeed = z.object({ challenges: z.array(Challenge) });
export type ChallengesFeed = z.infer<typeof ChallengesFeed>;
