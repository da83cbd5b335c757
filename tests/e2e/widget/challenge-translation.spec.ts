// A challenge in several languages (issue 22), in Chromium against the real receiver: a Ukrainian
// visitor (`data-locale="uk"`) asks the feed with `?locale=uk`, gets only the Ukrainian
// translation and sees the challenge's title, framing and questions in Ukrainian; a Danish visitor
// sees Danish; an English visitor, for whom there is no translation, sees Danish and is told so.
// A visitor who switches language gets the feed asked again in the new one.
import type { Locator, Page } from '@playwright/test';
import type { startReceiver } from '../../../server/start';
import { expectNoViolations } from '../support/axe';
import { expect, type Fixtures, test } from '../support/fixtures';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const UKRAINIAN = {
  title: 'Менше самотніх вечорів для літніх людей у Лунде',
  framing: 'Ми бачимо, що багато літніх людей у Лунде живуть самі й мають довгі вечори.',
  questions: [
    'Що ви бачите, коли зустрічаєте літніх людей у Лунде?',
    'Які спільноти могли б відкритися для них?',
    'До чого ви самі можете долучитися?',
  ],
};
const ARABIC = { title: 'أمسيات أقل وحدة لكبار السن في لوند' };
const DANISH_TITLE = 'Færre ensomme aftener for ældre i Lunde';

/** Gives the seeded challenge a Ukrainian and an Arabic translation, as the desk would store it. */
async function translate(receiver: Receiver) {
  const [row] = await receiver.db.query<{ data: string }>(
    "SELECT data FROM challenges WHERE id = 'ensomhed-lunde'",
  );
  const challenge = JSON.parse(row!.data) as Record<string, unknown>;
  await receiver.db.query("UPDATE challenges SET data = $1 WHERE id = 'ensomhed-lunde'", [
    JSON.stringify({ ...challenge, translations: { uk: UKRAINIAN, ar: ARABIC } }),
  ]);
}

/** The feed responses the page got, by URL. */
function feedsOf(page: Page) {
  const feeds: { url: string; body: Promise<string> }[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/challenges'))
      feeds.push({ url: response.url(), body: response.text() });
  });
  return feeds;
}

const widget = (page: Page) => page.locator('[data-samskab]').first();

/**
 * Translates the seeded challenge and opens the widget for a Ukrainian visitor, whose list shows
 * the Ukrainian title: the widget and the feed responses it got.
 */
async function openInUkrainian(page: Page, receiver: Receiver, openWidget: Fixtures['openWidget']) {
  await translate(receiver);
  const feeds = feedsOf(page);
  await openWidget({ script: { locale: 'uk' } });
  const root = widget(page);
  await expect(root.getByText(UKRAINIAN.title)).toBeVisible();
  return { root, feeds };
}

/** Opens the challenge by its Arabic title: the title is Arabic, the framing Danish, marked so. */
async function openArabicTitle(root: Locator) {
  await root.getByText(ARABIC.title).click();
  await expect(root.getByRole('heading', { level: 2, name: ARABIC.title })).toHaveAttribute(
    'lang',
    'ar',
  );
  await expect(root.locator('p.framing')).toHaveAttribute('lang', 'da');
}

test('a Ukrainian visitor reads the challenge in Ukrainian, from a feed asked in it', async ({
  page,
  receiver,
  openWidget,
}) => {
  const { root, feeds } = await openInUkrainian(page, receiver, openWidget);
  await expect(root.getByText(DANISH_TITLE)).toHaveCount(0);

  // One request, in the visitor's language, carrying only that language's translation.
  expect(feeds.map((feed) => new URL(feed.url).search)).toEqual(['?locale=uk']);
  const feed = JSON.parse(await feeds[0]!.body) as {
    challenges: { id: string; translations?: unknown }[];
  };
  expect(feed.challenges.find((c) => c.id === 'ensomhed-lunde')?.translations).toEqual({
    uk: UKRAINIAN,
  });

  await root.getByText(UKRAINIAN.title).click();
  const heading = root.getByRole('heading', { level: 2, name: UKRAINIAN.title });
  await expect(heading).toBeVisible();
  await expect(heading).toHaveAttribute('lang', 'uk');
  await expect(root.locator('p.framing')).toHaveText(UKRAINIAN.framing);
  for (const question of UKRAINIAN.questions) await expect(root.getByText(question)).toBeVisible();
  await expect(root.locator('p.notice')).toHaveCount(0);
  await expectNoViolations(page, 'challenge in Ukrainian');
});

test('a Danish visitor reads it in Danish, and an English one in Danish with a notice', async ({
  page,
  receiver,
  openWidget,
}) => {
  await translate(receiver);
  const feeds = feedsOf(page);
  await openWidget({ script: { locale: 'da' } });
  const root = widget(page);
  await root.getByText(DANISH_TITLE).click();
  await expect(root.getByRole('heading', { level: 2, name: DANISH_TITLE })).toBeVisible();
  await expect(root.getByText(UKRAINIAN.framing)).toHaveCount(0);
  await expect(root.locator('p.notice')).toHaveCount(0);
  expect(new URL(feeds[0]!.url).search).toBe('?locale=da');

  // In English, which the challenge has no translation into: Danish, said once, and marked so.
  const english = await page.context().newPage();
  await openWidget({ script: { locale: 'en' } }, english);
  const enRoot = widget(english);
  await enRoot.getByText(DANISH_TITLE).click();
  const heading = enRoot.getByRole('heading', { level: 2, name: DANISH_TITLE });
  await expect(heading).toHaveAttribute('lang', 'da');
  await expect(enRoot.locator('p.notice')).toHaveText(
    'Some of the text is in Danish, because there is no translation into your language.',
  );
  await expectNoViolations(english, 'challenge in Danish for an English reader');
});

test('a visitor whose language has a title only sees the rest in Danish, marked Danish', async ({
  page,
  receiver,
  openWidget,
}) => {
  await translate(receiver);
  await openWidget({ lang: 'ar', script: {} });
  const root = widget(page);
  await openArabicTitle(root);
  await expect(root.locator('p.notice')).toBeVisible();
});

test('switching language asks the feed again, and the list shows the new translation', async ({
  page,
  receiver,
  openWidget,
}) => {
  const { root, feeds } = await openInUkrainian(page, receiver, openWidget);
  // The switcher comes with the answer chunk; the feed asked in Ukrainian has no Arabic.
  await root.getByRole('combobox').selectOption('ar');
  await expect(root.getByText(ARABIC.title)).toBeVisible();
  await expect(root.getByText(UKRAINIAN.title)).toHaveCount(0);
  expect(feeds.map((feed) => new URL(feed.url).search)).toEqual(['?locale=uk', '?locale=ar']);
  await openArabicTitle(root);
});
