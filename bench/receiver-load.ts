// Figure 6, the receiver: 50 concurrent keep-alive clients for 10 s against a fresh receiver on
// 127.0.0.1, with in-memory PGlite and with a throwaway PostgreSQL (tests/server/postgres.ts),
// each with no replays and with 10% replays. The load client runs in its own process.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DatabaseLocation } from '../server/config';
import { startReceiver } from '../server/start';
import { startPostgres } from '../tests/server/postgres';
import { ROOT } from './bytes';

const CLIENTS = 50;
const SECONDS = 10;
const REPLAYS = [0, 0.1];

async function load(url: string, replayShare: number) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench', 'load-client.ts')],
    {
      cwd: ROOT,
      timeout: (SECONDS + 30) * 1000,
      env: {
        ...process.env,
        BENCH_URL: `${url}/api/submissions`,
        BENCH_CLIENTS: String(CLIENTS),
        BENCH_SECONDS: String(SECONDS),
        BENCH_REPLAYS: String(replayShare),
      },
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

async function against(database: DatabaseLocation, name: string) {
  const runs = [];
  for (const replayShare of REPLAYS) {
    const receiver = await startReceiver({
      port: 0,
      database,
      seed: undefined,
      rateLimit: { limit: 100_000_000, windowMs: 60_000 },
      logError: () => undefined,
    });
    try {
      runs.push({ db: name, replayShare, ...(await load(receiver.url, replayShare)) });
    } catch (error) {
      runs.push({ db: name, replayShare, error: String(error).split('\n')[0] });
    } finally {
      await receiver.close();
    }
  }
  return runs;
}

export async function measureReceiver() {
  const runs = await against({ kind: 'memory' }, 'PGlite (in memory)');
  try {
    const postgres = await startPostgres();
    try {
      // Each run's receiver migrates the same database once; answers accumulate across the runs.
      runs.push(
        ...(await against(
          { kind: 'postgres', url: postgres.url },
          'PostgreSQL (throwaway, fsync off)',
        )),
      );
    } finally {
      postgres.stop();
    }
  } catch (error) {
    runs.push({ db: 'PostgreSQL', replayShare: 0, error: String(error).split('\n')[0] });
  }
  return { runs };
}
