import * as z from 'zod/mini';
import { carried, kindsCarrying, OWN_FIELDS, type OwnField } from '../kinds';
import {
  ActorType,
  Email,
  HttpUrl,
  IsoDateTime,
  Kind,
  Locale,
  Phone,
  ResourceType,
  Slug,
  text,
} from './common';
import {
  AREA_MAX,
  AVAILABILITY_MAX,
  BODY_MAX,
  CLIENT_VERSION_MAX,
  CONSENT_VERSION_MAX,
  NAME_MAX,
  ORGANISATION_MAX,
  TITLE_MAX,
} from './limits';
import { Reference } from './reference';

export const SCHEMA_VERSION = 1;

export const SubmissionAuthor = z.object({
  actorType: ActorType,
  name: z.optional(text(NAME_MAX)),
  organisation: z.optional(text(ORGANISATION_MAX)),
  email: z.optional(Email),
  phone: z.optional(Phone),
});
export type SubmissionAuthor = z.infer<typeof SubmissionAuthor>;

export const SubmissionOffer = z.object({
  resourceType: ResourceType,
  availability: z.optional(text(AVAILABILITY_MAX)),
  area: z.optional(text(AREA_MAX)),
});

/** The fields only some kinds carry (utils/kinds.ts says which kind carries which). */
const OWN_FIELD_SCHEMAS = {
  offer: z.optional(SubmissionOffer),
  canHelpImplement: z.optional(z.boolean()),
} satisfies Record<OwnField, z.ZodMiniOptional>;

export const Submission = z
  .object({
    id: z.uuid({ version: 'v4' }),
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: Kind,
    challenge: z.object({ id: Slug, title: text(TITLE_MAX, true), url: z.optional(HttpUrl) }),
    text: z.object({ title: z.optional(text(TITLE_MAX)), body: text(BODY_MAX, true) }),
    ...OWN_FIELD_SCHEMAS,
    author: SubmissionAuthor,
    consent: z.object({
      contact: z.boolean(),
      textVersion: text(CONSENT_VERSION_MAX, true),
      /**
       * Protocol 1.1: "the municipality may publish my answer, without my name and contact
       * details". Staff can publish an answer, and its organisation, only when this is true.
       */
      publish: z.optional(z.boolean()),
    }),
    locale: Locale,
    pageUrl: HttpUrl,
    source: z.enum(['widget', 'extension']),
    clientVersion: z.string().check(
      z.maxLength(CLIENT_VERSION_MAX),
      z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/, {
        message: 'must be a semantic version',
      }),
    ),
    createdAt: IsoDateTime,
    submittedAt: IsoDateTime,
    /** Protocol 1.1: the published answer this one responds to (an offer to help carry it out). */
    relatesTo: z.optional(z.object({ reference: Reference })),
    /**
     * Protocol 1.1: an address only for news about this answer, apart from `author.email` and its
     * contact consent. The receiver keeps it apart from the answer and deletes it when done.
     */
    updates: z.optional(z.object({ email: Email })),
  })
  .check(
    z.superRefine((submission, ctx) => {
      // What the kind table's `carries` asks of each own field: there when required, absent when
      // not carried ("is required when kind is …", "is only allowed when kind is …").
      for (const field of OWN_FIELDS) {
        const input = submission[field];
        const rule = carried(submission.kind, field);
        if (rule === 'required' ? input === undefined : !rule && input !== undefined) {
          const kinds = kindsCarrying(field, rule).map((kind) => `"${kind}"`);
          ctx.issues.push({
            code: 'custom',
            input,
            path: [field],
            message: `is ${rule ? 'required' : 'only allowed'} when kind is ${kinds.join(' or ')}`,
          });
        }
      }
      const { email, phone } = submission.author;
      if ((email || phone) && !submission.consent.contact) {
        ctx.issues.push({
          code: 'custom',
          input: submission.consent.contact,
          path: ['consent', 'contact'],
          message: 'must be true when an email or phone number is given',
        });
      }
    }),
  );
export type Submission = z.infer<typeof Submission>;

type DeskShape = Omit<typeof Submission.shape, 'source'> & {
  source: z.ZodMiniEnum<{ widget: 'widget'; extension: 'extension'; desk: 'desk' }>;
};

/**
 * An envelope as the receiver stores it: the public one, or one staff registered on the desk by
 * phone, letter or at a meeting (`source: "desk"`, which the public endpoint refuses). The same
 * fields and rules as `Submission`, with one more source: `safeExtend` keeps the rules, where
 * `extend` refuses to replace a field of a refined object. Its type only allows narrowing a field;
 * this widens `source`, which the rules never read, so the result's type is given here. Only the
 * receiver uses it, and the annotations let the widget's bundler leave it out.
 */
export const DeskSubmission = /* @__PURE__ */ z.safeExtend(Submission, {
  source: /* @__PURE__ */ z.enum(['widget', 'extension', 'desk']),
} as never) as unknown as z.ZodMiniObject<DeskShape>;
export type DeskSubmission = z.infer<typeof DeskSubmission>;

/** True when the author gave enough to be contacted: what a challenge without anonymity asks. */
export function isIdentified(author: SubmissionAuthor): boolean {
  return Boolean(author.name?.trim() && (author.email || author.phone));
}
