// Global set-up of vitest and Playwright: the fresh PGlite data folder (pglite-template.ts).
import { ensurePgliteTemplate } from './pglite-template';

export default async function setup(): Promise<void> {
  await ensurePgliteTemplate();
}
