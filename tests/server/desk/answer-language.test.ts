// Each answer's language on the desk (issue 22), on PGlite and PostgreSQL: kept in a column from the
// envelope's `locale` (and filled from the envelopes of answers stored before it), named in Danish
// in the list and on the answer's page, a filter of the list and both exports, and chosen when
// staff register an answer received by phone or letter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFile } from '../../../server/data/challenges';
import { MIGRATIONS, migrate } from '../../../server/data/migrations';
import type { RunningReceiver } from '../../../server/start';
import type { Submission } from '../../../utils/schema/index';
import {
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
  validSubmission,
} from '../fixtures';
import { csvExport, type DeskClient, exportKey, signedIn } from './desk-client';

const SEED = readSeedFile('server/seed/challenges.json');

const references = (page: string) =>
  [...page.matchAll(/<a href="\/desk\/answers\/[0-9a-f-]{36}">(SK-[A-Z0-9]{6})<\/a>/g)]
    .map((match) => match[1]!)
    .sort();

describe.each(TEST_DATABASES)("answers' languages on $name", ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let desk: DeskClient;
  const posted: Record<string, { id: string; reference: string }> = {};

  async function post(locale: string, body: string) {
    const envelope: Submission = {
      ...validSubmission('need'),
      locale,
      text: { body },
      challenge: { ...validSubmission().challenge, id: 'ensomhed-lunde' },
    };
    const response = await postSubmission(receiver, envelope);
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const [row] = await receiver.db.query<{ id: string }>(
      'SELECT id FROM submissions WHERE reference = $1',
      [reference],
    );
    return { id: row!.id, reference };
  }

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({ db: database.db, seed: SEED }));
    desk = await signedIn(receiver);
    posted.so = await post('so', 'Hooyaday waxay ku nooshahay keligeed.');
    posted.uk = await post('uk-UA', 'Мій тато живе сам.');
    posted.da = await post('da', 'Min mor bor alene.');
    posted.ar = await post('AR', 'أمي تعيش وحدها.');
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it("keeps the language the person chose: the locale's language, in lower case", async () => {
    const rows = await receiver.db.query<{ reference: string; language: string }>(
      'SELECT reference, language FROM submissions',
    );
    expect(Object.fromEntries(rows.map((row) => [row.reference, row.language]))).toEqual({
      [posted.so!.reference]: 'so',
      [posted.uk!.reference]: 'uk',
      [posted.da!.reference]: 'da',
      [posted.ar!.reference]: 'ar',
    });
  });

  it('names it in Danish on the answer page and in the list, and marks the text with it', async () => {
    const page = (await desk.get(`/desk/answers/${posted.so!.id}`)).body;
    expect(page).toMatch(/<dt>Sprog<\/dt><dd>somali<\/dd>/);
    expect(page).toContain('<p class="answer-body" lang="so" dir="auto">');
    const arabic = (await desk.get(`/desk/answers/${posted.ar!.id}`)).body;
    expect(arabic).toMatch(/<dt>Sprog<\/dt><dd>arabisk<\/dd>/);
    const list = (await desk.get('/desk/answers')).body;
    for (const name of ['somali', 'ukrainsk', 'dansk', 'arabisk']) {
      expect(list).toContain(`<span class="answer-muted">${name}</span>`);
    }
    expect(list).toContain('<td class="answer-excerpt" lang="uk" dir="auto">');
  });

  it('filters the list by it, in the URL, with a tag that removes the filter', async () => {
    const filtered = (await desk.get('/desk/answers?language=so')).body;
    expect(references(filtered)).toEqual([posted.so!.reference]);
    expect(filtered).toContain('<option value="so" selected>somali</option>');
    expect(filtered).toMatch(/Fjern filteret <\/span>Sprog: somali/);
    expect(references((await desk.get('/desk/answers?language=uk&kind=need')).body)).toEqual([
      posted.uk!.reference,
    ]);
    // A language no answer has: none; what is no language code: no filter at all.
    expect(references((await desk.get('/desk/answers?language=de')).body)).toEqual([]);
    expect(references((await desk.get('/desk/answers?language=uk-UA')).body)).toHaveLength(4);
    expect(references((await desk.get("/desk/answers?language='%20OR%201=1")).body)).toHaveLength(
      4,
    );
  });

  it('filters both exports by it, and names it in them', async () => {
    const key = await exportKey(receiver);
    const { rows } = await csvExport(receiver, key, '?language=ar');
    expect(rows.map((row) => row.Reference)).toEqual([posted.ar!.reference]);
    expect(rows[0]).toMatchObject({ 'Sprog (kode)': 'ar', Sprog: 'arabisk' });
    const xlsx = await fetch(`${receiver.url}/desk/export/answers.xlsx?language=ar`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(xlsx.status).toBe(200);
    await xlsx.arrayBuffer();
    const [audit] = await receiver.db.query<{ detail: string }>(
      "SELECT detail FROM audit_log WHERE action = 'answers-exported' ORDER BY at DESC LIMIT 1",
    );
    expect(audit?.detail).toMatch(/^sprog=ar; 1 svar/);
  });

  it('is chosen when staff register an answer, Danish unless they say otherwise', async () => {
    const form = (await desk.get('/desk/answers/new')).body;
    expect(form).toContain('<option value="da" selected>dansk</option>');
    expect(form).toContain('<option value="so">somali</option>');
    const fields = {
      challenge: 'ensomhed-lunde',
      kind: 'need',
      channel: 'telefon',
      title: '',
      body: 'Ringede: hendes mor er alene om aftenen.',
      actorType: 'citizen',
      consent: '',
      publish: '',
    };
    const registered = await desk.post('/desk/answers/new', { ...fields, language: 'so' });
    expect(registered.status).toBe(303);
    const id = /\/desk\/answers\/([0-9a-f-]{36})/.exec(registered.location ?? '')?.[1] ?? '';
    const [row] = await receiver.db.query<{ language: string; envelope: string }>(
      'SELECT language, envelope FROM submissions WHERE id = $1',
      [id],
    );
    expect(row?.language).toBe('so');
    expect(JSON.parse(row!.envelope)).toMatchObject({ locale: 'so', source: 'desk' });
    const danish = await desk.post('/desk/answers/new', fields);
    expect(danish.status).toBe(303);
    const refused = await desk.post('/desk/answers/new', { ...fields, language: 'xx' });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Vælg det sprog, personen talte eller skrev på.');
    expect(refused.body).toContain('href="#f-language"');
  });
});

describe.each(TEST_DATABASES)('migration 11 on $name', ({ open }) => {
  it('fills the language of answers stored before it from their envelopes, whatever they hold', async () => {
    const { db, close } = await open({ unmigrated: true });
    try {
      await migrate(
        db,
        MIGRATIONS.filter((migration) => migration.version < 11),
      );
      const envelopes: Record<string, string> = {
        'SK-AAAAA1': JSON.stringify({ ...validSubmission(), locale: 'uk-UA' }),
        // NUL in the text: jsonb would refuse the whole envelope.
        'SK-AAAAA2': JSON.stringify({
          ...validSubmission(),
          text: { body: 'a\u0000"locale":"en"' },
          locale: 'so',
        }),
        'SK-AAAAA3': '{not json',
        'SK-AAAAA4': JSON.stringify({ ...validSubmission(), locale: 'FA' }),
      };
      for (const [reference, envelope] of Object.entries(envelopes)) {
        await db.query(
          `INSERT INTO submissions (id, reference, challenge_id, kind, actor_type, received_at, envelope)
           VALUES (gen_random_uuid(), $1, 'x', 'need', 'citizen', now(), $2)`,
          [reference, envelope],
        );
      }
      await migrate(db);
      const rows = await db.query<{ reference: string; language: string | null }>(
        'SELECT reference, language FROM submissions ORDER BY reference',
      );
      expect(rows).toEqual([
        { reference: 'SK-AAAAA1', language: 'uk' },
        { reference: 'SK-AAAAA2', language: 'so' },
        { reference: 'SK-AAAAA3', language: null },
        { reference: 'SK-AAAAA4', language: 'fa' },
      ]);
    } finally {
      await close();
    }
  }, 60_000);
});
