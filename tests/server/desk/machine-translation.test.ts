// Machine translation on the desk (issue 22), against a fake of LibreTranslate's API on 127.0.0.1:
// "Oversæt til dansk" beside an answer in another language, the reply with its translation beneath
// the Danish as the citizen's status link reports it, what is shown for a language the service
// lacks (Somali), what a failing or silent service gives staff, and none of it without
// SAMSKAB_TRANSLATE_URL. Nothing translated is logged.
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eraseAnswers } from '../../../server/data/erasure';
import type { RunningReceiver } from '../../../server/start';
import { TRANSLATION_PROBLEMS } from '../../../server/web/translation';
import type { Submission } from '../../../utils/schema/index';
import {
  type FakeLibreTranslate,
  fakeTranslation,
  startFakeLibreTranslate,
} from '../../support/fake-libretranslate';
import { postSubmission, startTestReceiver, validSubmission } from '../fixtures';
import { type DeskClient, signedIn } from './desk-client';

const KEY = 'kommunens-nøgle';
const UKRAINIAN = 'Мій тато живе сам і хотів би пити каву з іншими.';
const SOMALI = 'Aabbahay kaligiis ayuu ku nool yahay.';
const REPLY = 'Tak for dit svar. Vi mødes med foreningerne i maj.';

const logLines: string[] = [];
const logStream = new PassThrough();
logStream.on('data', (chunk: Buffer) => logLines.push(chunk.toString('utf8')));

let fake: FakeLibreTranslate;
let receiver: RunningReceiver;
let errors: unknown[];
let desk: DeskClient;
const answers: Record<string, { id: string; statusUrl: string }> = {};

async function post(locale: string, body: string) {
  const envelope: Submission = { ...validSubmission('need'), locale, text: { body } };
  const response = await postSubmission(receiver, envelope);
  expect(response.status).toBe(201);
  const { statusUrl } = (await response.json()) as { statusUrl: string };
  return { id: envelope.id, statusUrl };
}

const requests = (path: string) => fake.requests.filter((request) => request.path === path);

beforeAll(async () => {
  fake = await startFakeLibreTranslate({ apiKey: KEY });
  ({ receiver, errors } = await startTestReceiver({
    translate: { url: fake.url, key: KEY, timeoutMs: 500 },
    logger: pino({ base: undefined }, logStream),
  }));
  desk = await signedIn(receiver);
  answers.uk = await post('uk-UA', UKRAINIAN);
  answers.so = await post('so', SOMALI);
  answers.da = await post('da', 'Min far bor alene.');
}, 60_000);
afterAll(async () => {
  await receiver?.close();
  await fake?.close();
});
afterEach(() => {
  fake.mode = 'ok';
});

const page = async (id: string, query = '') => {
  const response = await desk.get(`/desk/answers/${id}${query}`);
  expect(response.status).toBe(200);
  return response.body;
};

describe('Oversæt til dansk', () => {
  it('is offered for an answer in a language the service translates, as a GET', async () => {
    const body = await page(answers.uk!.id);
    expect(body).toContain(
      `<form method="get" action="/desk/answers/${answers.uk!.id}#text-heading" class="answer-translate">`,
    );
    expect(body).toContain('<input type="hidden" name="oversaet" value="dansk">');
    expect(body).toContain('>Oversæt til dansk</button>');
    expect(body).not.toContain('Maskinoversættelse til dansk');
    // The page asks what the service can do, not to translate.
    expect(requests('/translate')).toEqual([]);
  });

  it('shows the machine translation beside the original, marked as such', async () => {
    const body = await page(answers.uk!.id, '?oversaet=dansk');
    const [original, translation] = body.split('<section aria-labelledby="translation-heading"');
    expect(original).toContain(
      `<p class="answer-body" lang="uk" dir="auto"><span class="answer-text">${UKRAINIAN}</span></p>`,
    );
    expect(original).toContain('<div class="row answer-translated"><div class="col-12 col-md-6">');
    expect(translation).toContain('Maskinoversættelse til dansk</h2>');
    expect(translation).toContain(
      'Maskinoversat fra ukrainsk af LibreTranslate. Den kan indeholde fejl: originalen gælder. Oversættelsen gemmes ikke.',
    );
    expect(translation).toContain(fakeTranslation(UKRAINIAN, 'uk', 'da'));
    // The language the person chose, not one detected; the key from the configuration.
    expect(requests('/translate').at(-1)?.body).toEqual({
      q: UKRAINIAN,
      source: 'uk',
      target: 'da',
      format: 'text',
      api_key: KEY,
    });
    // Nothing of it is stored.
    const stored = await receiver.db.query<Record<string, unknown>>(
      'SELECT * FROM submissions WHERE id = $1',
      [answers.uk!.id],
    );
    expect(JSON.stringify(stored)).not.toContain('[uk→da]');
  });

  it('asks the service for its languages once, not on every page', async () => {
    await page(answers.uk!.id);
    await page(answers.so!.id);
    await page(answers.da!.id);
    expect(requests('/languages')).toHaveLength(1);
  });

  it('says clearly that the service cannot translate Somali, and offers no button', async () => {
    const body = await page(answers.so!.id, '?oversaet=dansk');
    expect(body).toContain(
      'Svaret er på somali, som kommunens oversættelsestjeneste ikke kan oversætte til dansk. Få det oversat af en tolk eller en kollega, der kan sproget.',
    );
    expect(body).not.toContain('Oversæt til dansk</button>');
    expect(body).not.toContain('value="translate"');
    expect(body).toContain('Beskeden kan ikke maskinoversættes til somali.');
    expect(requests('/translate').filter((r) => r.body?.source === 'so')).toEqual([]);
  });

  it('offers nothing for a Danish answer', async () => {
    const body = await page(answers.da!.id, '?oversaet=dansk');
    expect(body).not.toContain('Oversæt til dansk');
    expect(body).not.toContain('Maskinoversættelse');
    expect(body).not.toContain('value="translate"');
  });

  it('says in Danish when the service fails or does not answer in time, keeping the original', async () => {
    fake.mode = 'fail';
    const failed = await page(answers.uk!.id, '?oversaet=dansk');
    expect(failed).toContain('<p class="alert-heading">Svaret kunne ikke oversættes</p>');
    expect(failed).toContain(TRANSLATION_PROBLEMS.refused);
    expect(failed).toContain(UKRAINIAN);
    expect(failed).toContain('>Oversæt til dansk</button>');
    fake.mode = 'hang';
    const started = performance.now();
    const silent = await page(answers.uk!.id, '?oversaet=dansk');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(silent).toContain(TRANSLATION_PROBLEMS.timeout);
    expect(silent).toContain(UKRAINIAN);
  });
});

describe('the reply with a machine translation', () => {
  const replyForm = (fields: Record<string, string>) =>
    desk.post(`/desk/answers/${answers.uk!.id}/reply`, fields);
  const textareaOf = (body: string) =>
    /<textarea [^>]*id="f-replyTranslation"[^>]*>([^<]*)<\/textarea>/.exec(body)?.[1];
  const fromHtml = (text: string) =>
    text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

  it('is translated into the answer language for staff to check, saving nothing', async () => {
    const body = (await page(answers.uk!.id)).replaceAll('\n', ' ');
    expect(body).toContain(
      '<button type="submit" name="action" value="translate" class="button button-secondary">Oversæt beskeden til ukrainsk</button>',
    );
    const translated = await replyForm({ action: 'translate', reply: REPLY });
    expect(translated.status).toBe(200);
    expect(translated.body).toMatch(
      /<textarea [^>]*id="f-replyTranslation"[^>]* lang="uk" dir="ltr">/,
    );
    expect(fromHtml(textareaOf(translated.body) ?? '')).toBe(
      `${fakeTranslation('Maskinoversat fra dansk:', 'da', 'uk')}\n${fakeTranslation(REPLY, 'da', 'uk')}`,
    );
    expect(translated.body).toContain(
      `<input type="hidden" name="replyTranslatedFrom" value="${REPLY}">`,
    );
    const [row] = await receiver.db.query<{ reply_draft: string | null }>(
      'SELECT reply_draft, reply_draft_translation FROM submissions WHERE id = $1',
      [answers.uk!.id],
    );
    expect(row).toEqual({ reply_draft: null, reply_draft_translation: null });
  });

  it('refuses a translation of another text, one too long, or one with contact details', async () => {
    const translation = `${fakeTranslation('Maskinoversat fra dansk:', 'da', 'uk')}\n${fakeTranslation(REPLY, 'da', 'uk')}`;
    const changed = await replyForm({
      action: 'save',
      reply: `${REPLY} Og i juni.`,
      replyTranslation: translation,
      replyTranslatedFrom: REPLY,
    });
    expect(changed.status).toBe(400);
    expect(changed.body).toContain(
      'Du har ændret beskeden efter oversættelsen. Oversæt den igen, eller tøm feltet med oversættelsen.',
    );
    const long = await replyForm({
      action: 'publish',
      reply: REPLY,
      replyTranslation: 'я'.repeat(2000),
      replyTranslatedFrom: REPLY,
    });
    expect(long.status).toBe(400);
    expect(long.body).toContain('Beskeden og oversættelsen må tilsammen højst være 2000 tegn.');
    const personal = await replyForm({
      action: 'publish',
      reply: REPLY,
      replyTranslation: `${translation} karen@example.dk`,
      replyTranslatedFrom: REPLY,
    });
    expect(personal.status).toBe(400);
    expect(personal.body).toContain('href="#f-replyTranslation"');
  });

  it('is published beneath the Danish, as the citizen’s status link reports it', async () => {
    const translation = `${fakeTranslation('Maskinoversat fra dansk:', 'da', 'uk')}\n${fakeTranslation(REPLY, 'da', 'uk')}`;
    // A browser sends line breaks as CRLF, in the textarea and the hidden field alike.
    const saved = await replyForm({
      action: 'save',
      reply: REPLY,
      replyTranslation: translation.replaceAll('\n', '\r\n'),
      replyTranslatedFrom: REPLY,
    });
    expect(saved.status).toBe(303);
    const draft = await page(answers.uk!.id);
    expect(fromHtml(textareaOf(draft) ?? '')).toBe(translation);
    const published = await replyForm({
      action: 'publish',
      reply: REPLY,
      replyTranslation: translation,
      replyTranslatedFrom: REPLY,
    });
    expect(published.status).toBe(303);
    const status = await fetch(`${receiver.url}${new URL(answers.uk!.statusUrl).pathname}`).then(
      (response) => response.json() as Promise<{ reply?: string }>,
    );
    expect(status.reply).toBe(`${REPLY}\n\n${translation}`);
  });

  it('is published without a translation once the field is emptied', async () => {
    const published = await replyForm({
      action: 'publish',
      reply: 'Tak igen.',
      replyTranslation: '',
      replyTranslatedFrom: REPLY,
    });
    expect(published.status).toBe(303);
    const status = await fetch(`${receiver.url}${new URL(answers.uk!.statusUrl).pathname}`).then(
      (response) => response.json() as Promise<{ reply?: string }>,
    );
    expect(status.reply).toBe('Tak igen.');
  });

  it('says in Danish when the service fails, keeping what was typed', async () => {
    fake.mode = 'fail';
    const failed = await replyForm({ action: 'translate', reply: REPLY });
    expect(failed.status).toBe(400);
    expect(failed.body).toContain(
      `Beskeden kunne ikke oversættes. ${TRANSLATION_PROBLEMS.refused}`,
    );
    expect(failed.body).toContain(REPLY);
    const empty = await replyForm({ action: 'translate', reply: '  ' });
    expect(empty.body).toContain('Skriv beskeden på dansk, før du oversætter den.');
  });

  it('is erased with the answer', async () => {
    const answer = await post('uk', UKRAINIAN);
    await desk.post(`/desk/answers/${answer.id}/reply`, {
      action: 'save',
      reply: REPLY,
      replyTranslation: 'переклад',
      replyTranslatedFrom: REPLY,
    });
    await eraseAnswers(receiver.db, [answer.id], desk.staff.id, new Date());
    const [row] = await receiver.db.query<Record<string, unknown>>(
      'SELECT reply_draft, reply_draft_translation FROM submissions WHERE id = $1',
      [answer.id],
    );
    expect(row).toEqual({ reply_draft: null, reply_draft_translation: null });
  });
});

describe('without SAMSKAB_TRANSLATE_URL', () => {
  it('offers no translation at all, and refuses one asked for', async () => {
    const { receiver: plain } = await startTestReceiver();
    try {
      const staff = await signedIn(plain);
      const { id } = await (async () => {
        const envelope = { ...validSubmission('need'), locale: 'uk', text: { body: UKRAINIAN } };
        expect((await postSubmission(plain, envelope)).status).toBe(201);
        return envelope;
      })();
      const body = (await staff.get(`/desk/answers/${id}?oversaet=dansk`)).body;
      expect(body).toMatch(/<dt>Sprog<\/dt><dd>ukrainsk<\/dd>/);
      expect(body).not.toContain('Oversæt');
      expect(body).not.toContain('Maskinoversættelse');
      expect(body).not.toContain('maskinoversættes');
      const refused = await staff.post(`/desk/answers/${id}/reply`, {
        action: 'translate',
        reply: REPLY,
      });
      expect(refused.status).toBe(400);
      expect(refused.body).toContain('Beskeden kan ikke maskinoversættes her.');
    } finally {
      await plain.close();
    }
  });
});

describe('the log', () => {
  it('holds no text that was translated, and no error', () => {
    const log = logLines.join('');
    expect(log).not.toBe('');
    for (const text of [UKRAINIAN, SOMALI, REPLY, '[uk→da]', '[da→uk]', KEY]) {
      expect(log).not.toContain(text);
    }
    expect(errors).toEqual([]);
  });
});
