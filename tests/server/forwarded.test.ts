// Behind the municipality's reverse proxy every request comes from the proxy: clients are told
// apart by X-Forwarded-For, believed only from SAMSKAB_TRUSTED_PROXIES.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../server/start';
import { postSubmission, startTestReceiver, validSubmission } from './fixtures';

let receiver: RunningReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const post = (from: string) =>
  postSubmission(receiver!, validSubmission('need'), { 'X-Forwarded-For': from }).then(
    (response) => response.status,
  );

describe('the answers’ rate limit behind a proxy', () => {
  it('limits each forwarded client on its own when the proxy is trusted', async () => {
    ({ receiver } = await startTestReceiver({
      rateLimit: { limit: 2, windowMs: 60_000 },
      trustedProxies: ['127.0.0.1'],
    }));
    expect([
      await post('203.0.113.1'),
      await post('203.0.113.1'),
      await post('203.0.113.1'),
    ]).toEqual([201, 201, 429]);
    // Another citizen behind the same proxy is not locked out.
    expect(await post('203.0.113.2')).toBe(201);
    // A client cannot choose its own key by writing the header itself: the proxy appends the real one.
    expect(await post('198.51.100.9, 203.0.113.1')).toBe(429);
    // One IPv6 subscriber is one client, whichever address of its /64 it uses.
    expect([
      await post('2001:db8:1:2::a'),
      await post('2001:db8:1:2::b'),
      await post('2001:db8:1:2::c'),
    ]).toEqual([201, 201, 429]);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    ({ receiver } = await startTestReceiver({ rateLimit: { limit: 2, windowMs: 60_000 } }));
    expect([
      await post('203.0.113.1'),
      await post('203.0.113.2'),
      await post('203.0.113.3'),
    ]).toEqual([201, 201, 429]);
  });
});
