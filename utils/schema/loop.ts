// Protocol 1.1, the co-creation loop (docs/protocol.md, "the challenges feed"): what a feed item
// may carry besides the challenge itself. Every field is optional and `schemaVersion` stays 1, so
// a 1.0 feed is still a valid feed and a 1.0 client reads a 1.1 feed (zod objects drop keys they
// do not know).
//
// In a module of its own, apart from ./challenge.ts, on purpose: the widget validates feed items
// with `Challenge` in its answer chunk, whose bytes are budgeted, and these schemas must not be
// pulled into it until the widget shows them. The receiver and the JSON Schema use `FeedChallenge`.
import * as z from 'zod/mini';
import { Challenge } from './challenge';
import { ActorType, IsoDateTime, KINDS, Kind, Slug, text } from './common';
import {
  ARCHIVED_MAX,
  BODY_MAX,
  ORGANISATION_MAX,
  OUTCOME_MAX,
  PUBLISHED_MAX,
  REPLY_MAX,
  TITLE_MAX,
  UPDATE_MAX,
  UPDATES_MAX,
} from './limits';
import { Reference } from './reference';
import { AnswerStatus } from './status';

const count = z.int().check(z.minimum(0));

/** Answers received per kind (answers marked as a duplicate of another are not counted). */
export const ChallengeCounts = z.object(
  Object.fromEntries(KINDS.map((kind) => [kind, count])) as Record<
    (typeof KINDS)[number],
    typeof count
  >,
);
export type ChallengeCounts = z.infer<typeof ChallengeCounts>;

/** The municipality's post on a challenge: what we heard, next steps. */
export const ChallengeUpdate = z.object({
  at: IsoDateTime,
  text: text(UPDATE_MAX, true),
});
export type ChallengeUpdate = z.infer<typeof ChallengeUpdate>;

/**
 * An answer staff published, as the public may read it: never a name, email or phone, and the
 * organisation only when the person agreed to publication (`consent.publish`).
 */
export const PublishedAnswer = z.object({
  reference: Reference,
  kind: Kind,
  title: z.optional(text(TITLE_MAX)),
  /** The published text: the answer's own, or the public version staff edited. */
  text: text(BODY_MAX, true),
  actorType: ActorType,
  organisation: z.optional(text(ORGANISATION_MAX)),
  status: AnswerStatus,
  /** The municipality's public reply, once published. */
  reply: z.optional(text(REPLY_MAX, true)),
  publishedAt: IsoDateTime,
  /** A proposal that looks for people to help carry it out (answers may join it: `relatesTo`). */
  seeksHelp: z.optional(z.boolean()),
});
export type PublishedAnswer = z.infer<typeof PublishedAnswer>;

/** The protocol 1.1 fields of a feed item, each optional. */
export const LOOP_FIELDS = {
  counts: z.optional(ChallengeCounts),
  /** Newest first. */
  updates: z.optional(z.array(ChallengeUpdate).check(z.maxLength(UPDATES_MAX))),
  /** On a closed challenge: what came of it. */
  outcome: z.optional(text(OUTCOME_MAX, true)),
  /** Newest first. */
  published: z.optional(z.array(PublishedAnswer).check(z.maxLength(PUBLISHED_MAX))),
};

/** One item of the feed: a challenge and, from a 1.1 receiver, the loop's fields. */
export const FeedChallenge = z.extend(Challenge, LOOP_FIELDS);
export type FeedChallenge = z.infer<typeof FeedChallenge>;

/**
 * The feed's shape, for the JSON Schema and for documentation. Validate a feed from outside with
 * `parseChallenges` (utils/feed.ts), item by item: `ChallengesFeed.safeParse` gathers every
 * item's issues into one array, and zod's collecting a few hundred thousand of them (a 10 MB
 * feed of invalid items) overflows the call stack with a RangeError instead of returning them.
 */
export const ChallengesFeed = z.object({
  challenges: z.array(FeedChallenge),
  /**
   * Protocol 1.5, optional: the ids of challenges once in the feed and now archived, most
   * recently archived first, so a client that saved one stops listing it.
   */
  archived: z.optional(z.array(Slug).check(z.maxLength(ARCHIVED_MAX))),
});
export type ChallengesFeed = z.infer<typeof ChallengesFeed>;
