// Finding 3 of issue 18: PGlite on a full disk hung the receiver. Before a write is taken in, the
// free space where the data lives is checked: below SAMSKAB_MIN_FREE_MB an answer and every desk
// form get a 503 with Retry-After, /readyz says `disk`, reads and /healthz go on, and writes resume
// by themselves once there is room. The threshold here is set above what this machine has free,
// so the test runs anywhere; "room returns" is the reading growing. The real variable on a real
// process is in tests/server/disk-full-process.test.ts.
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, MEGABYTE, MIN_FREE_BYTES } from '../../server/config';
import { FREE_SPACE_READING_MS, freeBytesAt, watchFreeSpace } from '../../server/data/free-space';
import { readEnv, readMinFreeBytes } from '../../server/env';
import type { RunningReceiver } from '../../server/start';
import { challengeForm } from './desk/challenge-form';
import { type DeskClient, signedIn } from './desk/desk-client';
import { postSubmission, startTestReceiver, validSubmission } from './fixtures';

const TERABYTE = 1024 ** 4;
const ORIGIN = 'https://kommune.example';

describe('writes while the disk is short of room', () => {
  let receiver: RunningReceiver;
  let errors: unknown[];
  let facilitator: DeskClient;
  let now = Date.now();
  /** Bytes added to the real reading: room made on the disk. */
  let madeRoom = 0;
  let readings = 0;

  beforeAll(async () => {
    const freeHere = await freeBytesAt(tmpdir())();
    ({ receiver, errors } = await startTestReceiver({
      allowedOrigins: [ORIGIN],
      // A terabyte more than is free on this machine: the disk is "full" whatever it is.
      minFreeBytes: freeHere + TERABYTE,
      freeBytes: async () => {
        readings++;
        return (await freeBytesAt(tmpdir())()) + madeRoom;
      },
      clock: () => now,
    }));
    facilitator = await signedIn(receiver);
  });
  afterAll(async () => {
    await receiver?.close();
  });

  it('refuses answers and desk forms with 503 and Retry-After, keeps reads and /healthz, and resumes once there is room', async () => {
    const answer = validSubmission('proposal');
    const refused = await postSubmission(receiver, answer, { Origin: ORIGIN });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    // The widget on the municipality's page can read why, and when to come back.
    expect(refused.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect((await refused.json()).error).toMatch(/disk space/);
    expect(await receiver.submissions()).toEqual([]);

    const form = await facilitator.post('/desk/challenges', challengeForm('frivillige-nordvest'));
    expect(form.status).toBe(503);
    expect(form.headers.get('retry-after')).toBe('30');
    expect(form.headers.get('content-type')).toMatch(/^text\/html/);
    expect(form.body).toContain('for lidt ledig diskplads');
    const signIn = await fetch(`${receiver.url}/desk/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=frida%40lunde.dk&password=x',
    });
    expect(signIn.status).toBe(503);

    // Reads go on: the feed, a desk page, and the process says it is alive but not ready.
    expect((await fetch(`${receiver.url}/api/challenges`)).status).toBe(200);
    expect((await facilitator.get('/desk/challenges')).status).toBe(200);
    expect((await facilitator.get('/desk/challenges/frivillige-nordvest')).status).toBe(404);
    expect((await fetch(`${receiver.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${receiver.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'disk' });

    // Room returns; the next reading (a second later) lets writes through again.
    madeRoom = 2 * TERABYTE;
    now += FREE_SPACE_READING_MS;
    const stored = await postSubmission(receiver, answer, { Origin: ORIGIN });
    expect(stored.status).toBe(201);
    expect((await receiver.submissions()).map((row) => row.id)).toEqual([answer.id]);
    const created = await facilitator.post(
      '/desk/challenges',
      challengeForm('frivillige-nordvest'),
    );
    expect(created.status).toBe(303);
    expect((await facilitator.get('/desk/challenges/frivillige-nordvest')).status).toBe(200);
    expect((await fetch(`${receiver.url}/readyz`)).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('reads the free space at most once a second, however many answers arrive', async () => {
    now += FREE_SPACE_READING_MS;
    const before = readings;
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => postSubmission(receiver, validSubmission('need'))),
    );
    expect(statuses.map((response) => response.status)).toEqual(Array(20).fill(201));
    expect(readings - before).toBe(1);
  });
});

describe('watchFreeSpace', () => {
  it('is low below the threshold, keeps a reading for a second, and is never low without a threshold or a reading', async () => {
    let now = 0;
    let free = 10;
    let calls = 0;
    const freeBytes = async () => {
      calls++;
      return free;
    };
    const watch = watchFreeSpace(freeBytes, 11, () => now);
    expect(await watch.low()).toBe(true);
    free = 100;
    expect(await watch.low()).toBe(true);
    now += FREE_SPACE_READING_MS;
    expect(await watch.low()).toBe(false);
    expect(calls).toBe(2);

    expect(await watchFreeSpace(freeBytes, 0, () => now).low()).toBe(false);
    expect(await watchFreeSpace(undefined, MIN_FREE_BYTES, () => now).low()).toBe(false);
    const broken = watchFreeSpace(
      () => Promise.reject(new Error('ENOENT')),
      1,
      () => now,
    );
    expect(await broken.low()).toBe(false);
    expect(calls).toBe(2);
  });

  it('reads what statfs says is free for the receiver’s user', async () => {
    expect(await freeBytesAt(tmpdir())()).toBeGreaterThan(0);
  });
});

describe('SAMSKAB_MIN_FREE_MB', () => {
  it('is whole megabytes, 64 by default, 0 for no check', () => {
    expect(readEnv({}, '/srv').minFreeBytes).toBe(64 * MEGABYTE);
    expect(readEnv({ SAMSKAB_MIN_FREE_MB: '500' }, '/srv').minFreeBytes).toBe(500 * MEGABYTE);
    expect(readMinFreeBytes('0')).toBe(0);
    expect(readMinFreeBytes(' ')).toBeUndefined();
    for (const wrong of ['-1', '1.5', '1e3', '64MB', '99999999999']) {
      expect(() => readMinFreeBytes(wrong), wrong).toThrow(ConfigError);
    }
  });
});
