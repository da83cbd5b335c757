// The widget as the last release built it (tests/fixtures/previous-clients/widget), embedded on a
// municipality's page on its own origin: the compat specs serve and open it alike.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { type HostServer, openHostPage } from '../support/host-page';

export const PREVIOUS_CLIENTS = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'previous-clients',
);
const PREVIOUS_WIDGET = join(PREVIOUS_CLIENTS, 'widget');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Serves the previous widget's files from `host` under /previous/widget/ and opens a page there
 * embedding it, pointed at `receiver`; `script` adds attributes to its script tag.
 */
export async function openPreviousWidget(
  page: Page,
  host: HostServer,
  receiver: { readonly url: string },
  script: Record<string, string> = {},
): Promise<void> {
  for (const file of filesUnder(PREVIOUS_WIDGET)) {
    const path = `/previous/widget/${relative(PREVIOUS_WIDGET, file).split('\\').join('/')}`;
    host.serve(path, readFileSync(file, 'utf8'), {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
  }
  await openHostPage(page, host, `${host.origin}/previous`, {
    script: {
      endpoint: `${receiver.url}/api/submissions`,
      challenges: `${receiver.url}/api/challenges`,
      ...script,
    },
  });
}
