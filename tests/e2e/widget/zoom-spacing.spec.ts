// Issue 22 point 11 (WCAG 1.4.4, 1.4.10, 1.4.12): at 200 % zoom, 320 CSS px wide, and with the
// text spacing a reader may set, nothing in the list, a challenge, the form, its errors or the
// receipt is cut or overlaps (measured: support/layout-faults.ts), and screenshots are kept.
import type { Page, TestInfo } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { layoutFaults, overrideTextSpacing } from '../support/layout-faults';
import { syntheticFeed } from '../support/synthetic-feed';

// Enough challenges for the search, the filters and the pager, a long title and a contact.
const feed = {
  challenges: [
    {
      id: 'lang-titel',
      title:
        'Færre ensomme aftener for ældre i Lunde, Thueslund og Nordvest – og hvad foreningerne, naboerne og købmandsgården kan gøre sammen med kommunen',
      framing:
        'Vi ser, at mange ældre bor alene og har lange aftener uden nogen at tale med.\nKommunens besøgsvenner når ikke rundt.',
      questions: ['Hvad ser I, når I møder ældre i Lunde?', 'Hvad kan I selv være med til?'],
      resourcesWanted: ['time', 'venue', 'network'],
      area: 'Lunde',
      theme: 'ensomhed',
      deadline: '2027-03-31',
      contact: {
        name: 'Facilitator, Social og Sundhed',
        phone: '+45 12 34 56 78',
        email: 'samskab.aeldre.lunde@kommune.example',
      },
      url: 'https://kommune.example/samskab/lang-titel',
    },
    ...syntheticFeed(7).challenges,
  ],
};

const conditions = [
  // A 1280 × 800 window at 200 %: 640 × 400 CSS px, two device pixels each.
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, scale: 2, spacing: false },
  { name: '320 px', viewport: { width: 320, height: 640 }, scale: 1, spacing: false },
  {
    name: 'text spacing at 320 px',
    viewport: { width: 320, height: 640 },
    scale: 1,
    spacing: true,
  },
];

for (const condition of conditions) {
  test.describe(condition.name, () => {
    test.use({ viewport: condition.viewport, deviceScaleFactor: condition.scale });

    test(`${condition.name}: list, challenge, form, errors and receipt, nothing cut or overlapping`, async ({
      page,
      openWidget,
    }, testInfo) => {
      await openWidget({ inline: feed, script: { challenges: '' } });
      if (condition.spacing) await overrideTextSpacing(page);
      const check = async (state: string) => {
        await screenshot(page, testInfo, `${state}.png`);
        expect(await layoutFaults(page), state).toEqual([]);
      };
      await expect(page.getByRole('button', { name: /Færre ensomme aftener/ })).toBeVisible();
      await check('list');
      await expectNoViolations(page, `${condition.name}: list`);

      await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
      await expect(page.getByRole('link', { name: '+45 12 34 56 78' })).toBeVisible();
      await check('challenge');

      await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
      await expect(page.getByLabel('Hvad ser du?')).toBeVisible();
      await check('form');

      await page.getByLabel('E-mail (valgfrit)', { exact: true }).fill('ikke-en-adresse');
      await page.getByRole('button', { name: 'Send svar' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await check('errors');
      await expectNoViolations(page, `${condition.name}: errors`);

      await page.getByLabel('E-mail (valgfrit)', { exact: true }).fill('');
      await page.getByLabel('Hvad ser du?').fill('Min nabo på 87 sidder alene hver aften.');
      await page.getByRole('button', { name: 'Send svar' }).click();
      await expect(page.locator('[data-samskab] .nw').first()).toHaveText(/^SK-\w{6}$/);
      await check('receipt');
    });
  });
}

/** The whole widget, kept in the test's output folder (test-results/…) and attached. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(name);
  await page.locator('[data-samskab]').screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
