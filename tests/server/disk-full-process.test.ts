// Finding 3 of issue 18 on real receiver processes: with PGlite on a full disk, /healthz and
// /readyz timed out and SIGTERM was ignored (SIGKILL after 20 s). Here SAMSKAB_MIN_FREE_MB is set
// above what any disk has free, through the environment as an operator sets it, and a second
// process has its database stuck in a statement: /healthz answers in both, and SIGTERM ends both
// within 10 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type SpawnedReceiver, spawnReceiver } from '../support/spawn-receiver';
import { validSubmission } from './fixtures';
import { postAwaitingContinue } from './http-client';

const STOP_WITHIN_MS = 10_000;
/** About 3.7 petabytes, in megabytes: more than any disk this runs on has free. */
const MORE_THAN_ANY_DISK_MB = String(4_000_000_000);

const dirs: string[] = [];
const running: SpawnedReceiver[] = [];
afterAll(async () => {
  await Promise.all(running.map((receiver) => receiver.stop('SIGKILL')));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function start(options: { env: Record<string, string>; script?: string }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-disk-'));
  dirs.push(dataDir);
  const receiver = await spawnReceiver({
    ...options,
    env: { SAMSKAB_DATA_DIR: dataDir, SAMSKAB_LOG: 'off', ...options.env },
  });
  running.push(receiver);
  return receiver;
}

/** Resolves once the process has printed `text` (its start-up goes on after the first line). */
function printed(receiver: SpawnedReceiver, text: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!receiver.output().includes(text)) return;
      receiver.child.stdout?.off('data', check);
      resolve();
    };
    receiver.child.stdout?.on('data', check);
    check();
  });
}

/**
 * Posts an answer with `Expect: 100-continue` and resolves once the receiver's handler asked for
 * the body (the 100), so the request is surely in flight; `outcome` then settles with its status,
 * or 'cut off' when the connection is closed without one.
 */
function answerInFlight(url: string): Promise<{ outcome: Promise<number | 'cut off'> }> {
  return new Promise((inFlight, failed) => {
    let settle: (outcome: number | 'cut off') => void = () => undefined;
    const outcome = new Promise<number | 'cut off'>((resolve) => {
      settle = resolve;
    });
    const { req, body } = postAwaitingContinue(url, validSubmission('need'), (res) => {
      res.resume();
      settle(res.statusCode ?? 0);
    });
    req.on('continue', () => {
      req.end(body);
      inFlight({ outcome });
    });
    req.on('error', () => settle('cut off'));
    req.on('close', () => settle('cut off'));
    setTimeout(() => failed(new Error('the receiver never asked for the body')), 30_000).unref();
  });
}

/** Sends SIGTERM and resolves with the exit code and how long the process took to go. */
async function stopTimed(receiver: SpawnedReceiver) {
  const started = performance.now();
  const code = await receiver.stop('SIGTERM');
  return { code, ms: performance.now() - started };
}

describe('a receiver process on a disk short of room (SAMSKAB_MIN_FREE_MB)', () => {
  it('refuses writes with 503, keeps reads, /healthz and SIGTERM working', async () => {
    const receiver = await start({ env: { SAMSKAB_MIN_FREE_MB: MORE_THAN_ANY_DISK_MB } });
    await printed(receiver, 'writes refused below 4000000000 MB free (SAMSKAB_MIN_FREE_MB)');
    const answer = validSubmission('proposal');
    const refused = await fetch(`${receiver.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': answer.id },
      body: JSON.stringify(answer),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    const signIn = await fetch(`${receiver.url}/desk/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=frida%40lunde.dk&password=x',
    });
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toBe('30');

    expect((await fetch(`${receiver.url}/api/challenges`)).status).toBe(200);
    expect((await fetch(`${receiver.url}/desk/login`)).status).toBe(200);
    expect((await fetch(`${receiver.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${receiver.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'disk' });

    const { code, ms } = await stopTimed(receiver);
    expect(code, receiver.output()).toBe(0);
    expect(ms).toBeLessThan(STOP_WITHIN_MS);
  }, 120_000);
});

describe('a receiver process whose database is stuck in a statement', () => {
  it('answers /healthz, says not ready, and stops on SIGTERM within 10 s', async () => {
    const receiver = await start({ env: {}, script: 'tests/support/stalled-receiver.ts' });
    await printed(receiver, 'database stalled');

    const health = await fetch(`${receiver.url}/healthz`);
    expect(health.status).toBe(200);
    // The database does not answer: /readyz says so in time instead of hanging.
    const ready = await fetch(`${receiver.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database' });

    // An answer in flight, waiting on the stuck database, when the stop begins: it gets the
    // grace period, then its connection is cut, then PGlite gets its time to close.
    const { outcome } = await answerInFlight(receiver.url);
    const { code, ms } = await stopTimed(receiver);
    expect(ms).toBeLessThan(STOP_WITHIN_MS);
    expect(await outcome).toBe('cut off');
    // Not a clean stop: PGlite never closed, and its worker thread was ended.
    expect(code).toBe(1);
    expect(receiver.output()).toMatch(/PGlite did not close within 3 s/);
  }, 120_000);
});
