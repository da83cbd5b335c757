import { defineConfig } from 'vitest/config';
import { pgliteTemplatePath } from './tests/support/pglite-template';

/** Receiver tests that need a worker of their own, each for the reason given. */
const OWN_WORKER = [
  // Swaps a module with `vi.mock`, which only works in a module cache of its own.
  'tests/server/desk/answer-field-new.test.ts',
  // Measures its process's memory, which the files run before it in a shared worker would hold.
  'tests/server/desk/scale.test.ts',
];

/** Files left out of this run (scripts/test-node24.mjs): comma-separated globs. */
const LEFT_OUT = process.env.SAMSKAB_TEST_EXCLUDE?.split(',').filter(Boolean) ?? [];

// Global set-ups run once per project that names them, so each is named only where it is needed.
const SHARED_POSTGRES = 'tests/server/shared-postgres.ts';
const PGLITE_TEMPLATES = 'tests/support/pglite-template-setup.ts';
const SERVER_BUILD = 'tests/support/server-build-setup.ts';

export default defineConfig({
  test: {
    environment: 'node',
    // Databases in memory start from a copy of a fresh, migrated one (tests/support/pglite-template.ts).
    env: { SAMSKAB_PGLITE_TEMPLATE: pgliteTemplatePath },
    // Many suites start a receiver (an in-memory PGlite, or a throwaway PostgreSQL) in a hook or a
    // test; on a busy 2-core machine that alone can take several seconds.
    hookTimeout: 60_000,
    // Two files at a time on 2 cores (Vitest's default is one fewer than the cores): most of a
    // receiver test is waiting on its receiver, its database thread or a child process, so a
    // second file fills that time.
    maxWorkers: 2,
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        // Browser-side logic on fake IndexedDB: each file in a fresh module cache, so no database
        // or global that one file makes is seen by the next.
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: LEFT_OUT },
      },
      {
        extends: true,
        // The receiver's suites share each worker's module cache: loading the server, zod, pg
        // and PGlite once per worker rather than once per file took the whole suite from 444 s
        // to 256 s on 2 cores. They share no module state: every file starts its own receivers
        // and databases, restores its spies and real timers.
        test: {
          name: 'receiver',
          include: ['tests/server/**/*.test.ts'],
          exclude: [...OWN_WORKER, ...LEFT_OUT],
          isolate: false,
          // One throwaway PostgreSQL for the run; each file that needs one makes its own database.
          globalSetup: [SHARED_POSTGRES, PGLITE_TEMPLATES, SERVER_BUILD],
        },
      },
      {
        extends: true,
        test: {
          name: 'receiver-own-worker',
          include: OWN_WORKER,
          exclude: LEFT_OUT,
          globalSetup: [PGLITE_TEMPLATES],
        },
      },
    ],
  },
});
