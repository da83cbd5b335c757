// The kinds of answer (docs/protocol.md, the domain), in one table. Everything else that differs
// by kind is read from it: the kinds the schemas accept (`KINDS`, the zod `Kind` in
// ./schema/common.ts) and the database allows (server/data/migrations.ts), the fields each kind
// carries and so the submission schema's rules across fields (./schema/submission.ts), the form
// each kind shows (components/answer/KindFields.tsx), and the labels each kind needs
// (`KindLabelKey` and the desk's names; the catalogues do not compile without them).
//
// A kind that is only text is one entry here and its labels in utils/i18n/da/answer.ts and
// utils/i18n/en/answer.ts. A kind with fields of its own also needs them in the envelope
// (./schema/submission.ts), the form (utils/answer-form.ts, components/answer/KindFields.tsx) and
// the desk's pages and exports of its fields.

/** Envelope fields that only some kinds carry; ./schema/submission.ts gives each its schema. */
export const OWN_FIELDS = ['offer', 'canHelpImplement'] as const;
export type OwnField = (typeof OWN_FIELDS)[number];

/** The form's inputs that depend on the kind; the "about you" fieldset follows them in every kind. */
export type KindInput =
  | 'resourceType'
  | 'title'
  | 'body'
  | 'availability'
  | 'area'
  | 'canHelpImplement';

export interface KindSpec {
  /** The own fields it carries: 'required' must be there, 'optional' may. Others are refused. */
  readonly carries: { readonly [F in OwnField]?: 'required' | 'optional' };
  /** Its inputs, in the order the form shows them. */
  readonly form: readonly KindInput[];
}

// In the order the widget and the desk list them, and a challenge seeks them when its feed does
// not say.
const TABLE = {
  need: {
    carries: { canHelpImplement: 'optional' },
    form: ['title', 'body', 'canHelpImplement'],
  },
  proposal: {
    carries: { canHelpImplement: 'optional' },
    form: ['title', 'body', 'canHelpImplement'],
  },
  offer: {
    carries: { offer: 'required' },
    form: ['resourceType', 'title', 'body', 'availability', 'area'],
  },
} satisfies Record<string, KindSpec>;

export type Kind = keyof typeof TABLE;
export const KIND_TABLE: { readonly [K in Kind]: KindSpec } = TABLE;
// Object.keys keeps the table's order; its type only forgets that the keys are the table's.
export const KINDS = Object.keys(TABLE) as readonly Kind[];

/**
 * The labels every kind needs in the widget's catalogues (utils/i18n/da/answer.ts, en/answer.ts):
 * its button and form heading, the hint on its button, the label of its text. The desk's names
 * for each kind are in the label tables (utils/i18n/da/labels.ts, en/labels.ts).
 */
export type KindLabelKey = `kind.${Kind}` | `kindHint.${Kind}` | `bodyLabel.${Kind}`;

/** How `kind` takes `field`: 'required', 'optional', or undefined when it refuses it. */
export const carried = (kind: Kind, field: OwnField) => KIND_TABLE[kind].carries[field];

/** The kinds that carry `field` (with `how`: only those that take it so), in table order. */
export const kindsCarrying = (field: OwnField, how?: 'required' | 'optional'): Kind[] =>
  KINDS.filter((kind) => (how ? carried(kind, field) === how : carried(kind, field)));
