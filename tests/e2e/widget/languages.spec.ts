// Every language the widget speaks, through the whole path: the list, a challenge, the form, its
// errors, the receipt and "Dine svar", each with nothing left untranslated and no axe violation;
// the answer records the language it was written in.
import { translator } from '../../../utils/i18n';
import { CATALOGUES } from '../../../utils/i18n/all';
import { LOCALES } from '../../../utils/i18n/languages';
import { expectNoViolations } from '../support/axe';
import { expect, submissionRows, test } from '../support/fixtures';
import { shownTexts, untranslated } from '../support/untranslated';

const CARD = /Færre ensomme aftener/;
const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

for (const locale of LOCALES) {
  test(`${locale}: list, challenge, form, errors, receipt and "Dine svar" in ${locale}, axe-clean`, async ({
    page,
    openWidget,
    receiver,
  }) => {
    test.setTimeout(180_000);
    const catalogue = CATALOGUES[locale];
    const list = translator(catalogue.list, locale);
    const answer = translator(catalogue.answer, locale);
    const receipt = translator(catalogue.receipt, locale);
    const checked = async (where: string) => {
      expect(untranslated(await shownTexts(page, '[data-samskab]'), locale), where).toEqual([]);
      await expectNoViolations(page, `${locale} ${where}`);
    };
    // The page's own language decides, as on a municipality's translated page.
    await openWidget({ lang: locale });
    const root = page.locator('[data-samskab] section.root');
    await expect(root).toHaveAttribute('lang', locale);
    await expect(root).toHaveAttribute('dir', catalogue.dir);
    await expect(root).toHaveAttribute('aria-label', list('region'));
    await expect(page.getByText(list('count', { shown: 3, count: 3 }))).toBeVisible();
    await expect(page.getByRole('combobox', { name: answer('language') })).toHaveValue(locale);
    await checked('list');

    await page.getByRole('button', { name: CARD }).click();
    await expect(page.getByRole('heading', { name: answer('weSee') })).toBeVisible();
    await checked('challenge');

    await page.getByRole('button', { name: containing(answer('kind.need')) }).click();
    await expect(page.getByRole('heading', { name: answer('kind.need'), level: 3 })).toBeFocused();
    await expect(page.getByText(answer('optional')).first()).toBeVisible();
    await checked('form');

    await page.getByRole('button', { name: answer('submit') }).click();
    await expect(page.getByRole('alert')).toContainText(answer('errorSummary', { count: 1 }));
    // The send button starts the row on the side the language is read from.
    const [send, box] = await Promise.all([
      page.getByRole('button', { name: answer('submit') }).boundingBox(),
      root.boundingBox(),
    ]);
    const fromStart =
      catalogue.dir === 'rtl' ? box!.x + box!.width - (send!.x + send!.width) : send!.x - box!.x;
    expect(fromStart).toBeLessThan(box!.width / 4);
    await checked('errors');

    await page.getByLabel(answer('bodyLabel.need')).fill(`Et svar på ${locale}.`);
    await page.getByRole('button', { name: answer('submit') }).click();
    await expect(page.getByRole('heading', { name: receipt('next') })).toBeVisible();
    await expect(page.getByRole('heading', { name: answer('outbox', { count: 1 }) })).toBeVisible();
    await expect(page.getByRole('heading', { name: answer('sentTitle') })).toBeVisible();
    await checked('receipt and "Dine svar"');

    const [stored] = await submissionRows(receiver);
    expect(stored?.locale).toBe(locale);
  });
}
