import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/data/db';
import type { RunningReceiver } from '../../server/start';
import { startTestReceiver } from './fixtures';

let receiver: RunningReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe('health and readiness', () => {
  it('answers /healthz and /readyz while the database works, never cached', async () => {
    ({ receiver } = await startTestReceiver());
    for (const [path, status] of [
      ['/healthz', 'ok'],
      ['/readyz', 'ready'],
    ] as const) {
      const response = await fetch(`${receiver.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ status });
    }
  });

  it('says not ready when the database is gone or behind, while still alive', async () => {
    const db = await openDatabase({ kind: 'memory' });
    ({ receiver } = await startTestReceiver({ db }));
    await db.query(
      'DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)',
    );
    const behind = await fetch(`${receiver.url}/readyz`);
    expect(behind.status).toBe(503);
    expect(await behind.json()).toEqual({ status: 'unavailable', reason: 'migrations' });
    await db.close();
    const gone = await fetch(`${receiver.url}/readyz`);
    expect(gone.status).toBe(503);
    expect(await gone.json()).toEqual({ status: 'unavailable', reason: 'database' });
    expect((await fetch(`${receiver.url}/healthz`)).status).toBe(200);
  });
});
