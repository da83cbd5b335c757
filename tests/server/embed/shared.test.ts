// Issue 21 point 2: a site allowed in the desk is stored, so it survives a restart, and is seen by
// every receiver on the same PostgreSQL within the time each keeps the list (10 s at most with the
// default; a short one here where the test waits for it), without a restart of any of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseLocation } from '../../../server/config';
import type { RunningReceiver } from '../../../server/start';
import { signedIn } from '../desk/desk-client';
import { startTestReceiver } from '../fixtures';
import { freshPostgresDatabase, skipPostgres, type TestPostgresDatabase } from '../postgres';

const SITE = 'https://borger.lunde.dk';

const preflight = async (receiver: RunningReceiver) =>
  (
    await fetch(`${receiver.url}/api/submissions`, {
      method: 'OPTIONS',
      headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST' },
    })
  ).status;

async function allowOn(receiver: RunningReceiver) {
  const admin = await signedIn(receiver, { role: 'admin' });
  expect((await admin.post('/desk/embed/sites/allow', { origin: SITE })).location).toBe(
    '/desk/embed/sites?besked=origin-allowed',
  );
  return admin;
}

describe('an allowed site on PGlite', () => {
  it('survives a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samskab-embed-'));
    const database: DatabaseLocation = { kind: 'pglite', dataDir };
    try {
      const { receiver: first } = await startTestReceiver({ database });
      await allowOn(first);
      await first.close();
      const { receiver: second } = await startTestReceiver({ database });
      expect(await preflight(second)).toBe(204);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe.skipIf(skipPostgres)('an allowed site on one PostgreSQL', () => {
  let postgres: TestPostgresDatabase;
  let database: DatabaseLocation;
  const running: RunningReceiver[] = [];
  const start = async (ttlMs?: number) => {
    const { receiver } = await startTestReceiver({
      database,
      ...(ttlMs !== undefined && { allowedOriginsTtlMs: ttlMs }),
    });
    running.push(receiver);
    return receiver;
  };

  beforeAll(async () => {
    postgres = await freshPostgresDatabase();
    database = { kind: 'postgres', url: postgres.url };
  }, 120_000);
  afterAll(async () => {
    for (const receiver of running) await receiver.close();
    await postgres?.drop();
  });

  it('reaches a second receiver without a restart, and survives a restart of both', async () => {
    const a = await start();
    const b = await start(300);
    // b has read the list now, and keeps it for 300 ms.
    expect(await preflight(b)).toBe(403);
    const admin = await allowOn(a);
    expect(await preflight(a)).toBe(204);
    await expect.poll(() => preflight(b), { timeout: 10_000, interval: 50 }).toBe(204);

    await a.close();
    await b.close();
    const c = await start();
    expect(await preflight(c)).toBe(204);
    // Removed on c: refused there at once.
    const adminOnC = await signedIn(c, { role: 'admin' });
    await adminOnC.post('/desk/embed/sites/remove', { origin: SITE });
    expect(await preflight(c)).toBe(403);
    expect(admin.staff.id).not.toBe(adminOnC.staff.id);
  }, 120_000);

  it('applies on every receiver within 10 s with the default list time', async () => {
    const a = await start();
    const b = await start();
    expect(await preflight(b)).toBe(403);
    const started = performance.now();
    await allowOn(a);
    await expect.poll(() => preflight(b), { timeout: 10_000, interval: 100 }).toBe(204);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 120_000);
});
