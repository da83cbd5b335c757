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
    z.array(Kind).check(
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

/** The feed is validated item by item (see utils/feed.ts); this is its outer shape. */
export const ChallengesFeed = z.object({ challenges: z.array(Challenge) });
export type ChallengesFeed = z.infer<typeof ChallengesFeed>;
