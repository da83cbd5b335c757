import { recordCspViolations } from '../support/csp';
import { expect, test } from '../support/fixtures';
import { sendNeed } from './support';

test('a strict CSP page works with no violation reported', async ({
  page,
  openWidget,
  receiver,
  hostOrigin,
}) => {
  const violations = await recordCspViolations(page);
  await openWidget({
    csp: `default-src 'self'; script-src ${receiver.url}; connect-src ${receiver.url}/api/; style-src 'self' ${receiver.url}/widget/`,
  });
  expect(hostOrigin).not.toBe(receiver.url);
  await sendNeed(page, 'Under en streng CSP');
  await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
  // The widget is styled: its buttons have the accent border from the adopted stylesheet.
  const border = await page
    .getByRole('button', { name: 'Skriv et svar mere' })
    .evaluate((el) => getComputedStyle(el).borderTopWidth);
  expect(border).toBe('2px');
  expect(violations).toEqual([]);
});

test('aggressive host CSS neither breaks the widget nor is changed by it', async ({
  page,
  openWidget,
}) => {
  await openWidget({
    css: '* { all: revert } div { display: none } body { font-size: 40px } button { background: red !important; color: red !important }',
    body: '<button id="host-button">Værtssidens knap</button>',
  });
  const card = page.getByRole('button', { name: /Færre ensomme aftener/ });
  await expect(card).toBeVisible();
  expect(await card.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
  await sendNeed(page, 'Trods værtens CSS');
  await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
  // Nothing outside the shadow root changed: the host's button keeps the host's style.
  const hostButton = page.locator('#host-button');
  expect(await hostButton.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 0, 0)');
  expect(await page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(0);
});

test('feed text with HTML and <script> renders as text', async ({ page, openWidget }) => {
  const challenge = {
    id: 'html-i-feed',
    title: '<img src=x onerror="window.pwned=1"> Titel',
    framing: '<script>window.pwned=2</script><b>fed</b>',
    url: 'https://kommune.example/x',
  };
  await openWidget({ inline: { challenges: [challenge] }, script: { challenges: '' } });
  await page.getByRole('button', { name: /Titel/ }).click();
  await expect(page.getByText('<script>window.pwned=2</script><b>fed</b>')).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  expect(
    await page
      .locator('[data-samskab]')
      .evaluate((el) => el.shadowRoot!.querySelectorAll('img, b').length),
  ).toBe(0);
});

test('invalid feed items are skipped with a warning naming them', async ({ page, openWidget }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openWidget({
    inline: {
      challenges: [
        {
          id: 'god',
          title: 'En god udfordring',
          framing: 'Tekst',
          url: 'https://kommune.example/a',
        },
        {
          id: 'Ugyldig ID',
          title: 'Forkert id',
          framing: 'Tekst',
          url: 'https://kommune.example/b',
        },
      ],
    },
    script: { challenges: '' },
  });
  await expect(page.getByRole('button', { name: /En god udfordring/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Forkert id/ })).toHaveCount(0);
  expect(warnings.join('\n')).toContain('Ugyldig ID');
});

test('a bad config shows a notice and names the attribute; nothing is sent', async ({
  page,
  openWidget,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openWidget({ script: { endpoint: 'javascript:alert(1)' } });
  await expect(page.getByRole('alert')).toContainText('data-endpoint');
  expect(errors.join('\n')).toContain('data-endpoint');
  expect(requests.filter((u) => u.includes('/api/'))).toEqual([]);
});

test('closed and past-deadline challenges are marked and cannot be answered', async ({
  page,
  openWidget,
}) => {
  await openWidget({
    inline: {
      challenges: [
        {
          id: 'lukket',
          title: 'En lukket udfordring',
          framing: 'Slut',
          status: 'closed',
          url: 'https://k.example/a',
        },
        {
          id: 'udloebet',
          title: 'Fristen er gået',
          framing: 'For sent',
          deadline: '2020-01-31',
          url: 'https://k.example/b',
        },
      ],
    },
    script: { challenges: '' },
  });
  await expect(page.getByRole('button', { name: /En lukket udfordring/ })).toContainText('Lukket');
  await page.getByRole('button', { name: /Fristen er gået/ }).click();
  await expect(page.getByText('Denne udfordring er lukket.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /Fortæl hvad du ser/ })).toHaveCount(0);
});

test('one challenge per mount, English by the page language, and events without personal data', async ({
  page,
  openWidget,
}) => {
  const events: { type: string; detail: unknown }[] = [];
  await page.exposeFunction('recordEvent', (type: string, detail: unknown) =>
    events.push({ type, detail }),
  );
  await page.addInitScript(() => {
    for (const type of ['ready', 'draft-saved', 'queued', 'sent', 'failed']) {
      document.addEventListener(`samskab:${type}`, (e) =>
        (window as unknown as { recordEvent: (t: string, d: unknown) => void }).recordEvent(
          type,
          (e as CustomEvent).detail,
        ),
      );
    }
  });
  await openWidget({ lang: 'en', mounts: [{ challenge: 'ensomhed-lunde' }] });
  await expect(
    page.getByRole('heading', { name: 'Færre ensomme aftener for ældre i Lunde' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /Tell us what you see/ }).click();
  await page.getByLabel('What do you see?').fill('Private words');
  await page.getByLabel('Email (optional)', { exact: true }).fill('private@example.dk');
  await page.getByLabel('The municipality may contact me about my answer').check();
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect(
    page.getByRole('heading', { name: 'Thank you! Your answer has been sent.' }),
  ).toBeVisible();
  await expect
    .poll(() => events.map((e) => e.type))
    .toEqual(expect.arrayContaining(['ready', 'draft-saved', 'queued', 'sent']));
  expect(JSON.stringify(events)).not.toMatch(/Private|private@/);
  const sent = events.find((e) => e.type === 'sent')!;
  expect(sent.detail).toEqual({
    id: expect.any(String),
    kind: 'need',
    challengeId: 'ensomhed-lunde',
  });
});
