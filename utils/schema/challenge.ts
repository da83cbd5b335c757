import * as z from 'zod/mini';
import {
  Email,
  HttpUrl,
  IsoDate,
  KINDS,
  Kind,
  Phone,
  RESOURCE_TYPES,
  ResourceType,
  Slug,
  text,
} from './common';
import {
  AREA_MAX,
  FRAMING_MAX,
  NAME_MAX,
  QUESTION_MAX,
  QUESTIONS_MAX,
  THEME_MAX,
  TITLE_MAX,
  TRANSLATIONS_MAX,
} from './limits';

export const ChallengeContact = z.object({
  name: z.optional(text(NAME_MAX)),
  email: z.optional(Email),
  phone: z.optional(Phone),
});

/**
 * A challenge's texts in one other language (protocol 1.2), each optional: what is missing is
 * shown in Danish. Questions are translated all together, in the order of the Danish ones.
 */
export const ChallengeTranslation = z.object({
  title: z.optional(text(TITLE_MAX, true)),
  framing: z.optional(text(FRAMING_MAX, true)),
  questions: z.optional(z.array(text(QUESTION_MAX, true)).check(z.maxLength(QUESTIONS_MAX))),
});
export type ChallengeTranslation = z.infer<typeof ChallengeTranslation>;

/**
 * A language's code: a BCP 47 primary language subtag in lower case (`uk`, `ar`). Any language, not
 * only those of today's catalogues, so a feed with a language added later is still read whole.
 */
export const LANGUAGE_KEY = /^[a-z]{2,3}$/;

export const Challenge = z.object({
  id: Slug,
  title: text(TITLE_MAX, true),
  /** Plain text: rendered as text, never as HTML. */
  framing: text(FRAMING_MAX, true),
  questions: z.optional(z.array(text(QUESTION_MAX, true)).check(z.maxLength(QUESTIONS_MAX))),
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
  resourcesWanted: z.optional(z.array(ResourceType).check(z.maxLength(RESOURCE_TYPES.length))),
  area: z.optional(text(AREA_MAX)),
  theme: z.optional(text(THEME_MAX)),
  deadline: z.optional(IsoDate),
  status: z._default(z.enum(['open', 'closed']), 'open'),
  allowAnonymous: z._default(z.boolean(), true),
  contact: z.optional(ChallengeContact),
  url: HttpUrl,
  /** Protocol 1.2: the texts in other languages, by language code (`{ "uk": { "title": … } }`). */
  translations: z.optional(
    // An object whose every property is a translation, rather than a `z.record`: the object's
    // code is in the widget already, a record's would add 0.6 KB to its answer chunk.
    z.catchall(z.object({}), ChallengeTranslation).check(
      z.refine(
        (languages) => {
          const codes = Object.keys(languages);
          return codes.length <= TRANSLATIONS_MAX && codes.every((code) => LANGUAGE_KEY.test(code));
        },
        { message: `must be at most ${TRANSLATIONS_MAX} languages, each a code like "uk"` },
      ),
    ),
  ),
});
export type Challenge = z.infer<typeof Challenge>;
export type ChallengeInput = z.input<typeof Challenge>;

// The feed's shape, `ChallengesFeed`, is in ./loop.ts: its items carry protocol 1.1's fields too.
