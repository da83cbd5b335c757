// Issue 22 point 7: "Læs op" reads a challenge's framing and questions with the browser's own
// speech synthesis, only when the browser has a voice for the language. The browser's voices are
// stubbed (Chromium in a test has none): `getVoices()` gives what the test says, `speak` records.
import type { Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}
interface SpeechLog {
  spoken: Spoken[];
  cancelled: number;
  listeners: number;
  setVoices(langs: string[]): void;
  /** The browser finished reading everything queued. */
  finish(): void;
}

/** Replaces `speechSynthesis` and `SpeechSynthesisUtterance` before the page's scripts run. */
async function stubSpeech(page: Page, langs: string[]) {
  await page.addInitScript((initial: string[]) => {
    type Handler = ((event: Event) => void) | null;
    class Utterance {
      lang = '';
      voice: { lang: string } | null = null;
      onend: Handler = null;
      onerror: Handler = null;
      constructor(readonly text: string) {}
    }
    const asVoices = (list: string[]) =>
      list.map((lang) => ({
        lang,
        name: lang,
        voiceURI: lang,
        localService: true,
        default: false,
      }));
    let voices = asVoices(initial);
    let queued: Utterance[] = [];
    const listeners = new Set<(event: Event) => void>();
    const log = {
      spoken: [] as { text: string; lang: string; voice: string | undefined }[],
      cancelled: 0,
      get listeners() {
        return listeners.size;
      },
      setVoices(list: string[]) {
        voices = asVoices(list);
        for (const listener of listeners) listener(new Event('voiceschanged'));
      },
      finish() {
        const done = queued;
        queued = [];
        for (const utterance of done) utterance.onend?.(new Event('end'));
      },
    };
    const synth = {
      getVoices: () => voices,
      speak(utterance: Utterance) {
        log.spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.lang,
        });
        queued.push(utterance);
      },
      // As browsers do: what was queued ends with an error ("interrupted").
      cancel() {
        log.cancelled += 1;
        const dropped = queued;
        queued = [];
        for (const utterance of dropped) utterance.onerror?.(new Event('error'));
      },
      addEventListener(type: string, listener: (event: Event) => void) {
        if (type === 'voiceschanged') listeners.add(listener);
      },
      removeEventListener(type: string, listener: (event: Event) => void) {
        if (type === 'voiceschanged') listeners.delete(listener);
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      value: Utterance,
    });
    (window as unknown as { speechLog: typeof log }).speechLog = log;
  }, langs);
}

const speechLog = (page: Page) =>
  page.evaluate(() => {
    const { spoken, cancelled, listeners } = (window as unknown as { speechLog: SpeechLog })
      .speechLog;
    return { spoken, cancelled, listeners };
  });

const FRAMING =
  'Vi ser, at mange ældre i Lunde bor alene og har lange aftener uden nogen at tale med. Kommunens besøgsvenner når ikke rundt, og vi tror ikke, at endnu et kommunalt tilbud er svaret. Måske findes løsningen allerede i byen: i foreningerne, hos naboerne eller i den gamle købmandsgård.';

test('Læs op reads the framing and questions in Danish with a Danish voice; a second press stops', async ({
  page,
  openWidget,
}) => {
  await stubSpeech(page, ['en-US', 'da-DK']);
  await openWidget();
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  const read = page.getByRole('button', { name: 'Læs op' });
  await expect(read).toBeVisible();
  await expectNoViolations(page, 'a challenge with Læs op');
  await read.click();

  const { spoken } = await speechLog(page);
  // Every utterance in Danish, by `lang` and by voice (Android heeds only `lang`).
  expect(new Set(spoken.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set(['da-DK da-DK']));
  const text = spoken.map((s) => s.text).join(' ');
  expect(text).toContain(FRAMING);
  expect(text).toContain('Hvad kan I selv være med til?');
  expect(spoken.map((s) => s.text)).toContain('Sådan ser vi udfordringen');

  const stop = page.getByRole('button', { name: 'Stop oplæsning' });
  await expect(stop).toBeFocused();
  await expectNoViolations(page, 'reading aloud');
  const before = (await speechLog(page)).cancelled;
  await page.keyboard.press('Enter');
  await expect(read).toBeVisible();
  expect((await speechLog(page)).cancelled).toBe(before + 1);

  // Read to the end, the button offers to read again.
  await read.click();
  await expect(stop).toBeVisible();
  await page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog.finish());
  await expect(read).toBeVisible();
});

test('no button without a voice for the language; one when the voices arrive; none left listening', async ({
  page,
  openWidget,
}) => {
  // Chrome lists its voices a moment after the first ask.
  await stubSpeech(page, []);
  await openWidget();
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await expect(page.getByRole('heading', { name: 'Sådan ser vi udfordringen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Læs op' })).toHaveCount(0);
  expect((await speechLog(page)).listeners).toBe(1);

  await page.evaluate(() =>
    (window as unknown as { speechLog: SpeechLog }).speechLog.setVoices(['da-DK']),
  );
  await expect(page.getByRole('button', { name: 'Læs op' })).toBeVisible();
  await page.getByRole('button', { name: 'Læs op' }).click();

  // Leaving the challenge stops its reading and its listening.
  const cancelled = (await speechLog(page)).cancelled;
  await page.getByRole('button', { name: /Tilbage til listen/ }).click();
  await expect(page.getByRole('button', { name: /Færre ensomme aftener/ })).toBeVisible();
  const after = await speechLog(page);
  expect(after.listeners).toBe(0);
  expect(after.cancelled).toBe(cancelled + 1);

  // Voices listed, none of them Danish: no button, and no room kept for one.
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await page.evaluate(() =>
    (window as unknown as { speechLog: SpeechLog }).speechLog.setVoices(['en-GB', 'ar-SA']),
  );
  await expect(page.getByRole('heading', { name: 'Sådan ser vi udfordringen' })).toBeVisible();
  await expect(page.locator('[data-samskab] .say button')).toHaveCount(0);
});

const ENGLISH_FRAMING = 'We see that many older people in Lunde live alone and have long evenings.';

test('an English widget reads the framing in its own language: Danish in Danish, without the English headings, and an English translation in English', async ({
  page,
  receiver,
  openWidget,
}) => {
  await stubSpeech(page, ['da-DK']);
  await openWidget({ lang: 'en', script: { locale: 'en' } });
  await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await expect(page.getByRole('heading', { name: 'How we see the challenge' })).toBeVisible();
  await page.getByRole('button', { name: 'Read aloud' }).click();
  const danish = (await speechLog(page)).spoken;
  expect(new Set(danish.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set(['da-DK da-DK']));
  expect(danish.map((s) => s.text).join(' ')).toContain(FRAMING);
  expect(danish.map((s) => s.text)).not.toContain('How we see the challenge');

  // Translated into English (protocol 1.3): read in English, headings too, and with only a Danish
  // voice there is no button.
  const [row] = await receiver.db.query<{ data: string }>(
    "SELECT data FROM challenges WHERE id = 'ensomhed-lunde'",
  );
  const challenge = JSON.parse(row!.data) as Record<string, unknown>;
  await receiver.db.query("UPDATE challenges SET data = $1 WHERE id = 'ensomhed-lunde'", [
    JSON.stringify({ ...challenge, translations: { en: { framing: ENGLISH_FRAMING } } }),
  ]);
  const english = await page.context().newPage();
  await stubSpeech(english, ['da-DK']);
  await openWidget({ lang: 'en', script: { locale: 'en' } }, english);
  await english.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await expect(english.locator('[data-samskab] p.framing')).toHaveText(ENGLISH_FRAMING);
  await expect(english.locator('[data-samskab] .say button:not(.wait)')).toHaveCount(0);

  await english.evaluate(() =>
    (window as unknown as { speechLog: SpeechLog }).speechLog.setVoices(['da-DK', 'en_GB']),
  );
  await english.getByRole('button', { name: 'Read aloud' }).click();
  const { spoken } = await speechLog(english);
  expect(spoken[0]).toEqual({ text: 'How we see the challenge', lang: 'en-GB', voice: 'en_GB' });
  expect(spoken.map((s) => s.text).join(' ')).toContain(ENGLISH_FRAMING);
});
