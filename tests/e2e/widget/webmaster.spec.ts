// Issue 13, webmaster clarity: a skipped feed item says in words which field is missing or wrong,
// and a feed whose every item was skipped shows a notice for the webmaster instead of "Der er
// ingen udfordringer lige nu".
import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

const withoutUrl = {
  id: 'uden-url',
  title: 'En udfordring uden adresse',
  framing: 'Webmasteren glemte url.',
};

for (const lang of ['da', 'en'] as const) {
  test(`every inline item skipped: the console says "url ${lang === 'da' ? 'mangler' : 'is missing'}", the page a notice (${lang})`, async ({
    page,
    openWidget,
  }) => {
    const console: string[] = [];
    page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
    await openWidget({ inline: { challenges: [withoutUrl] }, script: { challenges: '' }, lang });
    const notice = page.getByRole('alert');
    await expect(notice).toContainText(
      lang === 'da'
        ? 'Udfordringen kan ikke vises, fordi den har fejl. Til webmasteren:'
        : 'The challenge cannot be shown because it has errors. For the webmaster:',
    );
    await expect(page.getByText(/Der er ingen udfordringer|There are no challenges/)).toHaveCount(
      0,
    );
    expect(console.join('\n')).toContain(
      `warning: Samskab: challenge #0 (id "uden-url") skipped: url ${lang === 'da' ? 'mangler' : 'is missing'}`,
    );
    expect(console.join('\n')).toContain(
      'error: Samskab: all 1 challenges in the feed were skipped',
    );
    await expectNoViolations(page, `webmaster notice (${lang})`);
  });
}

test('an empty feed still says there are no challenges right now', async ({ page, openWidget }) => {
  await openWidget({ inline: { challenges: [] }, script: { challenges: '' } });
  await expect(page.getByText('Der er ingen udfordringer lige nu.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
