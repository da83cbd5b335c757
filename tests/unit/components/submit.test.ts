import { afterEach, describe, expect, it, vi } from 'vitest';
import { submitAnswer } from '../../../components/answer/submit';
import type { DraftHandle } from '../../../components/answer/use-draft';
import type { AnswerServices } from '../../../components/services';
import { type AnswerFields, emptyFields } from '../../../utils/answer-form';
import type { Draft } from '../../../utils/drafts';
import type { Challenge } from '../../../utils/schema/challenge';
import type { Submission } from '../../../utils/schema/submission';

const CHALLENGE: Challenge = {
  id: 'ensomhed-lunde',
  title: 'Færre ensomme aftener for ældre i Lunde',
  framing: 'Mange ældre sidder alene.',
  seeking: ['need', 'proposal', 'offer'],
  status: 'open',
  allowAnonymous: true,
  url: 'https://kommune.example/samskab/ensomhed-lunde',
};

const STORED: Draft = {
  key: 'ensomhed-lunde:need',
  id: '00000000-0000-4000-8000-000000000042',
  challengeId: 'ensomhed-lunde',
  kind: 'need',
  fields: {},
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-24T09:01:00.000Z',
};

/** What happened, in order: the pipeline's steps as the draft and the services saw them. */
function setUp(fields: Partial<AnswerFields>, submit?: (s: Submission) => Promise<void>) {
  const steps: string[] = [];
  const submitted: Submission[] = [];
  const draft = {
    latest: () => emptyFields(fields),
    settle: async () => {
      steps.push('settle');
      return STORED;
    },
    sent: async () => {
      steps.push('sent');
    },
  } as Partial<DraftHandle> as DraftHandle;
  const services = {
    locale: 'da',
    source: 'widget',
    clientVersion: '0.1.0',
    pageUrl: 'https://kommune.example/samskab',
    now: () => Date.parse('2026-11-24T09:05:00.000Z'),
    submit: async (submission: Submission) => {
      steps.push('submit');
      submitted.push(submission);
      await submit?.(submission);
    },
    emit: (type: string, detail: unknown) => steps.push(`${type} ${JSON.stringify(detail)}`),
  } as Partial<AnswerServices> as AnswerServices;
  const run = () =>
    submitAnswer({ challenge: CHALLENGE, kind: 'need', services, draft }, () =>
      steps.push('valid'),
    );
  return { steps, submitted, run };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('submitAnswer', () => {
  it('thanks a bot that filled the honeypot, and stores and sends nothing', async () => {
    const { steps, run } = setUp({ body: 'Køb billige ure', website: 'https://spam.example' });
    expect(await run()).toEqual({ sent: '' });
    expect(steps).toEqual([]);
  });

  it('gives the errors of an invalid answer, and sends nothing', async () => {
    const { steps, run } = setUp({ body: '  ' });
    expect(await run()).toEqual({ errors: [{ field: 'body', code: 'required' }] });
    expect(steps).toEqual(['settle']);
  });

  it("queues a valid answer under the draft's id, then says so and lets the draft go", async () => {
    const { steps, submitted, run } = setUp({ body: 'Min nabo sidder alene.' });
    expect(await run()).toEqual({ sent: STORED.id });
    expect(steps).toEqual([
      'settle',
      'valid',
      'submit',
      `queued {"id":"${STORED.id}","kind":"need","challengeId":"ensomhed-lunde"}`,
      'sent',
    ]);
    expect(submitted[0]).toMatchObject({
      id: STORED.id,
      kind: 'need',
      text: { body: 'Min nabo sidder alene.' },
      createdAt: STORED.createdAt,
      submittedAt: '2026-11-24T09:05:00.000Z',
    });
  });

  it('keeps the draft when the outbox does not take the answer', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { steps, run } = setUp({ body: 'Min nabo sidder alene.' }, async () => {
      throw new Error('refused');
    });
    expect(await run()).toEqual({ notQueued: true });
    expect(steps).toEqual(['settle', 'valid', 'submit']);
    expect(error).toHaveBeenCalledOnce();
  });
});
