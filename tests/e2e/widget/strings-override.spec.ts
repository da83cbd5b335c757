// A municipality corrects the widget's words without a release: a `data-strings` JSON file, or
// `Samskab.mount(el, { strings })`. Only the visitor's language is read, every string is shown
// as text, and what does not fit is named in the console and left out.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { openHostPage } from '../support/host-page';

const WORDING = {
  da: {
    'list.region': 'Lunde Kommunes udfordringer',
    'answer.kind.need': 'Fortæl os, hvad du ser',
    'answer.submit': '<img src=x onerror="window.hacked=1">Send',
    'answer.nowhere': 'Ingen steder',
    'answer.reference': 'Nummer {secret}',
  },
  en: { 'answer.kind.need': 'Tell Lunde what you see' },
  xx: {},
};

function warningsOf(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

test('data-strings: the visitor’s language from the file, as text, bad entries named and left out', async ({
  page,
  openWidget,
  host,
}) => {
  const url = host.serve('/host/wording.json', JSON.stringify(WORDING), {
    'Content-Type': 'application/json',
  });
  const warnings = warningsOf(page);
  await openWidget({ script: { strings: url } });
  const root = page.locator('[data-samskab] section.root');
  // The list is painted with the catalogue's words, then again with the municipality's.
  await expect(root).toHaveAttribute('aria-label', 'Lunde Kommunes udfordringer');
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await page.getByRole('button', { name: /Fortæl os, hvad du ser/ }).click();
  await expect(
    page.getByRole('button', { name: '<img src=x onerror="window.hacked=1">Send' }),
  ).toBeVisible();
  expect(await page.locator('[data-samskab] img').count()).toBe(0);
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  for (const name of ['"answer.nowhere"', '"answer.reference"', '"xx"']) {
    expect(
      warnings.filter((w) => w.includes(name)),
      name,
    ).toHaveLength(1);
  }
  expect(warnings.join('\n')).toContain('{secret}');
  // English is not read for a Danish visitor.
  expect(warnings.join('\n')).not.toContain('Tell Lunde');
});

test('Samskab.mount(el, { strings }): the wording given as an object, over the file', async ({
  page,
  receiver,
  host,
}) => {
  const url = host.serve('/host/wording.json', JSON.stringify(WORDING), {
    'Content-Type': 'application/json',
  });
  const config = {
    endpoint: `${receiver.url}/api/submissions`,
    challenges: `${receiver.url}/api/challenges`,
    strings: { en: { 'answer.kind.need': 'Tell us, the council, what you see' } },
  };
  await openHostPage(page, host, receiver.url, {
    lang: 'en',
    mounts: [],
    script: { endpoint: config.endpoint, strings: url },
    body: `<div id="mine"></div><script type="application/json" id="config">${JSON.stringify(config)}</script>
<script>addEventListener('load', () => window.Samskab.mount(document.getElementById('mine'),
  JSON.parse(document.getElementById('config').textContent)))</script>`,
  });
  await expect(page.locator('#mine section[data-ready]')).toBeAttached();
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await expect(
    page.getByRole('button', { name: /Tell us, the council, what you see/ }),
  ).toBeVisible();
});

test('a file the page may not fetch (or that is not there) leaves the widget’s own words', async ({
  page,
  openWidget,
  host,
}) => {
  const warnings = warningsOf(page);
  await openWidget({ script: { strings: `${host.origin}/host/missing.json` } });
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await expect(page.getByRole('button', { name: /Fortæl hvad du ser/ })).toBeVisible();
  expect(warnings.join('\n')).toContain('data-strings could not be read');
});
