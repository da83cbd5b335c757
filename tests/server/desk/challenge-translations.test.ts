// A challenge's translations, written on the desk's challenge form beside the Danish (issue 22):
// saved into the challenge and carried by the feed, shown again on the edit form in their language
// and direction, the questions translated all or none at the Danish questions' places, and every
// problem at its field in Danish. The challenge is JSON text in the database, so PGlite suffices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../../server/start';
import type { FeedChallenge } from '../../../utils/schema/index';
import { startTestReceiver } from '../fixtures';
import { type DeskClient, signedIn } from './desk-client';

const FORM = (id: string): Record<string, string | string[]> => ({
  id,
  title: 'Flere frivillige i Nordvest',
  framing: 'Vi ser, at foreningerne mangler hænder.',
  'question-1': 'Hvad holder jer tilbage?',
  'question-2': '',
  'question-3': 'Hvad kan I give?',
  'question-4': '',
  'question-5': '',
  seeking: ['proposal', 'offer'],
  status: 'open',
  allowAnonymous: 'ja',
  url: 'https://kommune.example/samskab/frivillige',
});

const UKRAINIAN = {
  't-uk-title': 'Більше волонтерів у Нордвесті',
  't-uk-framing': 'Ми бачимо, що об’єднанням бракує рук.\r\nЩо бачите ви?',
  't-uk-question-1': 'Що вас стримує?',
  't-uk-question-3': 'Що ви можете дати?',
};

const summary = (body: string) =>
  [...body.matchAll(/<li><a href="#f-([\w-]+)" class="function-link">([^<]*)<\/a><\/li>/g)].map(
    (match) => `${match[1]}: ${match[2]}`,
  );

let receiver: RunningReceiver;
let desk: DeskClient;

const itemOf = async (id: string, query = '') => {
  const response = await fetch(`${receiver.url}/api/challenges${query}`);
  const { challenges } = (await response.json()) as { challenges: FeedChallenge[] };
  return challenges.find((challenge) => challenge.id === id);
};
const versionOf = (page: string) => /name="version" value="([\w-]+)"/.exec(page)?.[1] ?? '';

beforeAll(async () => {
  ({ receiver } = await startTestReceiver());
  desk = await signedIn(receiver);
}, 60_000);
afterAll(() => receiver?.close());

describe('translations on the challenge form', () => {
  it('offers each supported language but Danish, folded, marked with its language', async () => {
    const page = (await desk.get('/desk/challenges/new')).body;
    expect(page).toContain('<h2 class="h3" id="translations-heading">Oversættelser</h2>');
    for (const name of [
      'Engelsk',
      'Arabisk',
      'Persisk',
      'Tyrkisk',
      'Polsk',
      'Ukrainsk',
      'Somali',
    ]) {
      expect(page).toContain(`<span class="details-summary-text">${name} `);
    }
    expect(page).not.toContain('id="f-t-da-title"');
    expect(page).toMatch(
      /<input class="form-input" type="text" id="f-t-uk-title" name="t-uk-title"[^>]* lang="uk" dir="ltr"/,
    );
    expect(page).toMatch(/<textarea [^>]*id="f-t-ar-framing"[^>]* lang="ar" dir="rtl"/);
    expect(page).toMatch(/<textarea [^>]*id="f-t-fa-framing"[^>]* lang="fa" dir="rtl"/);
    // Nothing translated yet: every language folded.
    expect(page).not.toContain('<details class="details" open>');
  });

  it('saves them into the challenge, which the feed carries', async () => {
    const created = await desk.post('/desk/challenges', {
      ...FORM('frivillige'),
      ...UKRAINIAN,
      't-ar-title': '  المزيد من المتطوعين  ',
    });
    expect(created.status, summary(created.body).join('; ')).toBe(303);
    // A new challenge is a draft: published, the feed carries it.
    expect((await desk.post('/desk/challenges/frivillige/publish', {})).status).toBe(303);
    const item = await itemOf('frivillige');
    expect(item?.translations).toEqual({
      uk: {
        title: 'Більше волонтерів у Нордвесті',
        framing: 'Ми бачимо, що об’єднанням бракує рук.\nЩо бачите ви?',
        questions: ['Що вас стримує?', 'Що ви можете дати?'],
      },
      ar: { title: 'المزيد من المتطوعين' },
    });
    expect((await itemOf('frivillige', '?locale=ar'))?.translations).toEqual({
      ar: { title: 'المزيد من المتطوعين' },
    });
  });

  it('shows them again on the edit form, open, at the Danish questions, and saves a change', async () => {
    const form = (await desk.get('/desk/challenges/frivillige/edit')).body;
    expect(form).toContain('value="Більше волонтерів у Нордвесті"');
    // Saved without gaps, as the Danish questions are: the second beside the second.
    expect(form).toMatch(/id="f-t-uk-question-2"[^>]*value="Що ви можете дати\?"/);
    expect(form).toContain('Dansk: Hvad kan I give?');
    expect(form.match(/<details class="details" open>/g)).toHaveLength(2);
    const saved = await desk.post('/desk/challenges/frivillige/edit', {
      ...FORM('frivillige'),
      ...UKRAINIAN,
      't-uk-title': 'Більше волонтерів',
      version: versionOf(form),
    });
    expect(saved.status, summary(saved.body).join('; ')).toBe(303);
    const item = await itemOf('frivillige');
    // The Arabic title was not posted again: that translation is gone.
    expect(Object.keys(item?.translations ?? {})).toEqual(['uk']);
    expect(item?.translations?.uk?.title).toBe('Більше волонтерів');
    const [event] = await receiver.db.query<{ detail: string }>(
      "SELECT detail FROM challenge_events WHERE challenge_id = 'frivillige' AND what = 'edited'",
    );
    expect(event?.detail).toBe('translations');
    const page = (await desk.get('/desk/challenges/frivillige')).body;
    expect(page).toMatch(/<dt>Oversættelser<\/dt><dd>ukrainsk<\/dd>/);
  });

  it('drops the translations when every field of them is emptied', async () => {
    const form = (await desk.get('/desk/challenges/frivillige/edit')).body;
    const saved = await desk.post('/desk/challenges/frivillige/edit', {
      ...FORM('frivillige'),
      't-uk-title': '   ',
      version: versionOf(form),
    });
    expect(saved.status).toBe(303);
    expect(await itemOf('frivillige')).not.toHaveProperty('translations');
  });

  it('refuses questions translated in part or where there is no Danish one, and too long texts', async () => {
    const response = await desk.post('/desk/challenges', {
      ...FORM('halvt-oversat'),
      't-uk-question-1': 'Що вас стримує?',
      't-uk-question-2': 'Зайве питання',
      't-pl-title': 'x'.repeat(201),
      't-so-framing': 'y'.repeat(4001),
    });
    expect(response.status).toBe(400);
    expect(summary(response.body)).toEqual([
      't-pl-title: Titlen på polsk må højst være 200 tegn.',
      't-uk-question-2: Der er intet dansk spørgsmål 2 at oversætte.',
      't-uk-question-3: Oversæt alle spørgsmålene til ukrainsk, eller ingen af dem.',
      't-so-framing: Beskrivelsen på somali må højst være 4000 tegn.',
    ]);
    // Each language with a problem is open, its field marked, what was typed kept.
    expect(response.body).toMatch(
      /id="f-t-uk-question-2" name="t-uk-question-2" aria-describedby="f-t-uk-question-2-error" aria-invalid="true"/,
    );
    expect(response.body).toContain('value="Зайве питання"');
    expect(response.body.match(/<details class="details" open>/g)).toHaveLength(3);
    expect(await itemOf('halvt-oversat')).toBeUndefined();
  });
});
