import type { Page } from '@playwright/test';

/** Opens a challenge and writes a `need` answer, without sending it. */
export async function writeNeed(page: Page, body: string, challenge = /Færre ensomme aftener/) {
  await page.getByRole('button', { name: challenge }).click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await page.getByLabel('Hvad ser du?').fill(body);
}

export async function sendNeed(page: Page, body: string, challenge?: RegExp) {
  await writeNeed(page, body, challenge);
  await page.getByRole('button', { name: 'Send svar' }).click();
}
