// Behind the municipality's reverse proxy every request comes from the proxy: clients are told
// apart by X-Forwarded-For, believed only from SAMSKAB_TRUSTED_PROXIES.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../server/start';
import {
  NAMED_ONLY_CHALLENGE,
  postSubmission,
  startTestReceiver,
  validSubmission,
} from './fixtures';
import { openConnection } from './http-client';

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

describe('what the receiver writes as its own address', () => {
  it('is SAMSKAB_PUBLIC_ORIGIN when set', async () => {
    ({ receiver } = await startTestReceiver({
      publicOrigin: 'https://samskab.lunde.dk',
      seed: [NAMED_ONLY_CHALLENGE],
    }));
    const page = await (
      await fetch(`${receiver.url}/`, { headers: { Host: 'evil.example' } })
    ).text();
    expect(page).toContain('data-endpoint="https://samskab.lunde.dk/api/submissions"');
  });
});

describe('protocol edges', () => {
  it('refuses a request with two Host headers', async () => {
    ({ receiver } = await startTestReceiver());
    const connection = await openConnection(receiver.url);
    connection.write('GET /api/challenges HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n\r\n');
    expect((await connection.ended).status).toBe(400);
  });

  it('sends 100 Continue only after the checks a refused answer would fail', async () => {
    ({ receiver } = await startTestReceiver({ rateLimit: { limit: 2, windowMs: 60_000 } }));
    const send = async (headers: string) => {
      const connection = await openConnection(receiver!.url);
      connection.write(
        `POST /api/submissions HTTP/1.1\r\nHost: receiver\r\nExpect: 100-continue\r\n${headers}\r\n`,
      );
      return connection.ended;
    };
    // A wrong content type and a body over the limit are refused without a 100 first.
    const wrongType = await send('Content-Type: text/plain\r\nContent-Length: 10\r\n');
    expect(wrongType.status).toBe(415);
    expect(wrongType.text).not.toContain('100 Continue');
    const tooLarge = await send('Content-Type: application/json\r\nContent-Length: 10000000\r\n');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.text).not.toContain('100 Continue');
    const limited = await send('Content-Type: application/json\r\nContent-Length: 10\r\n');
    expect(limited.status).toBe(429);
    expect(limited.text).not.toContain('100 Continue');
  });
});
