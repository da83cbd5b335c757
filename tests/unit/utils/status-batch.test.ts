import { describe, expect, it } from 'vitest';
import {
  type KnownStatus,
  STATUS_FOLLOWED_FOR_MS,
  statusIsNew,
} from '../../../utils/answer-status';
import {
  askBatch,
  batchTarget,
  memoryValidators,
  STATUS_BATCH_MAX,
  statusBatches,
  validatorKey,
} from '../../../utils/status-batch';
import { fakeFetch, json } from './fixtures';

const now = 1_800_000_000_000;
const token = (n: number) => `${'t'.repeat(40)}${String(n).padStart(3, '0')}`;
const link = (n: number, origin = 'https://lunde.example') => `${origin}/api/status/${token(n)}`;
const answer = (n: number, extra: object = {}) => ({
  id: `id-${n}`,
  statusUrl: link(n),
  deliveredAt: now - 1000,
  ...extra,
});

describe('"Nyt": what changed since the person last looked', () => {
  const report = (status: 'received' | 'in-review', reply?: string) => ({
    status,
    updatedAt: '2027-01-02T10:00:00Z',
    ...(reply ? { reply } : {}),
  });
  it('is not what the person just sent: received, no reply, never seen', () => {
    expect(statusIsNew({ checkedAt: now, report: report('received') })).toBe(false);
  });
  it('is what staff did before the person first looked: a status or a reply', () => {
    expect(statusIsNew({ checkedAt: now, report: report('in-review') })).toBe(true);
    expect(statusIsNew({ checkedAt: now, report: report('received', 'Tak') })).toBe(true);
  });
  it('is a report newer than the one seen, and never a gone answer or none', () => {
    const seen: KnownStatus = {
      checkedAt: now,
      report: report('in-review'),
      seenUpdatedAt: '2027-01-02T10:00:00Z',
    };
    expect(statusIsNew(seen)).toBe(false);
    expect(statusIsNew({ ...seen, seenUpdatedAt: '2027-01-01T10:00:00Z' })).toBe(true);
    expect(statusIsNew({ ...seen, seenUpdatedAt: '2027-01-01T10:00:00Z', gone: true })).toBe(false);
    expect(statusIsNew({ checkedAt: now })).toBe(false);
    expect(statusIsNew(undefined)).toBe(false);
  });
});

describe('statusBatches', () => {
  it('takes the followed answers a batch can name, one batch per receiver, in token order', () => {
    const batches = statusBatches(
      [
        answer(2),
        answer(1),
        answer(3, { statusUrl: link(3, 'https://other.example') }),
        answer(4, { answerStatus: { checkedAt: 0, gone: true } }),
        answer(5, { deliveredAt: undefined }),
        answer(6, { deliveredAt: now - STATUS_FOLLOWED_FOR_MS - 1 }),
        answer(7, { statusUrl: 'https://lunde.example/api/status/short' }),
        { id: 'plain', deliveredAt: now },
      ],
      now,
    );
    expect(batches).toEqual([
      {
        endpoint: 'https://lunde.example/api/status',
        entries: [
          { id: 'id-1', token: token(1) },
          { id: 'id-2', token: token(2) },
        ],
      },
      { endpoint: 'https://other.example/api/status', entries: [{ id: 'id-3', token: token(3) }] },
    ]);
  });
  it('splits at the receiver’s cap', () => {
    const many = Array.from({ length: STATUS_BATCH_MAX + 1 }, (_, i) => answer(i));
    expect(statusBatches(many, now).map((b) => b.entries.length)).toEqual([STATUS_BATCH_MAX, 1]);
  });
  it('reads only a status link’s own form', () => {
    expect(batchTarget(link(1))).toEqual({
      endpoint: 'https://lunde.example/api/status',
      token: token(1),
    });
    expect(batchTarget(`${link(1)}?x=1`)).toBeUndefined();
    expect(batchTarget(`javascript:/api/status/${token(1)}`)).toBeUndefined();
  });
});

describe('askBatch', () => {
  const batch = statusBatches([answer(1), answer(2)], now)[0]!;
  const seen: KnownStatus = {
    checkedAt: 0,
    report: { status: 'received', updatedAt: '2027-01-01T10:00:00Z' },
    seenUpdatedAt: '2027-01-01T10:00:00Z',
  };
  const body = {
    statuses: [
      {
        token: token(1),
        reference: 'SK-7F3K2Q',
        status: 'in-review',
        reply: 'Tak',
        updatedAt: '2027-01-02T10:00:00Z',
      },
      { token: token(2), gone: true },
    ],
  };

  it('keeps each report with what the person saw, and the ETag for the next ask', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, body, { ETag: '"v1"' }));
    const validators = memoryValidators();
    const outcome = await askBatch(batch, {
      fetch,
      now: () => now,
      validators,
      known: (id) => (id === 'id-1' ? seen : undefined),
    });
    expect(outcome).toEqual({
      kind: 'changed',
      statuses: new Map([
        [
          'id-1',
          {
            checkedAt: now,
            gone: false,
            seenUpdatedAt: '2027-01-01T10:00:00Z',
            report: { status: 'in-review', reply: 'Tak', updatedAt: '2027-01-02T10:00:00Z' },
          },
        ],
        ['id-2', { checkedAt: now, gone: true }],
      ]),
    });
    expect(calls[0]?.url).toBe('https://lunde.example/api/status');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ tokens: [token(1), token(2)] });
    expect(new Headers(calls[0]?.init.headers).get('if-none-match')).toBeNull();
    expect(calls[0]?.init).toMatchObject({ credentials: 'omit', redirect: 'error' });
    expect(validators.get(validatorKey(batch))).toBe('"v1"');
  });

  it('sends the kept ETag back and takes a 304 as nothing changed', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 304 }));
    const validators = memoryValidators();
    validators.set(validatorKey(batch), '"v1"');
    const deps = { fetch, now: () => now, validators, known: () => undefined };
    expect(await askBatch(batch, deps)).toEqual({ kind: 'unchanged' });
    expect(new Headers(calls[0]?.init.headers).get('if-none-match')).toBe('"v1"');
    // Another set of answers is another batch: its ETag is not the first one's.
    const other = statusBatches([answer(1)], now)[0]!;
    await askBatch(other, deps);
    expect(new Headers(calls[1]?.init.headers).get('if-none-match')).toBeNull();
  });

  it('says a receiver without the batch is unsupported, and anything else failed', async () => {
    const ask = (response: () => Response) =>
      askBatch(batch, {
        fetch: fakeFetch(response).fetch,
        now: () => now,
        validators: memoryValidators(),
        known: () => undefined,
      });
    expect(await ask(() => json(404, { error: 'not found' }))).toEqual({ kind: 'unsupported' });
    expect(await ask(() => json(429, { error: 'slow down' }))).toEqual({ kind: 'failed' });
    expect(await ask(() => json(200, { statuses: [body.statuses[0]] }))).toEqual({
      kind: 'failed',
    });
    expect(await ask(() => json(200, { statuses: 'x' }))).toEqual({ kind: 'failed' });
    expect(await ask(() => new Response(null, { status: 304 }))).toEqual({ kind: 'failed' });
    expect(
      await ask(() => {
        throw new TypeError('offline');
      }),
    ).toEqual({ kind: 'failed' });
  });
});
