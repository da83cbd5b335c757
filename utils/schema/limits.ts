// How long each text of the contract may be, in characters (docs/protocol.md): the zod schemas check
// these, the forms stop typing at them and say so in their hints, and the list reads feed items
// with them before validation. Plain constants on purpose: the bundler writes each value in where
// it is used, so reading one costs the first paint no bytes.

/** Challenge ids: lowercase letters, digits and hyphens. */
export const SLUG_MAX = 80;
/** A challenge's title, and the optional heading of an answer. */
export const TITLE_MAX = 200;
/** The municipality's framing of a challenge. */
export const FRAMING_MAX = 4000;
/** One of a challenge's questions, and how many it may ask. */
export const QUESTION_MAX = 500;
export const QUESTIONS_MAX = 5;
/** How many languages a challenge may be translated into (issue 22 supports seven besides Danish). */
export const TRANSLATIONS_MAX = 20;
/** A neighbourhood or local area: of a challenge, or where an offer is. */
export const AREA_MAX = 120;
export const THEME_MAX = 60;
/** What a person writes in an answer. */
export const BODY_MAX = 8000;
/** When and how much a resource is offered. */
export const AVAILABILITY_MAX = 500;
/** A person's name, and the contact named on a challenge. */
export const NAME_MAX = 200;
export const ORGANISATION_MAX = 200;
export const EMAIL_MAX = 254;
export const PHONE_MAX = 40;
/** A BCP 47 language tag. */
export const LOCALE_MAX = 35;
/** The consent wording's version, and the client's semantic version. */
export const CONSENT_VERSION_MAX = 40;
export const CLIENT_VERSION_MAX = 64;

// Protocol 1.1, the co-creation loop (./loop.ts): what the municipality posts back.
/** One of a challenge's updates ("what we heard", next steps), and how many a feed item carries. */
export const UPDATE_MAX = 2000;
export const UPDATES_MAX = 20;
/** What came of a closed challenge. */
export const OUTCOME_MAX = 4000;
/** Protocol 1.5: how many archived challenges' ids a feed names, the most recently archived. */
export const ARCHIVED_MAX = 500;
/** The municipality's public reply to one answer. */
export const REPLY_MAX = 2000;
/** How many published answers a feed item carries, newest first. */
export const PUBLISHED_MAX = 50;
