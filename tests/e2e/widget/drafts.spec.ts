import { expect, submissionRows, test } from '../support/fixtures';
import { nextWidgetEvent } from './support';

test('a draft survives a reload, and discarding removes it', async ({
  page,
  openWidget,
  receiver,
}) => {
  const saved: unknown[] = [];
  await page.exposeFunction('recordSaved', (detail: unknown) => saved.push(detail));
  await page.addInitScript(() => {
    document.addEventListener('samskab:draft-saved', (event) =>
      (window as unknown as { recordSaved: (d: unknown) => void }).recordSaved(
        (event as CustomEvent).detail,
      ),
    );
  });
  await openWidget();
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await page.getByRole('button', { name: /Foreslå en løsning/ }).click();
  await page.getByLabel('Hvad foreslår du?').fill('Fællesspisning i den gamle købmandsgård');
  await expect(page.getByText(/Kladde gemt/)).toBeVisible();
  // The event names the draft, never its content.
  expect(saved[0]).toEqual({
    id: expect.any(String),
    kind: 'proposal',
    challengeId: 'ensomhed-lunde',
  });
  expect(JSON.stringify(saved)).not.toContain('Fællesspisning');

  await page.reload();
  // The address names the challenge (#samskab=ensomhed-lunde): the reload opens it again, and
  // the kind with a draft says so.
  await expect(page.getByRole('heading', { name: /Færre ensomme aftener/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Foreslå en løsning/ })).toContainText('Kladde');
  await expect(page.getByRole('button', { name: /Fortæl hvad du ser/ })).not.toContainText(
    'Kladde',
  );
  await page.getByRole('button', { name: /Foreslå en løsning/ }).click();
  await expect(page.getByLabel('Hvad foreslår du?')).toHaveValue(
    'Fællesspisning i den gamle købmandsgård',
  );
  await expect(page.getByText('Din kladde er hentet frem igen.')).toBeVisible();

  await page.getByRole('button', { name: 'Slet kladde' }).click();
  await page.getByRole('button', { name: 'Ja, slet' }).click();
  await expect(page.getByRole('button', { name: /Foreslå en løsning/ })).not.toContainText(
    'Kladde',
  );
  await page.getByRole('button', { name: /Foreslå en løsning/ }).click();
  await expect(page.getByLabel('Hvad foreslår du?')).toHaveValue('');
  await page.reload();
  await page.getByRole('button', { name: /Foreslå en løsning/ }).click();
  await expect(page.getByLabel('Hvad foreslår du?')).toHaveValue('');
  expect(await submissionRows(receiver)).toHaveLength(0);
});

test('typing then leaving the page at once still keeps the draft (pagehide)', async ({
  page,
  openWidget,
}) => {
  await openWidget();
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await page.getByLabel('Hvad ser du?').fill('Skrevet lige før jeg gik');
  // pagehide well inside the 400 ms autosave debounce: only its flush can have saved the draft.
  // (Dispatched here, then the reload: Chromium may abort a write still open when a page unloads,
  // so the real event alone would make this test a race.)
  const saved = await nextWidgetEvent(page, 'draft-saved');
  await page.evaluate(() =>
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })),
  );
  // Written to IndexedDB, then the reload.
  await saved();
  await page.reload();
  // The reload opens the challenge again (#samskab=ensomhed-lunde).
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await expect(page.getByLabel('Hvad ser du?')).toHaveValue('Skrevet lige før jeg gik');
});
