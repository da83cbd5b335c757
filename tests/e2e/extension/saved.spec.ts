import { readFile } from 'node:fs/promises';
import { HostServer } from '../support/host-page';
import { expect, openPanel, saveFromDemoPage, test } from './support';

test('saves any page by hand from its JSON-LD, then filters, sets status and exports', async ({
  context,
  extensionId,
  tabIdOf,
}) => {
  const host = await HostServer.start();
  try {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Lektiehjælper i Lunde',
      employmentType: 'VOLUNTEER',
      validThrough: '2027-02-01',
      hiringOrganization: { '@type': 'Organization', name: 'Lunde Bibliotek' },
    };
    const url = host.serve(
      '/job.html',
      `<!doctype html><html lang="da"><title>Job</title>
<script type="application/ld+json">${JSON.stringify(posting)}</script><p>Hjælp børn med lektier.</p>`,
      { 'Content-Type': 'text/html; charset=utf-8' },
    );
    const site = await context.newPage();
    await site.goto(url);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(url)}`);
    await expect(popup.getByText('Siden viser ingen udfordringer fra Samskab.')).toBeVisible();
    await popup.getByRole('button', { name: 'Gem denne side' }).click();
    await expect(
      popup.getByTestId('saved').getByRole('link', { name: 'Lektiehjælper i Lunde' }),
    ).toBeVisible();
    // Details and editing are on the saved-list page, opened from the popup.
    const opening = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Se og redigér alle gemte (1)' }).click();
    const list = await opening;
    await list.waitForURL(/\/saved\.html$/);
    const saved = list.getByTestId('saved');
    await expect(saved.getByRole('link', { name: 'Lektiehjælper i Lunde' })).toBeVisible();
    await expect(saved).toContainText('Frist: 1. februar 2027');

    await saved.getByLabel('Status').selectOption('contacted');
    await list.getByRole('combobox', { name: 'Status' }).first().selectOption('done');
    await expect(saved.getByRole('link')).toHaveCount(0);
    await list.getByRole('combobox', { name: 'Status' }).first().selectOption('contacted');
    await expect(saved.getByRole('link')).toHaveCount(1);

    const downloading = list.waitForEvent('download');
    await list.getByRole('button', { name: 'Eksportér CSV' }).click();
    const csv = await readFile((await (await downloading).path())!, 'utf8');
    expect(csv).toContain(`Lektiehjælper i Lunde,Kontaktet,2027-02-01,Lunde Bibliotek,${url}`);
  } finally {
    await host.close();
  }
});

test('the side panel prefills the form from the profile', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Navn', { exact: true }).fill('Mette Frivillig');
  await options.getByLabel('E-mail').fill('mette@example.org');
  await options.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect(options.getByRole('status')).toHaveText('Indstillingerne er gemt.');

  await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  const panel = await openPanel(context, extensionId, receiver.url);
  await panel.getByRole('button', { name: /Foreslå en løsning/ }).click();
  await expect(panel.getByLabel('Navn (valgfrit)', { exact: true })).toHaveValue('Mette Frivillig');
  await expect(panel.getByLabel('E-mail (valgfrit)', { exact: true })).toHaveValue(
    'mette@example.org',
  );
  await expect(panel.getByLabel('Jeg svarer som')).toHaveValue('volunteer');
});
