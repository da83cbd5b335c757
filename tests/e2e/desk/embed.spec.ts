// Issue 21 as a webmaster and the municipality live it, in Debian's Chromium against the real
// receiver (the widget must be built: `npm run build:widget`): staff open the desk's embed page,
// choose one challenge in English and see it in the previews; the copied code, pasted into a fresh
// page on another loopback port under the CSP the page lists, renders it, and the console names
// the refused origin as the widget mounts; the desk lists the site as refused; a citizen's answer
// waits in the outbox; an admin allows the site (after seeing it in Unicode and punycode); the
// answer arrives once on its next retry, without a restart. axe on every page of the way.

import { expectNoViolations } from '../support/axe';
import { recordCspViolations } from '../support/csp';
import { HostServer } from '../support/host-page';
import { expect, test } from './support';

const CHALLENGE = 'Færre ensomme aftener for ældre i Lunde';
const ANSWER = 'Sendt fra kommunens nye side, før den var tilladt';

test('from the embed page to a delivered answer, without a restart', async ({
  desk,
  adminDesk,
  receiver,
  browser,
}) => {
  test.slow();
  const host = await HostServer.start();
  const citizenContext = await browser.newContext();
  try {
    // Staff choose one challenge and English; both previews show it, in English.
    await desk.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: receiver.url,
    });
    await desk.goto(`${receiver.url}/desk`);
    await desk.getByRole('link', { name: 'Indlejr', exact: true }).click();
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText(
      'Indlejr widgetten på hjemmesiden',
    );
    await desk.getByRole('combobox', { name: /^Udfordring/ }).selectOption({ label: CHALLENGE });
    await desk.getByLabel('Sprog').selectOption('en');
    await desk.getByRole('button', { name: 'Vis' }).click();
    for (const where of ['computer', 'mobil']) {
      const frame = desk.frameLocator(`iframe[title*="${where}"]`);
      await expect(frame.getByRole('heading', { name: CHALLENGE })).toBeVisible();
      await expect(frame.getByRole('button', { name: /Tell us what you see/ })).toBeVisible();
    }
    const narrow = await desk.locator('iframe[title*="mobil"]').boundingBox();
    expect(Math.round(narrow!.width)).toBe(390);
    await expectNoViolations(desk, 'embed page, one challenge in English');

    // The copied code and the page's CSP, as the embed page gives them.
    await desk.getByRole('button', { name: 'Kopiér koden til én udfordring' }).click();
    await expect(desk.getByRole('status')).toHaveText('Koden er kopieret.');
    const code = await desk.evaluate(() => navigator.clipboard.readText());
    expect(code).toBe(await desk.getByLabel('Koden til én udfordring').inputValue());
    expect(code).toContain('data-challenge="ensomhed-lunde"');
    expect(code).toContain('data-locale="en"');
    expect(code).not.toContain('integrity');
    const policy = await desk.getByLabel('En hel politik').inputValue();

    // The webmaster pastes it into a fresh page on another origin (localhost, another port).
    const pageUrl = host.serve(
      '/borger/samskab.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lunde Municipality</title></head>
<body><main><h1>Co-creation in Lunde</h1>
${code}
</main></body></html>`,
      { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy },
    );
    const citizen = await citizenContext.newPage();
    const violations = await recordCspViolations(citizen);
    const errors: string[] = [];
    citizen.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // The page's clock runs on by itself; the test moves it on to the outbox's next retry.
    await citizen.clock.install();
    await citizen.goto(pageUrl);
    await expect(citizen.getByRole('heading', { name: CHALLENGE })).toBeVisible();
    await expect(citizen.locator('[data-samskab] section[data-ready]')).toBeAttached();
    await expect
      .poll(() => errors.filter((e) => e.includes('may not send answers')))
      .toEqual([expect.stringContaining(`this page (${host.origin})`)]);
    expect(errors.find((e) => e.includes('may not send answers'))).toContain('Indlejr > Sites');

    // The desk lists the site as refused; a facilitator cannot allow it.
    await desk.goto(`${receiver.url}/desk/embed`);
    await desk.getByRole('link', { name: 'Se og tillad sites' }).click();
    const refused = desk.getByRole('table', { name: /Afviste sites/ });
    await expect(refused).toContainText(host.origin);
    await expect(desk.getByRole('link', { name: /Tillad dette site/ })).toHaveCount(0);
    await expectNoViolations(desk, 'sites, with a refused site');

    // A citizen answers anyway: kept on the device, not thanked.
    await citizen.getByRole('button', { name: /Tell us what you see/ }).click();
    await citizen.getByLabel('What do you see?').fill(ANSWER);
    await citizen.getByRole('button', { name: 'Send answer' }).click();
    await expect(
      citizen.getByRole('heading', { name: 'Your answer has not been sent yet' }),
    ).toBeVisible({ timeout: 30_000 });
    expect(await receiver.submissions()).toHaveLength(0);

    // An admin allows the site, seeing exactly which.
    await adminDesk.goto(`${receiver.url}/desk/embed/sites`);
    await adminDesk
      .getByRole('table', { name: /Afviste sites/ })
      .getByRole('link', { name: /Tillad dette site/ })
      .click();
    await expect(adminDesk.getByRole('heading', { level: 1 })).toHaveText('Tillad dette site?');
    await expect(adminDesk.locator('.embed-confirm')).toContainText(host.origin);
    await expectNoViolations(adminDesk, 'allowing a site');
    await adminDesk.getByRole('button', { name: 'Ja, tillad sitet' }).click();
    await expect(adminDesk.getByRole('status')).toContainText('Sitet er tilladt.');
    await expect(adminDesk.getByRole('table', { name: /må sende svar/ })).toContainText(
      host.origin,
    );

    // The answer's next retry (at most 10 minutes on) delivers it, once.
    await citizen.clock.fastForward('10:30');
    await expect(
      citizen.getByRole('heading', { name: 'Thank you! Your answer has been sent.' }),
    ).toBeVisible({ timeout: 30_000 });
    const stored = await receiver.submissions();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.submission?.text.body).toBe(ANSWER);
    await expect(citizen.locator('[data-samskab] .outbox [data-state="delivered"]')).toHaveCount(1);
    expect(violations).toEqual([]);
  } finally {
    await citizenContext.close();
    await host.close();
  }
});

test('the embed page, its sites and the previews pass axe, for all challenges in Danish', async ({
  adminDesk,
  receiver,
}) => {
  await adminDesk.goto(`${receiver.url}/desk/challenges/ensomhed-lunde`);
  await adminDesk.getByRole('link', { name: 'Indlejr på hjemmesiden' }).click();
  await expect(adminDesk.getByRole('combobox', { name: /^Udfordring/ })).toHaveValue(
    'ensomhed-lunde',
  );
  await adminDesk.getByRole('combobox', { name: /^Udfordring/ }).selectOption('');
  await adminDesk.getByRole('button', { name: 'Vis' }).click();
  const frame = adminDesk.frameLocator('iframe[title*="computer"]');
  await expect(frame.getByRole('button', { name: new RegExp(CHALLENGE) })).toBeVisible();
  await expectNoViolations(adminDesk, 'embed page, all challenges');
  await adminDesk.getByLabel('Adresse på en udgivelse').fill('https://cdn.lunde.dk/samskab/');
  await adminDesk.getByRole('button', { name: 'Vis' }).click();
  await expect(adminDesk.getByRole('alert')).toContainText('Adressen skal indeholde versionen');
  await expectNoViolations(adminDesk, 'embed page with an error');
  await adminDesk.goto(`${receiver.url}/desk/embed/sites`);
  await expectNoViolations(adminDesk, 'sites, none refused');
});
