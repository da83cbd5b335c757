// Issue 20 point 2, "one truth for Dine svar", in Debian's Chromium against the real receiver: two
// answers to one challenge are told apart by their date and first words; a just-sent answer is not
// "Nyt"; a status and reply staff publish at the desk show in "Dine svar" the next time the tab is
// shown — minutes later, not an hour — asked for both answers in one request (`POST /api/status`),
// and a tab shown again with nothing changed gets a 304 for the ETag the widget kept.
import type { Page, Response } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

const CHALLENGE = 'Færre ensomme aftener for ældre i Lunde';
const FIRST = 'Bænkene ved søen står tomme om aftenen, fordi der ikke er lys på stien derned.';
const SECOND = 'Biblioteket lukker klokken 17, og så er der intet varmt sted at mødes.';
const REPLY = 'Tak! Vi sætter lys op på stien i foråret.';

/** Tells the widget its tab was shown again, as the browser does after another tab. */
const tabShownAgain = (page: Page) =>
  page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

test('Dine svar: first words, no Nyt for a new answer, a status from the desk at the next look', async ({
  browser,
  desk,
  receiver,
}) => {
  test.slow();
  // The citizen in a browser of their own (`desk` is the test's page, signed in).
  const citizen = await browser.newContext();
  const page = await citizen.newPage();
  const t0 = Date.now();
  await page.clock.setFixedTime(t0);
  const batches: Response[] = [];
  page.on('response', (response) => {
    if (response.request().method() === 'POST' && response.url().endsWith('/api/status'))
      batches.push(response);
  });
  await page.goto(`${receiver.url}/`);
  await page.getByRole('button', { name: new RegExp(CHALLENGE) }).click();
  for (const text of [FIRST, SECOND]) {
    await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
    await page.getByLabel('Hvad ser du?').fill(text);
    await page.getByRole('button', { name: 'Send svar' }).click();
    await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
    await page.clock.setFixedTime(t0 + 60_000);
    if (text === FIRST) await page.getByRole('button', { name: 'Skriv et svar mere' }).click();
  }

  // The next visit: both answers, each with its own first words; neither is "Nyt".
  batches.length = 0;
  await page.goto(`${receiver.url}/`);
  const entries = page.locator('[data-samskab] .outbox li');
  const first = entries.filter({ hasText: 'Bænkene ved søen' });
  await expect(entries).toHaveCount(2);
  await expect(first.getByTestId('excerpt')).toContainText(FIRST.slice(0, 40));
  await expect(entries.filter({ hasText: 'Biblioteket lukker' })).toHaveCount(1);
  await expect(first.locator('.status')).toContainText('Status: Ny');
  await expect(page.locator('[data-samskab] .status.new')).toHaveCount(0);
  await expect.poll(() => batches.length).toBe(1);
  const asked = batches[0]!.request().postDataJSON() as { tokens: string[] };
  expect(asked.tokens).toHaveLength(2);
  await expectNoViolations(page, 'Dine svar, two answers');

  // Staff take the first answer forward and reply to the citizen.
  const reference = (await first.locator('.nw').textContent()) ?? '';
  expect(reference).toMatch(/^SK-/);
  await desk.goto(`${receiver.url}/desk/answers?q=${encodeURIComponent('Bænkene ved søen')}`);
  await desk.getByRole('link', { name: reference }).click();
  await desk.getByLabel('Status', { exact: true }).selectOption('taken-forward');
  await desk.getByRole('button', { name: 'Gem status' }).click();
  await desk.getByLabel('Kladde til beskeden').fill(REPLY);
  await desk.getByRole('button', { name: 'Offentliggør beskeden til borgeren' }).click();
  await expect(desk.getByRole('status')).toHaveText('Beskeden til borgeren er offentliggjort.');

  // Five minutes later the citizen comes back to the tab: the new status, marked "Nyt".
  await page.clock.setFixedTime(t0 + 6 * 60_000);
  await tabShownAgain(page);
  await expect.poll(() => batches.length).toBe(2);
  await expect(first.locator('.status.new')).toContainText('Arbejdes videre med');
  await expect(first.locator('.reply')).toHaveText(REPLY);
  await expect(
    entries.filter({ hasText: 'Biblioteket lukker' }).locator('.status.new'),
  ).toHaveCount(0);
  expect(batches).toHaveLength(2);
  expect(batches[1]!.status()).toBe(200);
  await expectNoViolations(page, 'Dine svar, a new status');

  // Shown again with nothing changed: the ETag kept from the last answer gets a 304.
  await page.clock.setFixedTime(t0 + 8 * 60_000);
  await tabShownAgain(page);
  await expect.poll(() => batches.length).toBe(3);
  expect(batches[2]!.status()).toBe(304);
  await expect(first.locator('.reply')).toHaveText(REPLY);
  await citizen.close();
});
