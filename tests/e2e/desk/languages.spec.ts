// Answers in other languages on the desk (issue 22), in Chromium against a real receiver with a
// fake of LibreTranslate's API on 127.0.0.1: an answer in Somali shows "somali" in the list and on
// its page, and the list filters by it; "Oversæt til dansk" shows a Ukrainian answer's machine
// translation beside the original; the reply goes out with its translation beneath the Danish, as
// the citizen's status link reports it; an answer registered by phone records its language; a
// challenge gets a Ukrainian translation on its form. axe on every changed page.
import { randomUUID } from 'node:crypto';
import { startReceiver } from '../../../server/start';
import { validSubmission } from '../../server/fixtures';
import { fakeTranslation, startFakeLibreTranslate } from '../../support/fake-libretranslate';
import { expectNoViolations } from '../support/axe';
import { receiverLog } from '../support/receiver-log';
import { test as deskTest, expect } from './support';

const test = deskTest.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take no dependencies here.
  receiver: async ({}, use) => {
    const fake = await startFakeLibreTranslate();
    const receiver = await startReceiver({
      database: { kind: 'memory' },
      log: receiverLog(),
      translate: { url: fake.url },
    });
    await use(receiver);
    await receiver.close();
    await fake.close();
  },
});

const SOMALI = 'Aabbahay kaligiis ayuu ku nool yahay, fiidkiina waa dheer yihiin.';
const UKRAINIAN = 'Мій тато живе сам, і вечори в нього довгі.';

async function post(url: string, locale: string, body: string) {
  const answer = { ...validSubmission('need'), id: randomUUID(), locale, text: { body } };
  const response = await fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': answer.id },
    body: JSON.stringify(answer),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { reference: string; statusUrl: string };
}

test('an answer in Somali shows "somali", and the list filters by language', async ({
  desk,
  receiver,
}) => {
  const somali = await post(receiver.url, 'so', SOMALI);
  const ukrainian = await post(receiver.url, 'uk', UKRAINIAN);
  await desk.goto(`${receiver.url}/desk/answers`);
  const row = desk.getByRole('row').filter({ hasText: somali.reference });
  await expect(row).toContainText('somali');
  await expectNoViolations(desk, 'answer list with languages');

  await desk.getByLabel('Sprog').selectOption({ label: 'somali' });
  await desk.getByRole('button', { name: 'Vis svar' }).click();
  await expect(desk).toHaveURL(/[?&]language=so/);
  await expect(desk.getByRole('link', { name: somali.reference })).toBeVisible();
  await expect(desk.getByRole('link', { name: ukrainian.reference })).toHaveCount(0);
  await expect(desk.getByRole('link', { name: /Fjern filteret Sprog: somali/ })).toBeVisible();
  // The exports follow the filter.
  await expect(desk.getByRole('link', { name: 'Eksportér (CSV)' })).toHaveAttribute(
    'href',
    '/desk/export/answers.csv?language=so',
  );

  await desk.getByRole('link', { name: somali.reference }).click();
  await expect(desk.locator('dl.answer-details')).toContainText('Sprogsomali');
  // The service has no Somali: said, and no button.
  await expect(desk.getByText('Svaret er på somali, som kommunens')).toBeVisible();
  await expect(desk.getByRole('button', { name: 'Oversæt til dansk' })).toHaveCount(0);
  await expectNoViolations(desk, 'answer in Somali');
});

test('"Oversæt til dansk" shows the translation beside the original, and the reply goes out translated', async ({
  desk,
  receiver,
}) => {
  await desk.setViewportSize({ width: 1280, height: 900 });
  const ukrainian = await post(receiver.url, 'uk', UKRAINIAN);
  await desk.goto(`${receiver.url}/desk/answers`);
  await desk.getByRole('link', { name: ukrainian.reference }).click();
  await expect(desk.locator('dl.answer-details')).toContainText('Sprogukrainsk');
  await desk.getByRole('button', { name: 'Oversæt til dansk' }).click();

  const translation = desk.getByRole('region', { name: 'Maskinoversættelse til dansk' });
  await expect(translation).toContainText(fakeTranslation(UKRAINIAN, 'uk', 'da'));
  await expect(translation).toContainText('Maskinoversat fra ukrainsk af LibreTranslate.');
  const original = desk.locator('.answer-body').first();
  await expect(original).toHaveText(UKRAINIAN);
  await expect(original).toHaveAttribute('lang', 'uk');
  // Beside it, not in its place.
  const [left, right] = [await original.boundingBox(), await translation.boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  await expectNoViolations(desk, 'answer with its machine translation');

  // The reply: Danish, translated for staff to check, and published with it.
  const reply = 'Tak for dit svar. Vi mødes med foreningerne i maj.';
  await desk.getByLabel('Kladde til beskeden').fill(reply);
  await desk.getByRole('button', { name: 'Oversæt beskeden til ukrainsk' }).click();
  const field = desk.getByLabel('Maskinoversættelse til ukrainsk');
  const translated = `${fakeTranslation('Maskinoversat fra dansk:', 'da', 'uk')}\n${fakeTranslation(reply, 'da', 'uk')}`;
  await expect(field).toHaveValue(translated);
  await expect(field).toHaveAttribute('lang', 'uk');
  await expectNoViolations(desk, 'reply with its translation');
  await desk.getByRole('button', { name: 'Offentliggør beskeden til borgeren' }).click();
  await expect(desk.locator('.published-reply')).toContainText(fakeTranslation(reply, 'da', 'uk'));
  const status = (await (
    await fetch(`${receiver.url}${new URL(ukrainian.statusUrl).pathname}`)
  ).json()) as { reply?: string };
  expect(status.reply).toBe(`${reply}\n\n${translated}`);
});

test('an answer registered by phone records its language', async ({ desk, receiver }) => {
  await desk.goto(`${receiver.url}/desk/answers/new`);
  await expect(desk.getByLabel('Sprog')).toHaveValue('da');
  await expectNoViolations(desk, 'register an answer');
  await desk.getByLabel('Udfordring').selectOption('ensomhed-lunde');
  await desk.getByRole('radio', { name: 'Behov' }).check();
  await desk.getByRole('radio', { name: 'Telefon' }).check();
  await desk
    .getByLabel('Hvad personen sagde eller skrev')
    .fill('Ringede om sin far, der er alene.');
  await desk.getByLabel('Sprog').selectOption('so');
  await desk.getByRole('button', { name: 'Registrér svaret' }).click();
  await expect(desk.locator('dl.answer-details')).toContainText('Sprogsomali');
});

test('a challenge gets a Ukrainian translation beside the Danish', async ({ desk, receiver }) => {
  await desk.goto(`${receiver.url}/desk/challenges/ensomhed-lunde/edit`);
  await desk.getByText('Ukrainsk (Українська)').click();
  await desk.getByLabel('Titel på ukrainsk').fill('Менше самотніх вечорів');
  await desk
    .getByLabel('Sådan ser kommunen udfordringen, på ukrainsk')
    .fill('Багато літніх людей живуть самі.');
  await expect(desk.getByLabel('Titel på arabisk')).toHaveAttribute('dir', 'rtl');
  await expectNoViolations(desk, 'challenge form with a translation open');
  await desk.getByRole('button', { name: 'Gem ændringerne' }).click();
  await expect(desk.locator('dl.challenge-details')).toContainText('Oversættelserukrainsk');
  const feed = (await (await fetch(`${receiver.url}/api/challenges?locale=uk`)).json()) as {
    challenges: { id: string; translations?: unknown }[];
  };
  expect(feed.challenges.find((c) => c.id === 'ensomhed-lunde')?.translations).toEqual({
    uk: { title: 'Менше самотніх вечорів', framing: 'Багато літніх людей живуть самі.' },
  });
});
