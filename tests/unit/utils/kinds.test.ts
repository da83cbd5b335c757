import { describe, expect, it } from 'vitest';
import {
  ABOUT_YOU_FIELDS,
  type AnswerFields,
  buildEnvelope,
  checkAnswer,
  type EnvelopeContext,
  emptyFields,
  fieldOrder,
} from '../../../utils/answer-form';
import { CATALOGUES } from '../../../utils/i18n/all';
import { labels as danishLabels } from '../../../utils/i18n/da/labels';
import { labels as englishLabels } from '../../../utils/i18n/en/labels';
import { carried, KIND_TABLE, KINDS, type Kind, OWN_FIELDS } from '../../../utils/kinds';
import { Kind as KindSchema } from '../../../utils/schema/common';
import { Submission } from '../../../utils/schema/submission';
import { submission } from './fixtures';

/** What the form adds to the fields: the envelope of the fixture, of `kind`. */
const context = (kind: Kind): EnvelopeContext => {
  const { challenge, ...envelope } = submission({ kind });
  const url = 'https://kommune.example/samskab/ensomhed-lunde';
  return { ...envelope, kind, challenge: { ...challenge, url } };
};

const filled = (): AnswerFields =>
  emptyFields({
    title: 'Et lokale',
    body: 'Vores værksted står tomt om aftenen.',
    resourceType: 'venue',
    availability: 'Tirsdag aften',
    area: 'Lunde',
    canHelpImplement: true,
  });

// Which own field each of the kinds' own inputs writes; title and body are every kind's text.
const OWN_FIELD_OF_INPUT = {
  resourceType: 'offer',
  availability: 'offer',
  area: 'offer',
  canHelpImplement: 'canHelpImplement',
} as const;

describe('the kind table', () => {
  it('gives the kinds in its order, and the schema accepts exactly those', () => {
    expect(KINDS).toEqual(Object.keys(KIND_TABLE));
    expect(KindSchema.options).toEqual([...KINDS]);
    for (const kind of KINDS) expect(KindSchema.safeParse(kind).success).toBe(true);
    expect(KindSchema.safeParse('complaint').success).toBe(false);
  });

  it.each(KINDS)(
    '%s: the form shows title and body, and the inputs of its own fields only',
    (kind) => {
      const { form } = KIND_TABLE[kind];
      expect(form).toContain('title');
      expect(form).toContain('body');
      for (const [input, field] of Object.entries(OWN_FIELD_OF_INPUT)) {
        expect(form.includes(input as keyof typeof OWN_FIELD_OF_INPUT), input).toBe(
          carried(kind, field) !== undefined,
        );
      }
    },
  );

  it.each(KINDS)('%s: has its labels in every catalogue and its name on the desk', (kind) => {
    for (const { answer: messages } of Object.values(CATALOGUES)) {
      for (const key of [`kind.${kind}`, `kindHint.${kind}`, `bodyLabel.${kind}`] as const) {
        expect(messages[key].trim(), key).not.toBe('');
      }
    }
    for (const table of [danishLabels, englishLabels]) {
      expect(table.kind[kind].trim()).not.toBe('');
      expect(table.kindHeading[kind].trim()).not.toBe('');
    }
  });
});

describe('the submission schema, from the kind table', () => {
  const issues = (value: unknown) =>
    (Submission.safeParse(value).error?.issues ?? []).map(({ path, message }) => ({
      path,
      message,
    }));

  it('requires the offer on an offer', () => {
    expect(issues(submission({ kind: 'offer' }))).toEqual([
      { path: ['offer'], message: 'is required when kind is "offer"' },
    ]);
  });

  it('refuses an offer on the other kinds', () => {
    expect(issues(submission({ kind: 'need', offer: { resourceType: 'time' } }))).toEqual([
      { path: ['offer'], message: 'is only allowed when kind is "offer"' },
    ]);
  });

  it('refuses "can help carry it out" on an offer', () => {
    expect(
      issues(
        submission({ kind: 'offer', offer: { resourceType: 'time' }, canHelpImplement: false }),
      ),
    ).toEqual([
      { path: ['canHelpImplement'], message: 'is only allowed when kind is "need" or "proposal"' },
    ]);
  });

  it('gives every rule broken at once, in the order of the fields', () => {
    expect(
      issues(submission({ kind: 'offer', canHelpImplement: true })).map((i) => i.path),
    ).toEqual([['offer'], ['canHelpImplement']]);
  });
});

describe('the answer form, from the kind table', () => {
  it.each(KINDS)('%s: the envelope carries its own fields and no others, and is valid', (kind) => {
    const envelope = buildEnvelope(filled(), context(kind)) as Record<string, unknown>;
    for (const field of OWN_FIELDS) {
      expect(envelope[field] !== undefined, field).toBe(carried(kind, field) !== undefined);
    }
    expect(checkAnswer(filled(), context(kind), { allowAnonymous: true }).ok).toBe(true);
  });

  it('writes what the inputs hold into the own fields', () => {
    expect(buildEnvelope(filled(), context('offer'))).toMatchObject({
      offer: { resourceType: 'venue', availability: 'Tirsdag aften', area: 'Lunde' },
      canHelpImplement: undefined,
    });
    expect(buildEnvelope(filled(), context('need'))).toMatchObject({
      offer: undefined,
      canHelpImplement: true,
    });
  });

  it('orders the errors as the form shows the fields', () => {
    expect(fieldOrder('offer')).toEqual([
      ...KIND_TABLE.offer.form,
      ...ABOUT_YOU_FIELDS,
      'updatesEmail',
      'publish',
    ]);
    const fields = emptyFields({ name: 'n'.repeat(201) });
    const verdict = checkAnswer(fields, context('offer'), { allowAnonymous: false });
    expect(verdict.ok ? [] : verdict.errors).toEqual([
      { field: 'resourceType', code: 'required' },
      { field: 'body', code: 'required' },
      { field: 'name', code: 'tooLong', max: 200 },
      { field: 'email', code: 'identity' },
    ]);
  });
});
