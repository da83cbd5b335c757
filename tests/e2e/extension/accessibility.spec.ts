import { expectNoViolations } from '../support/axe';
import { expect, openPanel, saveFromDemoPage, test } from './support';

for (const [locale, labels] of [
  ['da', { kind: /Foreslå en løsning/, saved: 'Gemte muligheder', options: 'Din profil' }],
  ['en', { kind: /Propose a solution/, saved: 'Saved opportunities', options: 'Your profile' }],
] as const) {
  test(`axe finds no violations in popup, side panel and options (${locale})`, async ({
    context,
    extensionId,
    receiver,
    tabIdOf,
  }) => {
    // Saved in Danish first (the helper clicks Danish labels), then the language is switched.
    await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel(/^(Sprog|Language)$/).selectOption(locale);
    await options.getByRole('button', { name: /Gem indstillinger|Save settings/ }).click();
    await expect(options.getByRole('heading', { name: labels.options })).toBeVisible();
    await expectNoViolations(options, 'options');

    const popup = await context.newPage();
    await popup.goto(
      `chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(`${receiver.url}/`)}`,
    );
    await expect(popup.getByRole('heading', { name: labels.saved })).toBeVisible();
    await expect(popup.getByTestId('detected').locator('li').first()).toBeVisible();
    await expectNoViolations(popup, 'popup');

    const saved = await context.newPage();
    await saved.goto(`chrome-extension://${extensionId}/saved.html`);
    await expect(saved.getByRole('heading', { name: labels.saved })).toBeVisible();
    await expect(saved.getByTestId('saved').locator('li')).toHaveCount(1);
    await expectNoViolations(saved, 'saved-list page');

    const panel = await openPanel(context, extensionId, receiver.url);
    await expectNoViolations(panel, 'side panel');
    await panel.getByRole('button', { name: labels.kind }).click();
    await expectNoViolations(panel, 'side panel form');
  });
}
