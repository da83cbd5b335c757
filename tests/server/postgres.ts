// A throwaway PostgreSQL server for the receiver's tests: its own data folder, its own port, fast
// settings (nothing here needs to survive a crash), stopped and deleted afterwards. Vitest starts
// one per run (shared-postgres.ts); a test file takes a database of its own on it.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface ThrowawayPostgres {
  readonly url: string;
  stop(): void;
}

export const skipPostgres = process.env.SAMSKAB_SKIP_POSTGRES === '1';

/** Debian's layout first (newest version), then whatever is on PATH. */
function findBinDir(): string | undefined {
  for (const version of ['17', '16', '15']) {
    const dir = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return initdb ? join(initdb, '..') : undefined;
  } catch {
    return undefined;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

export async function startPostgres(): Promise<ThrowawayPostgres> {
  const binDir = findBinDir();
  if (!binDir) {
    throw new Error(
      'PostgreSQL is not installed: initdb and pg_ctl were not found in /usr/lib/postgresql/*/bin ' +
        'or on PATH. Install it (Debian: apt-get install postgresql), or set ' +
        'SAMSKAB_SKIP_POSTGRES=1 to run the receiver tests against PGlite only.',
    );
  }
  // initdb refuses to run as root (and CI runs as root): then the cluster belongs to `postgres`.
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : join(binDir, command),
      asRoot ? ['-u', 'postgres', '--', join(binDir, command), ...args] : args,
      { stdio: 'pipe', encoding: 'utf8' },
    );
  const dir = mkdtempSync(join(tmpdir(), 'samskab-pg-'));
  if (asRoot) {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, id('-u'), id('-g'));
  }
  chmodSync(dir, 0o700);
  const port = await freePort();
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', dir, '-m', 'immediate', 'stop']);
      } catch {
        // Already gone; the folder is removed below either way.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    run('initdb', [
      '-D',
      dir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      // One server serves every test file of a run (shared-postgres.ts), each with receivers
      // whose pools hold up to 10 connections.
      '-c max_connections=300',
    ].join(' ');
    run('pg_ctl', ['-D', dir, '-o', settings, '-l', join(dir, 'log'), '-w', 'start']);
    started = true;
  } catch (error) {
    stop();
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`could not start a throwaway PostgreSQL in ${dir}: ${stderr || error}`);
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

export interface TestPostgresDatabase {
  readonly url: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

/**
 * An empty database of its own on the run's throwaway PostgreSQL (started once by
 * shared-postgres.ts); throws why there is none when PostgreSQL could not start.
 */
export async function freshPostgresDatabase(): Promise<TestPostgresDatabase> {
  // Imported here, not at the top: Playwright's specs and the benchmark load this file too.
  const { inject } = await import('vitest');
  const shared = inject('sharedPostgres');
  if ('error' in shared) throw new Error(shared.error);
  const name = `samskab_${randomUUID().replaceAll('-', '')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: shared.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE template0`);
  const url = new URL(shared.url);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
