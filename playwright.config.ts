import { defineConfig } from '@playwright/test';
import { pgliteTemplatePath } from './tests/support/pglite-template';

// Receivers' databases in memory start from a copy of a fresh, migrated one rather than running
// initdb and the migrations (tests/support/pglite-template.ts); set here, the runner, its workers
// and what they start see it.
process.env.SAMSKAB_PGLITE_TEMPLATE = pgliteTemplatePath;

// Debian's Chromium, never a downloaded browser (nothing outside the registries is reachable).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  // Reads every line the receivers logged during the run: nothing there that must not be.
  globalTeardown: './tests/e2e/support/log-sweep.ts',
  globalSetup: './tests/support/pglite-template-setup.ts',
  fullyParallel: true,
  // Two on 2 cores: three were measured slower (10.5 min against 9.6 for the browser tests).
  workers: 2,
  retries: 0,
  // A hang is caught either way; the longest journeys take up to 33 s on 2 quiet cores and more
  // than twice that when another heavy job shares them (the desk's challenge journey passed 60 s
  // beside a second full run), so a test gets 120 s, and one marked test.slow() three times that.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'off',
  },
});
