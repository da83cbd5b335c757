// Global set-up of vitest and Playwright: the PGlite data folders to start from (pglite-template.ts).
import { ensurePgliteTemplates } from './pglite-template';

export default async function setup(): Promise<void> {
  await ensurePgliteTemplates();
}
