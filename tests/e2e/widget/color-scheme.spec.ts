// Issue 22 point 10: the widget is light unless the page asks for `data-color-scheme="dark"` or
// `"auto"` (the visitor's system). It used to follow the system on every page: a visitor whose
// phone is in dark mode got a #16181c panel on a white municipal site, and a host that had set
// `--samskab-fg` for its light page got dark text on that dark panel.
import type { Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { recordCspViolations } from '../support/csp';
import { expect, test } from '../support/fixtures';

const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 24, 28)';

/** The colours the widget's panel is painted with. */
function panel(page: Page) {
  return page.evaluate(() => {
    const section = document.querySelector('[data-samskab]')!.shadowRoot!.querySelector('section')!;
    const style = getComputedStyle(section);
    return { background: style.backgroundColor, text: style.color };
  });
}

// A light municipal page that set its own text colour for the widget, as the README allows.
const lightHost = '[data-samskab] { --samskab-fg: #222222; } body { background: #fff; }';

test('a dark system on a light page: light by default, dark with "auto"', async ({
  page,
  openWidget,
  receiver,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const violations = await recordCspViolations(page);
  const csp = `default-src 'self'; script-src ${receiver.url}; connect-src ${receiver.url}/api/; style-src 'self' ${receiver.url}/widget/`;
  await openWidget({ css: lightHost, csp });
  await expect(page.getByRole('button', { name: /Færre ensomme aftener/ })).toBeVisible();
  expect(await panel(page)).toEqual({ background: WHITE, text: 'rgb(34, 34, 34)' });

  await openWidget({ css: lightHost, csp, script: { 'color-scheme': 'auto' } });
  await expect(page.getByRole('button', { name: /Færre ensomme aftener/ })).toBeVisible();
  // The host's light text colour is not used on the dark panel: `--samskab-fg-dark` is.
  expect(await panel(page)).toEqual({ background: DARK, text: 'rgb(242, 242, 242)' });
  // Under `style-src 'self'` (checked before axe, which fetches the stylesheets to read them).
  expect(violations).toEqual([]);
  await expectNoViolations(page, 'auto in a dark system: list');
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await page.getByRole('button', { name: /Tilbyd hjælp/ }).click();
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'auto in a dark system: form with errors');

  // "auto" follows the system as it changes, without a reload.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => panel(page)).toEqual({ background: WHITE, text: 'rgb(34, 34, 34)' });
});

test('"dark" is dark on a light system, with the host\'s dark colours', async ({
  page,
  openWidget,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openWidget({
    css: '[data-samskab] { --samskab-bg-dark: #000000; --samskab-fg-dark: #fafafa; }',
    mounts: [{ 'color-scheme': 'dark' }],
  });
  await expect(page.getByRole('button', { name: /Færre ensomme aftener/ })).toBeVisible();
  expect(await panel(page)).toEqual({ background: 'rgb(0, 0, 0)', text: 'rgb(250, 250, 250)' });
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await expect(page.getByRole('heading', { name: /Færre ensomme aftener/ })).toBeVisible();
  await expectNoViolations(page, 'dark: a challenge');
});

test('a colour scheme that is not light, dark or auto is named in the notice and the console', async ({
  page,
  openWidget,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openWidget({ script: { 'color-scheme': 'Dark' } });
  await expect(page.getByRole('alert')).toContainText('data-color-scheme');
  expect(errors.join('\n')).toContain('data-color-scheme is not one of the allowed values');
  await expectNoViolations(page, 'colour scheme notice');
});
