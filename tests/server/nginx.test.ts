// The receiver behind Debian's nginx with deploy/nginx-samskab.conf (its ports, names and
// certificate swapped for a test's): TLS with a self-signed certificate, the receiver trusting
// nginx's address only. Two clients behind nginx are two clients to the rate limit; a header a
// client forges does not make it someone else; readiness is seen through the proxy.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { type Database, openDatabase } from '../../server/db';
import type { RunningReceiver } from '../../server/start';
import { startTestReceiver, validSubmission } from './fixtures';
import { freePort } from './postgres';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const skip = process.env.SAMSKAB_SKIP_NGINX === '1';
const dir = mkdtempSync(join(tmpdir(), 'samskab-nginx-'));
let nginx: ChildProcess | undefined;
let receiver: RunningReceiver;
let db: Database;
let httpsPort: number;

/** The site file with this test's ports, paths and names; everything else as shipped. */
function siteFor(upstreamPort: number, httpPort: number): string {
  return readFileSync(join(PROJECT_ROOT, 'deploy', 'nginx-samskab.conf'), 'utf8')
    .replaceAll('127.0.0.1:8080', `127.0.0.1:${upstreamPort}`)
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace(/\n\s*listen \[::\]:\d+[^\n]*/g, '')
    .replaceAll('/etc/ssl/certs/samskab.kommune.example.crt', join(dir, 'cert.pem'))
    .replaceAll('/etc/ssl/private/samskab.kommune.example.key', join(dir, 'key.pem'))
    .replaceAll('/var/log/nginx/samskab.access.log', join(dir, 'access.log'));
}

/** An HTTPS request to nginx from `from`, one of this machine's loopback addresses. */
function viaNginx(
  from: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: httpsPort,
        path,
        method: options.method ?? 'GET',
        headers: { host: 'samskab.kommune.example', ...options.headers },
        localAddress: from,
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.on('data', (part: Buffer) => {
          body += part.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  if (skip) return;
  if (!NGINX)
    throw new Error(
      'nginx is not installed (Debian: apt-get install nginx), or set SAMSKAB_SKIP_NGINX=1',
    );
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=samskab.kommune.example',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'pipe' },
  );
  db = await openDatabase({ kind: 'memory' });
  ({ receiver } = await startTestReceiver({
    db,
    rateLimit: { limit: 2, windowMs: 60_000 },
    trustedProxies: ['127.0.0.1'],
    publicOrigin: 'https://samskab.kommune.example',
  }));
  httpsPort = await freePort();
  const httpPort = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
error_log ${join(dir, 'error.log')};
pid ${join(dir, 'nginx.pid')};
events { worker_connections 256; }
http {
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  ${siteFor(receiver.port, httpPort)}
}
`,
  );
  try {
    execFileSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `nginx refused the configuration: ${String((error as { stderr?: Buffer }).stderr)}`,
    );
  }
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (
      await viaNginx('127.0.0.1', '/healthz').then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not start:\n${readFileSync(join(dir, 'error.log'), 'utf8')}`);
});

afterAll(async () => {
  nginx?.kill('SIGTERM');
  await receiver?.close();
  rmSync(dir, { recursive: true, force: true });
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
    expect(readFileSync(join(dir, 'access.log'), 'utf8')).not.toContain('secret-token-value');
  });

  it('answers /readyz 503 through it once the database is gone', async () => {
    await db.close();
    expect((await viaNginx('127.0.0.1', '/readyz')).status).toBe(503);
    expect((await viaNginx('127.0.0.1', '/healthz')).status).toBe(200);
  });
});
