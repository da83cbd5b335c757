// Issue 21 point 4, in Debian's Chromium against the real receiver: on a page whose origin the
// receiver does not allow, the widget says so in one console error as it mounts, before anyone
// answers, naming the page's origin, a challenge that is not there and where to allow the site; the
// site is then on the desk's refused list. The check lives in the code loaded after the first
// paint: the first paint's files do not contain it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReceiver } from '../../../server/start';
import { widgetSizes } from '../../support/widget-sizes';
import { expect, test } from '../support/fixtures';
import { openHostPage } from '../support/host-page';
import { receiverLog } from '../support/receiver-log';

const dist = join(import.meta.dirname, '..', '..', '..', 'dist', 'widget');

test('the check adds nothing to the first paint: it is in the after-paint code only', () => {
  const { firstPaintFiles, codeFiles } = widgetSizes();
  const holding = codeFiles.filter((file) =>
    readFileSync(join(dist, file), 'utf8').includes('embed-check'),
  );
  expect(holding.length).toBeGreaterThan(0);
  expect(holding.filter((file) => firstPaintFiles.includes(file))).toEqual([]);
});

test('a page on a site the receiver refuses hears it in one console error at mount', async ({
  page,
  host,
}) => {
  const receiver = await startReceiver({ log: receiverLog(), database: { kind: 'memory' } });
  try {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const checked = page.waitForResponse((r) => r.url().includes('/api/embed-check'));
    await openHostPage(page, host, receiver.url, {
      script: {
        endpoint: `${receiver.url}/api/submissions`,
        challenges: `${receiver.url}/api/challenges`,
      },
      mounts: [{ challenge: 'findes-ikke' }],
    });
    const response = await checked;
    expect(response.url()).toBe(`${receiver.url}/api/embed-check?challenge=findes-ikke`);
    expect(await response.json()).toEqual({
      origin: host.origin,
      allowed: false,
      challenge: { exists: false, published: false },
    });
    await expect
      .poll(() => errors.filter((e) => e.startsWith('Samskab: this page')))
      .toHaveLength(1);
    const said = errors.find((e) => e.startsWith('Samskab: this page'))!;
    expect(said).toContain(`this page (${host.origin}) may not send answers`);
    expect(said).toContain('data-challenge "findes-ikke" does not exist');
    expect(said).toContain('Indlejr > Sites');
  } finally {
    await receiver.close();
  }
});

test('a page on an allowed site is asked about once, and told yes', async ({
  page,
  openWidget,
}) => {
  const checks: string[] = [];
  page.on('request', (r) => r.url().includes('/api/embed-check') && checks.push(r.url()));
  const checked = page.waitForResponse((r) => r.url().includes('/api/embed-check'));
  await openWidget({ mounts: [{}, { challenge: 'ensomhed-lunde' }] });
  expect(await (await checked).json()).toMatchObject({ allowed: true });
  await expect(page.getByRole('heading', { name: /Færre ensomme aftener/ })).toBeVisible();
  // One for the list, one for the named challenge: each question once, however many mounts.
  await expect.poll(() => checks.length).toBe(2);
  expect(checks.filter((url) => url.endsWith('?challenge=ensomhed-lunde'))).toHaveLength(1);
});
