// Answers the receiver takes: what it stores, replays and conflicts on one id, references,
// challenges that ask for names or that it does not know, and its migrations.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../server/data/migrations';
import { REFERENCE_PATTERN } from '../../../server/data/reference';
import type { Submission } from '../../../utils/schema/index';
import { NAMED_ONLY_CHALLENGE, TEST_DATABASES, validSubmission } from '../fixtures';
import { type Mutable, START, useReceiver } from './harness';

describe.each(TEST_DATABASES)('receiver on $name', ({ open }) => {
  const app = useReceiver(open);
  const { post, rows, start } = app;

  describe('POST /api/submissions', () => {
    it.each(['need', 'proposal', 'offer'] as const)(
      'accepts a %s and stores the envelope and its columns',
      async (kind) => {
        const submission = validSubmission(kind);
        const response = await post(submission);
        expect(response.status).toBe(201);
        const { reference } = await response.json();
        expect(reference).toMatch(REFERENCE_PATTERN);

        const [row, ...others] = await rows();
        expect(others).toEqual([]);
        expect(row).toMatchObject({
          id: submission.id,
          reference,
          challenge_id: 'ensomhed-lunde',
          kind,
          actor_type: submission.author.actorType,
          resource_type: kind === 'offer' ? 'venue' : null,
        });
        expect(new Date(row!.received_at).toISOString()).toBe(new Date(START).toISOString());
        expect(JSON.parse(row!.envelope)).toEqual(submission);
      },
    );

    it('stores every string exactly as written: spaces, line breaks, NUL, emoji, markup', async () => {
      const submission = validSubmission('need');
      const body = '  Første linje  \r\n\tanden\u0000linje 👵🏼 <b>&amp;</b> "citat"\n\n';
      const sent = { ...submission, text: { title: ' =1+1 ', body } };
      expect((await post(sent)).status).toBe(201);
      const [row] = await rows();
      expect(JSON.parse(row!.envelope).text).toEqual({ title: ' =1+1 ', body });
    });

    it('leaves unknown fields out of what it stores', async () => {
      const submission = { ...validSubmission('need'), sneaky: 'x'.repeat(100) };
      expect((await post(submission)).status).toBe(201);
      const [row] = await rows();
      expect(row!.envelope).not.toContain('sneaky');
    });

    it('accepts a body of exactly 8000 characters', async () => {
      const submission = validSubmission('need');
      submission.text.body = 'æ'.repeat(8000);
      expect((await post(submission)).status).toBe(201);
    });

    it('answers a replay with the same reference and stores nothing new', async () => {
      const submission = validSubmission('proposal');
      const first = await post(submission);
      expect(first.status).toBe(201);
      const { reference, statusUrl } = await first.json();
      app.now += 60_000;
      const again = await post(submission);
      expect(again.status).toBe(200);
      // The same receipt: the status link is the id's, not the delivery's.
      expect(await again.json()).toEqual({ reference, statusUrl });
      // A retry may carry a new submittedAt: still the same answer.
      const restamped = await post({ ...submission, submittedAt: '2026-11-24T11:00:00.000Z' });
      expect(restamped.status).toBe(200);
      expect(await restamped.json()).toEqual({ reference, statusUrl });
      const stored = await rows();
      expect(stored).toHaveLength(1);
      expect(new Date(stored[0]!.received_at).getTime()).toBe(START);
    });

    it('takes the same id in upper case as the same answer (a replay, not a conflict)', async () => {
      const submission = validSubmission('offer');
      const { reference, statusUrl } = await (await post(submission)).json();
      const upper = { ...submission, id: submission.id.toUpperCase() };
      const again = await post(upper, { 'Idempotency-Key': upper.id });
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ reference, statusUrl });
      expect(await rows()).toHaveLength(1);
    });

    it('stores one row when the same answer arrives many times at once', async () => {
      const submission = validSubmission('need');
      const responses = await Promise.all(Array.from({ length: 8 }, () => post(submission)));
      const references = await Promise.all(responses.map(async (r) => (await r.json()).reference));
      expect(responses.map((r) => r.status).sort()).toEqual([
        200, 200, 200, 200, 200, 200, 200, 201,
      ]);
      expect(new Set(references).size).toBe(1);
      expect(await rows()).toHaveLength(1);
    });

    it('answers 409 with the first reference when the same id brings a different answer', async () => {
      const submission = validSubmission('need');
      const { reference } = await (await post(submission)).json();
      const changed: Mutable<Submission> = { ...submission, text: { body: 'Noget helt andet' } };
      const response = await post(changed);
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ error: expect.any(String), reference });
      const [row] = await rows();
      expect(JSON.parse(row!.envelope)).toEqual(submission);
    });

    it('draws another reference when the first one is taken', async () => {
      const references = ['SK-AAAAAA', 'SK-AAAAAA', 'SK-BBBBBB'];
      const running = await start({ newReference: () => references.shift()! });
      const first = await post(validSubmission(), {}, running);
      const second = await post(validSubmission(), {}, running);
      expect(await first.json()).toMatchObject({ reference: 'SK-AAAAAA' });
      expect(await second.json()).toMatchObject({ reference: 'SK-BBBBBB' });
    });

    it('refuses an anonymous answer to a challenge that asks for names', async () => {
      const submission = validSubmission('offer');
      const anonymous: Mutable<Submission> = {
        ...submission,
        challenge: { id: NAMED_ONLY_CHALLENGE.id, title: NAMED_ONLY_CHALLENGE.title },
        author: { actorType: 'volunteer', name: 'Ole' },
      };
      const response = await post(anonymous);
      expect(response.status).toBe(422);
      expect((await response.json()).issues).toEqual([
        { path: 'author', message: expect.stringContaining('anonymous') },
      ]);
      expect(await rows()).toEqual([]);

      const identified = {
        ...anonymous,
        author: { actorType: 'volunteer', name: 'Ole', phone: '+45 12 34 56 78' },
        consent: { contact: true, textVersion: 'da-2026-11' },
      };
      expect((await post(identified)).status).toBe(201);
    });

    it('accepts answers to challenges it does not know (inline challenges on a page)', async () => {
      const submission = validSubmission('need');
      const response = await post({
        ...submission,
        challenge: { id: 'kun-paa-siden', title: 'En udfordring kun på siden' },
      });
      expect(response.status).toBe(201);
      expect((await rows())[0]!.challenge_id).toBe('kun-paa-siden');
    });
  });

  it('migrates once: a second run applies nothing', async () => {
    expect(await migrate(app.db)).toEqual([]);
    const versions = await app.db.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    expect(versions.map((row) => row.version)).toEqual(
      MIGRATIONS.map((migration) => migration.version),
    );
  });

  it('lists what arrived through the running receiver, for other tests to check', async () => {
    const submission = validSubmission('offer');
    const { reference } = await (await post(submission)).json();
    const [received] = await app.receiver.submissions();
    expect(received).toMatchObject({ id: submission.id, reference, kind: 'offer', submission });
  });
});
