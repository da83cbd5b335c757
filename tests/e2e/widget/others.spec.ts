// Issue 13, "what others said" and joining in: a challenge shows its counts, the municipality's
// updates, the published answers and, once closed, the outcome (text only, in a chunk loaded only
// when there is something to show); "Jeg vil gerne hjælpe" on a proposal that seeks help opens an
// offer linked to it, which arrives at the receiver with `relatesTo`.
import { expectNoViolations } from '../support/axe';
import { expect, sendTheOnlyAnswer, test } from '../support/fixtures';
import { CLOSED, loopFeed, OPEN, PLAIN, PROPOSAL } from './loop-feed';

const others = /\/chunks\/Others-[\w-]+\.mjs$/;

test('what others said: counts, updates, published answers as text, outcome; loaded only when present', async ({
  page,
  openWidget,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const chunks: string[] = [];
  page.on('request', (r) => others.test(r.url()) && chunks.push(r.url()));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await openWidget({ inline: loopFeed(), script: { challenges: '' } });

  // Closed challenges come after the open ones.
  await expect(page.locator('[data-samskab] .card .t')).toHaveText([OPEN, PLAIN, CLOSED]);

  // A 1.0 item: the chunk is not loaded.
  await page.getByRole('button', { name: new RegExp(PLAIN) }).click();
  await expect(page.getByRole('heading', { name: PLAIN })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Det har andre sagt' })).toHaveCount(0);
  expect(chunks).toEqual([]);
  await page.getByRole('button', { name: /Tilbage/ }).click();

  await page.getByRole('button', { name: new RegExp(OPEN) }).click();
  const section = page.getByRole('region', { name: 'Det har andre sagt' });
  await expect(section).toBeVisible();
  expect(chunks).toHaveLength(1);
  await expect(section).toContainText(
    'Svar indtil nu: 3 om hvad de ser, 1 forslag, 2 tilbud om hjælp.',
  );
  await expect(section).toContainText('Vi har læst alle svar og taler med DSB i december.');
  await expect(section).toContainText('Forslag: Natteravne på perronen');
  // Markup from the feed is text: shown as typed, never an element.
  await expect(section).toContainText('<img src=x onerror="alert(1)">');
  await expect(section.locator('img')).toHaveCount(0);
  await expect(section).toContainText('Fra Lunde Natteravne · Status: Arbejdes videre med');
  await expect(section).toContainText('Kommunens besked: Tak! Vi mødes med jer i januar.');
  await expect(section).toContainText('Lyset ved cykelparkeringen er gået.');
  await expect(section).toContainText('Status: Gennemført');
  expect(warnings.join('\n')).toMatch(/published\.2 skipped: text/);
  await expectNoViolations(page, 'what others said (da)');

  await page.getByRole('button', { name: /Tilbage/ }).click();
  await page.getByRole('button', { name: new RegExp(CLOSED) }).click();
  await expect(page.getByText('Denne udfordring er lukket.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Det kom der ud af det' })).toBeVisible();
  await expect(
    page.getByText('Legepladsen bliver fornyet i foråret, med gynger fra forslagene.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Jeg vil gerne hjælpe' })).toHaveCount(0);
  await expectNoViolations(page, 'outcome (da)');
  expect(dialogs).toBe(0);
});

test('in English, the same sections pass axe', async ({ page, openWidget }) => {
  await openWidget({ inline: loopFeed(), script: { challenges: '' }, lang: 'en' });
  await page.getByRole('button', { name: new RegExp(OPEN) }).click();
  await expect(page.getByRole('region', { name: 'What others said' })).toContainText(
    'Answers so far: 3 on what they see, 1 proposal, 2 offers of help.',
  );
  await expect(page.getByRole('button', { name: 'I would like to help' })).toBeVisible();
  await expectNoViolations(page, 'what others said (en)');
  await page.getByRole('button', { name: /Back/ }).click();
  await page.getByRole('button', { name: new RegExp(CLOSED) }).click();
  await expect(page.getByRole('heading', { name: 'What came of it' })).toBeVisible();
  await expectNoViolations(page, 'outcome (en)');
});

test('joining in: "Jeg vil gerne hjælpe" opens an offer linked to the proposal, by keyboard', async ({
  page,
  openWidget,
  receiver,
}) => {
  await openWidget({ inline: loopFeed(), script: { challenges: '' } });
  await page.getByRole('button', { name: new RegExp(OPEN) }).click();
  const help = page.getByRole('button', { name: 'Jeg vil gerne hjælpe' });
  await expect(help).toHaveCount(1);
  await help.focus();
  await page.keyboard.press('Enter');
  // Focus on the form's heading, which says what it is; the form says which proposal it answers.
  await expect(page.getByRole('heading', { name: 'Tilbyd hjælp', level: 3 })).toBeFocused();
  await expect(
    page.getByText(`Dit tilbud hører til forslaget ${PROPOSAL}: “Natteravne på perronen”.`),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Tilbyd hjælp/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectNoViolations(page, 'joining (da)');
  await page.getByLabel('Hvad kan du hjælpe med?').selectOption('time');
  await page.getByLabel('Hvad kan du tilbyde?').fill('Jeg kan gå med fredag aften.');
  const stored = await sendTheOnlyAnswer(page, receiver);
  expect(stored).toMatchObject({
    kind: 'offer',
    challenge: { id: 'tryghed-paa-stationen' },
    relatesTo: { reference: PROPOSAL },
  });
});
