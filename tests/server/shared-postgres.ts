// Vitest's global set-up: one throwaway PostgreSQL for the whole run, where each test file makes
// its own database (`freshPostgresDatabase` in postgres.ts). initdb and a server start took
// seconds per file; a CREATE DATABASE takes a fraction of one, and a database of its own keeps a
// file as separate from the others as a server of its own did (advisory locks are per database).
import type { TestProject } from 'vitest/node';
import { skipPostgres, startPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's PostgreSQL server, or why there is none. */
    sharedPostgres: { url: string } | { error: string };
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (skipPostgres) {
    project.provide('sharedPostgres', { error: 'SAMSKAB_SKIP_POSTGRES=1: no PostgreSQL here' });
    return undefined;
  }
  try {
    const server = await startPostgres();
    project.provide('sharedPostgres', { url: server.url });
    return () => server.stop();
  } catch (error) {
    // Only the tests that need PostgreSQL fail, each with this message: the unit tests still run,
    // and a missing database does not look like a passing suite.
    project.provide('sharedPostgres', { error: (error as Error).message });
    return undefined;
  }
}
