// Issue 22 point 9: someone who would rather ring or write than type is told how, with links.
import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

const base = { framing: 'Vi ser et behov.', url: 'https://kommune.example/samskab/x' };
const feed = {
  challenges: [
    {
      ...base,
      id: 'med-telefon',
      title: 'Med telefon og e-mail',
      contact: {
        name: '<b>Facilitator</b>, Social og Sundhed',
        phone: '12 34 56 78',
        email: 'samskab@kommune.example',
      },
    },
    {
      ...base,
      id: 'lukket',
      title: 'Lukket med telefon',
      status: 'closed',
      contact: { phone: '+45 87 65 43 21' },
    },
    { ...base, id: 'kun-navn', title: 'Kun et navn', contact: { name: 'Centerleder' } },
  ],
};

test('a phone and an e-mail are links beside the kinds of answer; text stays text', async ({
  page,
  openWidget,
}) => {
  await openWidget({ inline: feed, script: { challenges: '' } });
  await page.getByRole('button', { name: /Med telefon og e-mail/ }).click();
  const kinds = page.getByRole('region', { name: 'Hvordan vil du være med?' });
  await expect(kinds.getByText('Du kan også ringe eller skrive:')).toBeVisible();
  await expect(kinds.getByRole('link', { name: '12 34 56 78' })).toHaveAttribute(
    'href',
    'tel:+4512345678',
  );
  await expect(kinds.getByRole('link', { name: 'samskab@kommune.example' })).toHaveAttribute(
    'href',
    'mailto:samskab@kommune.example',
  );
  // The name as written, not as markup.
  await expect(kinds.getByText('<b>Facilitator</b>, Social og Sundhed')).toBeVisible();
  expect(await page.locator('[data-samskab] b').count()).toBe(0);
  await expectNoViolations(page, 'contact links');

  // By keyboard: from the last kind of answer to the phone, then the e-mail.
  await page.getByRole('button', { name: /Tilbyd hjælp/ }).focus();
  await page.keyboard.press('Tab');
  await expect(kinds.getByRole('link', { name: '12 34 56 78' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(kinds.getByRole('link', { name: 'samskab@kommune.example' })).toBeFocused();
});

test('a closed challenge says Kontakt; a name alone is no way to ring or write', async ({
  page,
  openWidget,
}) => {
  await openWidget({ inline: feed, script: { challenges: '' } });
  await page.getByRole('button', { name: /Lukket med telefon/ }).click();
  await expect(page.getByText('Kontakt:')).toBeVisible();
  await expect(page.getByText(/Du kan også ringe/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: '+45 87 65 43 21' })).toHaveAttribute(
    'href',
    'tel:+4587654321',
  );

  await page.getByRole('button', { name: /Tilbage til listen/ }).click();
  await page.getByRole('button', { name: /Kun et navn/ }).click();
  await expect(page.getByText('Centerleder')).toBeVisible();
  await expect(page.getByText('Kontakt:')).toBeVisible();
  await expect(page.getByText(/Du kan også ringe/)).toHaveCount(0);
  await expect(
    page.locator('[data-samskab] a[href^="tel:"], [data-samskab] a[href^="mailto:"]'),
  ).toHaveCount(0);
});
