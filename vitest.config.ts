import { defineConfig } from 'vitest/config';
import { pgliteTemplatePath } from './tests/support/pglite-template';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/server/**/*.test.ts'],
    environment: 'node',
    // One throwaway PostgreSQL for the run; each file that needs one makes its own database.
    globalSetup: [
      'tests/server/shared-postgres.ts',
      'tests/support/pglite-template-setup.ts',
      'tests/support/server-build-setup.ts',
    ],
    // Databases in memory start from a copy of a fresh, migrated one (tests/support/pglite-template.ts).
    env: { SAMSKAB_PGLITE_TEMPLATE: pgliteTemplatePath },
    // Many suites start a receiver (an in-memory PGlite, or a throwaway PostgreSQL) in a hook or a
    // test; on a busy 2-core machine that alone can take several seconds.
    hookTimeout: 60_000,
    // Two files at a time on 2 cores (Vitest's default is one fewer than the cores): most of a
    // receiver test is waiting on its receiver, its database thread or a child process, so a
    // second file fills that time (the whole suite: 415 s on a quiet machine).
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
