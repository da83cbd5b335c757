// The receiver behind Debian's nginx with deploy/nginx-samskab.conf (its ports, names and
// certificate swapped for a test's): TLS with a self-signed certificate, the receiver trusting
// nginx's address only. Two clients behind nginx are two clients to the rate limit; a header a
// client forges does not make it someone else; readiness is seen through the proxy.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/data/db';
import type { RunningReceiver } from '../../server/start';
import { startTestReceiver, validSubmission } from './fixtures';
import { type RunningNginx, SKIP_NGINX as skip, startNginx } from './nginx-support';

let nginx: RunningNginx | undefined;
let receiver: RunningReceiver;
let db: Database;

const viaNginx: RunningNginx['request'] = (...args) => nginx!.request(...args);

beforeAll(async () => {
  if (skip) return;
  db = await openDatabase({ kind: 'memory' });
  ({ receiver } = await startTestReceiver({
    db,
    rateLimit: { limit: 2, windowMs: 60_000 },
    trustedProxies: ['127.0.0.1'],
    publicOrigin: 'https://samskab.kommune.example',
  }));
  nginx = await startNginx(receiver.port);
});

afterAll(async () => {
  nginx?.stop();
  await receiver?.close();
});

const answer = (from: string, forwarded?: string) => {
  const submission = validSubmission('need');
  return viaNginx(from, '/api/submissions', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': submission.id,
      ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
    },
    body: JSON.stringify(submission),
  }).then((response) => response.status);
};

describe.skipIf(skip)('behind nginx with deploy/nginx-samskab.conf', () => {
  it('is alive and ready through the proxy', async () => {
    expect((await viaNginx('127.0.0.1', '/readyz')).status).toBe(200);
    expect((await viaNginx('127.0.0.1', '/healthz')).status).toBe(200);
  });

  it('limits two clients behind it each on their own, whatever they forge', async () => {
    expect([
      await answer('127.0.0.2'),
      await answer('127.0.0.2'),
      await answer('127.0.0.2'),
    ]).toEqual([201, 201, 429]);
    // Another citizen is not locked out by the first one's answers.
    expect(await answer('127.0.0.3')).toBe(201);
    // The first one cannot escape its limit by naming another address itself.
    expect(await answer('127.0.0.2', '198.51.100.77')).toBe(429);
  });

  it('ignores X-Forwarded-For sent straight to the receiver from an address it does not trust', async () => {
    const post = (from: string, forwarded: string) =>
      new Promise<number>((resolve, reject) => {
        const submission = validSubmission('need');
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: receiver.port,
            path: '/api/submissions',
            method: 'POST',
            localAddress: from,
            headers: {
              'content-type': 'application/json',
              'idempotency-key': submission.id,
              'x-forwarded-for': forwarded,
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(submission));
      });
    expect([
      await post('127.0.0.9', '203.0.113.1'),
      await post('127.0.0.9', '203.0.113.2'),
      await post('127.0.0.9', '203.0.113.3'),
    ]).toEqual([201, 201, 429]);
  });

  it('logs in nginx without query strings', async () => {
    await viaNginx('127.0.0.1', '/desk/setup?token=secret-token-value');
    expect(nginx!.accessLog()).not.toContain('secret-token-value');
  });

  it('answers /readyz 503 through it once the database is gone', async () => {
    await db.close();
    expect((await viaNginx('127.0.0.1', '/readyz')).status).toBe(503);
    expect((await viaNginx('127.0.0.1', '/healthz')).status).toBe(200);
  });
});
