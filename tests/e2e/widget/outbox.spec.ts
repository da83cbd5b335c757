import type { Request } from '@playwright/test';
import type { OutboxItem } from '../../../utils/outbox';
import { validSubmission } from '../../server/fixtures';
import { expect, submissionRows, test } from '../support/fixtures';
import { seedOutbox } from '../support/outbox-seed';
import { outboxIdle, sendNeed } from './support';

const isPost = (request: Request) =>
  request.method() === 'POST' && request.url().endsWith('/api/submissions');

test('offline submit is queued, then delivered exactly once when back online', async ({
  page,
  context,
  openWidget,
  receiver,
}) => {
  await openWidget();
  await context.setOffline(true);
  await sendNeed(page, 'Sendt mens jeg var offline');
  await expect(
    page.getByRole('heading', { name: 'Tak! Dit svar er klar til at blive sendt.' }),
  ).toBeVisible();
  await expect(
    page
      .getByText(
        'Du har ikke forbindelse til internettet. Vi sender svaret, når du har forbindelse igen.',
      )
      .first(),
  ).toBeVisible();
  expect(await submissionRows(receiver)).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByText(/Dit referencenummer/).first()).toBeVisible({ timeout: 20_000 });
  await expect.poll(async () => (await submissionRows(receiver)).length).toBe(1);
  await outboxIdle(page);
  expect(await submissionRows(receiver)).toHaveLength(1);
});

test('server errors twice, then accepts: delivered once', async ({
  page,
  openWidget,
  receiver,
}) => {
  let failures = 0;
  await page.route(`${receiver.url}/api/submissions`, async (route) => {
    if (route.request().method() === 'POST' && failures < 2) {
      failures += 1;
      return route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"error":"boom"}',
      });
    }
    return route.fallback();
  });
  await openWidget();
  await sendNeed(page, 'Kommer igennem til sidst');
  await expect(page.getByText(/Dit referencenummer/).first()).toBeVisible({ timeout: 30_000 });
  expect(failures).toBe(2);
  expect(await submissionRows(receiver)).toHaveLength(1);
});

test('429 with Retry-After: 2 is honoured', async ({ page, openWidget, receiver }) => {
  const posts: number[] = [];
  page.on('request', (request) => isPost(request) && posts.push(Date.now()));
  let limited = false;
  await page.route(`${receiver.url}/api/submissions`, async (route) => {
    if (route.request().method() === 'POST' && !limited) {
      limited = true;
      return route.fulfill({
        status: 429,
        headers: {
          'Retry-After': '2',
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Expose-Headers': 'Retry-After',
        },
        contentType: 'application/json',
        body: '{"error":"slow down"}',
      });
    }
    return route.fallback();
  });
  await openWidget();
  await sendNeed(page, 'Tålmodigt svar');
  await expect(page.getByText(/Dit referencenummer/).first()).toBeVisible({ timeout: 30_000 });
  expect(posts.length).toBe(2);
  expect(posts[1]! - posts[0]!).toBeGreaterThanOrEqual(2000);
  expect(await submissionRows(receiver)).toHaveLength(1);
});

test('422 is shown, kept and not retried', async ({ page, openWidget, receiver }) => {
  let posts = 0;
  await page.route(`${receiver.url}/api/submissions`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    posts += 1;
    return route.fulfill({
      status: 422,
      headers: { 'Access-Control-Allow-Origin': '*' },
      contentType: 'application/json',
      body: JSON.stringify({
        error: 'Invalid submission',
        issues: [{ path: 'text.body', message: 'is not allowed here' }],
      }),
    });
  });
  await openWidget();
  await sendNeed(page, 'Afvist svar');
  await expect(page.getByText(/Kommunen tog ikke imod svaret/).first()).toBeVisible();
  await expect(page.getByText('text.body: is not allowed here').first()).toBeVisible();
  // Kept for the person ("attention"), not queued: no retry is coming.
  await outboxIdle(page);
  expect(posts).toBe(1);
  await page.reload();
  // The address still names the challenge (#samskab=…): back to the list, where the outbox is.
  await page.getByRole('button', { name: /Tilbage/ }).click();
  await expect(page.getByText(/Kommunen tog ikke imod svaret/).first()).toBeVisible({
    timeout: 30_000,
  });
  await outboxIdle(page);
  expect(posts).toBe(1);
  expect(await submissionRows(receiver)).toHaveLength(0);
});

test('two tabs with queued answers: each delivered once', async ({
  context,
  openWidget,
  receiver,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openWidget({}, first);
  await openWidget({}, second);
  await context.setOffline(true);
  await sendNeed(first, 'Fra fane et');
  await sendNeed(second, 'Fra fane to', /Mere liv på plejecentret/);
  await context.setOffline(false);
  await expect
    .poll(async () => (await submissionRows(receiver)).length, { timeout: 30_000 })
    .toBe(2);
  await outboxIdle(first);
  await outboxIdle(second);
  const rows = await submissionRows(receiver);
  expect(rows.map((r) => r.text.body).sort()).toEqual(['Fra fane et', 'Fra fane to']);
});

test('a long outbox shows ten answers, those needing attention first; old receipts are removed', async ({
  page,
  host,
  openWidget,
  receiver,
}) => {
  const endpoint = `${receiver.url}/api/submissions`;
  const now = Date.now();
  const day = 86_400_000;
  const item = (state: OutboxItem['state'], at: number, extra: Partial<OutboxItem>) => {
    const submission = validSubmission('need');
    return {
      id: submission.id,
      submission,
      endpoint,
      state,
      attempts: 1,
      nextAttemptAt: 0,
      queuedAt: at,
      ...extra,
    };
  };
  const receipts = Array.from({ length: 24 }, (_, i) =>
    item('delivered', now - i * 60_000, { deliveredAt: now - i * 60_000, reference: `SAM-${i}` }),
  );
  const old = item('delivered', now - 40 * day, {
    deliveredAt: now - 40 * day,
    reference: 'SAM-OLD',
  });
  const rejected = item('attention', now - 2 * day, { lastStatus: 422, lastError: 'for kort' });
  await page.goto(
    host.serve('/seed.html', '<!doctype html><title>seed</title>', { 'Content-Type': 'text/html' }),
  );
  await seedOutbox(page, [...receipts, old, rejected]);

  await openWidget();
  const entries = page.locator('[data-samskab] ul.outbox > li');
  await expect(page.getByRole('heading', { name: 'Dine svar (25)' })).toBeVisible();
  await expect(entries).toHaveCount(10);
  await expect(entries.first().locator('[data-state]')).toHaveAttribute('data-id', rejected.id);
  await expect(entries.nth(1).locator('[data-state]')).toHaveAttribute('data-id', receipts[0]!.id);
  await page.getByRole('button', { name: 'Vis 10 svar mere' }).click();
  await expect(entries).toHaveCount(20);
  await page.getByRole('button', { name: 'Vis 5 svar mere' }).click();
  await expect(entries).toHaveCount(25);
  await expect(page.getByRole('button', { name: /svar mere/ })).toHaveCount(0);
  await expect(page.getByText('SAM-OLD')).toHaveCount(0);
  expect(await submissionRows(receiver)).toHaveLength(0);
});
