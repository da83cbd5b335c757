import { describe, expect, it } from 'vitest';
import { unreachable } from '../../../components/answer/unreachable';
import { SETUP_FAILURES } from '../../../utils/outbox';

describe('unreachable', () => {
  const failed = {
    state: 'queued',
    lastError: 'network error: TypeError: Failed to fetch',
  } as const;

  it('names a network failure while online, also while the retry is sending', () => {
    expect(unreachable(failed, true)).toBe('network');
    expect(unreachable({ ...failed, state: 'sending' }, true)).toBe('network');
  });

  it('says nothing offline, after a timeout, a server error, or before the first try', () => {
    expect(unreachable(failed, false)).toBeUndefined();
    expect(unreachable({ state: 'queued', lastError: 'timeout' }, true)).toBeUndefined();
    expect(
      unreachable({ state: 'queued', lastError: 'HTTP 503', lastStatus: 503 }, true),
    ).toBeUndefined();
    expect(unreachable({ state: 'queued' }, true)).toBeUndefined();
    expect(unreachable({ ...failed, state: 'delivered' }, true)).toBeUndefined();
  });

  it('names 401/403 as refused and 404/405 as a wrong URL, but not a rejected answer', () => {
    expect(unreachable({ state: 'attention', lastStatus: 403 }, true)).toBe('refused');
    expect(unreachable({ state: 'attention', lastStatus: 401 }, true)).toBe('refused');
    expect(unreachable({ state: 'attention', lastStatus: 404 }, true)).toBe('wrong-url');
    expect(unreachable({ state: 'attention', lastStatus: 405 }, true)).toBe('wrong-url');
    expect(unreachable({ state: 'attention', lastStatus: 410 }, true)).toBeUndefined();
    expect(
      unreachable(
        { state: 'attention', lastStatus: 422, issues: [{ path: 'x', message: 'y' }] },
        true,
      ),
    ).toBeUndefined();
  });

  it('reads the outbox’s table: the answer waiting for its slow retry gets the same cause', () => {
    for (let status = 300; status < 600; status++) {
      const expected = SETUP_FAILURES[status];
      expect(unreachable({ state: 'queued', lastStatus: status }, true), String(status)).toBe(
        expected,
      );
    }
  });
});
