// What a 201 promises: the answer is stored. Checked with the receiver in its own process on a
// PGlite data folder, killed without warning (SIGKILL) and stopped the polite way (SIGTERM).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey } from '../../server/data/api-keys';
import { openDatabase } from '../../server/data/db';
import { migrate } from '../../server/data/migrations';
import { createStaff } from '../../server/data/staff';
import { listSubmissions } from '../../server/data/submissions';
import { rfc4180Rows } from '../support/excel-csv';
import { type SpawnedReceiver, spawnReceiver } from '../support/spawn-receiver';
import { validSubmission } from './fixtures';
import { postAwaitingContinue } from './http-client';

const dataDir = mkdtempSync(join(tmpdir(), 'samskab-durable-'));
const env = {
  SAMSKAB_DATA_DIR: dataDir,
  SAMSKAB_RATE_LIMIT: '1000/60',
};
/** The export's API key, made in the data folder before the receiver first starts on it. */
let key: string;

beforeAll(async () => {
  const db = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await migrate(db);
    const admin = await createStaff(
      db,
      { email: 'system@lunde.dk', name: 'System', role: 'admin' },
      new Date(),
    );
    key = (await createApiKey(db, 'Durability', admin.id, new Date())).secret;
  } finally {
    await db.close();
  }
});
const running: SpawnedReceiver[] = [];

const start = async () => {
  const receiver = await spawnReceiver({ env });
  running.push(receiver);
  return receiver;
};

async function postAnswer(url: string): Promise<string> {
  const submission = validSubmission('proposal');
  const response = await fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.id },
    body: JSON.stringify(submission),
  });
  expect(response.status).toBe(201);
  return (await response.json()).reference;
}

async function storedReferences(url: string): Promise<string[]> {
  const response = await fetch(`${url}/desk/export/answers.csv`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  const [header, ...rows] = rfc4180Rows((await response.text()).replace(/^\uFEFF/, ''));
  const column = header!.indexOf('Reference');
  return rows.map((row) => row[column]!).sort();
}

/**
 * Sends the headers and, once the receiver reads the body (its 100 Continue comes then,
 * server/http/request-body.ts), half of it; then calls `meanwhile`, then sends the rest: the request is in
 * flight (accepted, body being read) while `meanwhile` runs.
 */
function postSlowly(
  url: string,
  meanwhile: () => Promise<void>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { req, body: bytes } = postAwaitingContinue(url, validSubmission('need'), (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.once('continue', () => {
      req.write(bytes.subarray(0, 100));
      meanwhile().then(() => req.end(bytes.subarray(100)), reject);
    });
    req.flushHeaders();
  });
}

afterAll(async () => {
  await Promise.all(running.map((receiver) => receiver.stop('SIGKILL')));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a receiver process on a PGlite data folder', () => {
  it('keeps every acknowledged answer through SIGKILL, and finishes answers in flight on SIGTERM', async () => {
    const first = await start();
    const beforeCrash: string[] = [];
    for (let i = 0; i < 5; i++) beforeCrash.push(await postAnswer(first.url));
    // No await between the last 201 and the kill: nothing gets a chance to flush afterwards.
    expect(await first.stop('SIGKILL')).toBeNull();

    const second = await start();
    expect(await storedReferences(second.url)).toEqual([...beforeCrash].sort());
    const beforeStop = [await postAnswer(second.url), await postAnswer(second.url)];

    let exitCode: Promise<number | null> | undefined;
    const inFlight = await postSlowly(second.url, async () => {
      exitCode = second.stop('SIGTERM');
      // It has begun to stop (it says so, then closes its server) before the rest of the body.
      await vi.waitFor(
        () => expect(second.output()).toContain('SIGTERM: finishing requests in flight'),
        { timeout: 10_000, interval: 20 },
      );
    });
    expect(inFlight.status).toBe(201);
    expect(await exitCode).toBe(0);
    expect(second.output()).toContain('Stopped.');

    // The data folder alone, opened in this process, holds everything: close() flushed PGlite.
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const { reference } = JSON.parse(inFlight.body);
      const stored = (await listSubmissions(db)).map((row) => row.reference);
      expect(stored.sort()).toEqual([...beforeCrash, ...beforeStop, reference].sort());
    } finally {
      await db.close();
    }
  }, 120_000);
});
