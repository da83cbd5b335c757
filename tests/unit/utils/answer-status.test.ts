import { describe, expect, it } from 'vitest';
import {
  checkStatus,
  type KnownStatus,
  STATUS_CHECK_EVERY_MS,
  STATUS_FOLLOWED_FOR_MS,
  statusCheckDue,
  statusIsNew,
} from '../../../utils/answer-status';
import { fakeFetch, json } from './fixtures';

const URL_ = 'https://kommune.example/api/status/abc';
const now = 1_800_000_000_000;

describe('statusCheckDue', () => {
  const delivered = { statusUrl: URL_, deliveredAt: now - 1000 };
  it('asks for a delivered answer with a status URL, once an hour, for 180 days', () => {
    expect(statusCheckDue(delivered, now)).toBe(true);
    const asked: KnownStatus = { checkedAt: now - STATUS_CHECK_EVERY_MS + 1 };
    expect(statusCheckDue({ ...delivered, answerStatus: asked }, now)).toBe(false);
    expect(
      statusCheckDue(
        { ...delivered, answerStatus: { checkedAt: now - STATUS_CHECK_EVERY_MS } },
        now,
      ),
    ).toBe(true);
    expect(
      statusCheckDue({ statusUrl: URL_, deliveredAt: now - STATUS_FOLLOWED_FOR_MS - 1 }, now),
    ).toBe(false);
    expect(statusCheckDue({ deliveredAt: now }, now)).toBe(false);
    expect(statusCheckDue({ statusUrl: URL_ }, now)).toBe(false);
    expect(statusCheckDue({ ...delivered, answerStatus: { checkedAt: 0, gone: true } }, now)).toBe(
      false,
    );
  });
});

describe('checkStatus', () => {
  const deps = (fetch: typeof globalThis.fetch) => ({ fetch, now: () => now });

  it('keeps what the receiver says, and whether the person saw it', async () => {
    const { fetch, calls } = fakeFetch(() =>
      json(200, {
        reference: 'SK-7F3K2Q',
        status: 'taken-forward',
        reply: 'Vi går videre.',
        updatedAt: '2027-01-02T10:00:00Z',
      }),
    );
    const known = await checkStatus(
      URL_,
      { checkedAt: 0, seenUpdatedAt: '2027-01-01T10:00:00Z' },
      deps(fetch),
    );
    expect(known).toEqual({
      report: {
        status: 'taken-forward',
        reply: 'Vi går videre.',
        updatedAt: '2027-01-02T10:00:00Z',
      },
      checkedAt: now,
      seenUpdatedAt: '2027-01-01T10:00:00Z',
      gone: false,
    });
    expect(statusIsNew(known)).toBe(true);
    expect(statusIsNew({ ...known, seenUpdatedAt: '2027-01-02T10:00:00Z' })).toBe(false);
    expect(calls[0]?.init).toMatchObject({
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
  });

  it('marks an erased answer as gone', async () => {
    const { fetch } = fakeFetch(() => json(404, { error: 'not found' }));
    expect(await checkStatus(URL_, undefined, deps(fetch))).toEqual({ checkedAt: now, gone: true });
  });

  it('keeps the previous report when the receiver fails or says nonsense, never throwing', async () => {
    const previous: KnownStatus = {
      report: { status: 'in-review', updatedAt: '2027-01-01T10:00:00Z' },
      checkedAt: 1,
    };
    for (const answer of [
      () => json(500, {}),
      () => json(200, { status: 'hacked', updatedAt: 'x' }),
      () => json(200, '<html>'),
      () => Promise.reject(new TypeError('offline')),
    ]) {
      const { fetch } = fakeFetch(answer as never);
      expect(await checkStatus(URL_, previous, deps(fetch))).toEqual({
        ...previous,
        checkedAt: now,
      });
    }
    const { fetch } = fakeFetch(() => json(500, {}));
    expect(await checkStatus(URL_, undefined, deps(fetch))).toEqual({ checkedAt: now });
  });
});
