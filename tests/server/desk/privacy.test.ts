// A person's answers over HTTP against a running receiver, on PGlite and PostgreSQL: found by
// email, phone and name (the search a POST, audited without its value), exported as JSON with the
// staff's notes, erased everywhere (the desk's pages, both exports, the search column, the
// database rows, a replay), and the retention period removing contact details from closed
// challenges only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../server/data/audit';
import type { RunningReceiver } from '../../../server/start';
import { csvRecords, rfc4180Rows } from '../../support/excel-csv';
import {
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
} from '../fixtures';
import { apiKey, type DeskClient, signedIn } from './desk-client';
import { answerFrom, challenge, download, post, readXlsx, records } from './privacy-support';

const KAREN = { name: 'Karen Jensen', email: 'karen@example.dk', phone: '+45 12 34 56 78' };
const KAREN_TEXT = 'Købmandsgården kunne åbne om aftenen for Karens mor';

interface AuditRow extends Record<string, unknown> {
  staff_id: string | null;
  action: string;
  subject: string | null;
  detail: string | null;
}

describe.each(TEST_DATABASES)('personal data on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let admin: DeskClient;
  let facilitator: DeskClient;

  const audit = (action: string) =>
    receiver.db.query<AuditRow>(
      'SELECT staff_id, action, subject, detail FROM audit_log WHERE action = $1 ORDER BY at',
      [action],
    );
  const allAudit = async () =>
    JSON.stringify(await receiver.db.query('SELECT * FROM audit_log')).toLowerCase();

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({
      db: database.db,
      seed: [
        challenge('ensomhed-lunde', 'Færre ensomme aftener'),
        challenge('gammel-lukket'),
        challenge('nyligt-lukket'),
        challenge('stadig-aaben'),
        challenge('lukket-ved-start'),
      ],
    }));
    admin = await signedIn(receiver, { role: 'admin', name: 'Anne Admin' });
    facilitator = await signedIn(receiver, { role: 'facilitator', name: 'Frida Facilitator' });
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it("sends the signed-out to sign in and refuses forms without the session's token", async () => {
    for (const path of ['/desk/people', '/desk/audit']) {
      const page = await fetch(`${receiver.url}${path}`, { redirect: 'manual' });
      expect(page.status, path).toBe(303);
      expect(page.headers.get('location')).toBe(`/desk/login?next=${encodeURIComponent(path)}`);
    }
    for (const path of [
      '/desk/people',
      '/desk/people/export',
      '/desk/people/erase',
      '/desk/retention',
      '/desk/retention/run',
    ]) {
      const signedOut = await fetch(`${receiver.url}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=karen%40example.dk',
      });
      expect(signedOut.status, path).toBe(303);
      const forged = await admin.post(path, { _csrf: 'not-the-token', query: 'karen@example.dk' });
      expect(forged.status, path).toBe(403);
    }
    expect(await receiver.db.query("SELECT * FROM audit_log WHERE action LIKE 'person-%'")).toEqual(
      [],
    );
  });

  describe('finding, exporting and erasing one person', () => {
    let first: { id: string; reference: string };
    let second: { id: string; reference: string };
    let other: { id: string; reference: string };
    let firstAnswer: ReturnType<typeof answerFrom>;

    beforeAll(async () => {
      firstAnswer = answerFrom(KAREN, { title: 'Åbn købmandsgården', body: KAREN_TEXT });
      first = await post(receiver, firstAnswer);
      // The same person another time, writing her address and name in other cases.
      second = await post(
        receiver,
        answerFrom(
          { name: 'KAREN JENSEN', email: 'Karen@Example.DK' },
          { kind: 'proposal', body: 'Karens forslag: kaffeklub i købmandsgården' },
        ),
      );
      other = await post(
        receiver,
        answerFrom(
          { name: 'Ole Olsen', email: 'ole@example.dk' },
          { body: 'Oles tekst om købmandsgården' },
        ),
      );
      await receiver.db.query(
        'INSERT INTO answer_notes (id, submission_id, staff_id, text, created_at) VALUES ($1, $2, $3, $4, $5)',
        [randomUUID(), first.id, facilitator.staff.id, 'Ringet op, vil gerne hjælpe', new Date()],
      );
    });

    it('finds her answers by email, phone or full name, exactly, and audits only the kind', async () => {
      const byEmail = await facilitator.post('/desk/people', { query: ' KAREN@example.dk ' });
      expect(byEmail.status).toBe(200);
      expect(byEmail.body).toContain('2 svar fra personen');
      expect(byEmail.body).toContain(first.reference);
      expect(byEmail.body).toContain(second.reference);
      expect(byEmail.body).toContain(`href="/desk/answers/${first.id}"`);
      expect(byEmail.body).not.toContain(other.reference);

      // Stored as +4512345678; found written the Danish way without +45.
      const byPhone = await facilitator.post('/desk/people', { query: '12 34 56 78' });
      expect(byPhone.body).toContain(first.reference);
      expect(byPhone.body).not.toContain(second.reference);

      const byName = await facilitator.post('/desk/people', { query: 'karen jensen' });
      expect(byName.body).toContain(first.reference);
      expect(byName.body).toContain(second.reference);

      const partial = await facilitator.post('/desk/people', { query: 'Karen' });
      expect(partial.body).toContain('Ingen svar fundet');

      const searches = await audit('person-searched');
      expect(searches.map((row) => row.subject)).toEqual([
        'e-mail',
        'telefonnummer',
        'navn',
        'navn',
      ]);
      expect(searches.every((row) => row.staff_id === facilitator.staff.id)).toBe(true);
      expect(searches[0]?.detail).toBe('2 svar fundet');
      expect(await allAudit()).not.toContain('karen');
      expect(await allAudit()).not.toContain('12 34');
    });

    it('asks again when nothing is typed, keeping the page accessible', async () => {
      const empty = await facilitator.post('/desk/people', { query: '  ' });
      expect(empty.status).toBe(400);
      expect(empty.body).toContain(
        'Skriv en e-mail, et telefonnummer, et navn eller en reference.',
      );
      expect(empty.body).toContain('aria-invalid="true"');
    });

    it('exports the ticked answers as JSON, with the internal notes, and audits it', async () => {
      const none = await facilitator.post('/desk/people/export', { query: KAREN.email });
      expect(none.status).toBe(400);
      expect(none.body).toContain('Vælg mindst ét svar.');

      const response = await facilitator.post('/desk/people/export', {
        query: KAREN.email,
        answer: [first.id, second.id],
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="samskab-personudtraek-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      const file = JSON.parse(response.body) as {
        format: string;
        answers: {
          reference: string;
          answer: { author: { email?: string; name?: string }; text: { body: string } };
          internalNotes: { text: string }[];
          statusLabel: string;
        }[];
      };
      expect(file.format).toBe('samskab-personudtraek/1');
      expect(file.answers.map((answer) => answer.reference).sort()).toEqual(
        [first.reference, second.reference].sort(),
      );
      const mine = file.answers.find((answer) => answer.reference === first.reference)!;
      expect(mine.answer.author).toMatchObject({ name: 'Karen Jensen', email: KAREN.email });
      expect(mine.answer.text.body).toBe(KAREN_TEXT);
      expect(mine.internalNotes.map((note) => note.text)).toEqual(['Ringet op, vil gerne hjælpe']);
      expect(mine.statusLabel).toBe('Ny');
      const [exported] = await audit('person-exported');
      expect(exported?.staff_id).toBe(facilitator.staff.id);
      expect(exported?.subject).toContain(first.reference);
      expect(exported?.detail).toBe('2 svar');
    });

    it('erases after asking: text and contact details gone from pages, exports, search and rows', async () => {
      const asked = await facilitator.post('/desk/people/erase', {
        query: KAREN.email,
        answer: [first.id, second.id],
      });
      expect(asked.status).toBe(200);
      expect(asked.body).toContain('Slet personoplysninger i 2 svar?');
      expect(asked.body).toContain('Det kan ikke fortrydes');
      expect(asked.body).toContain(first.reference);
      const [before] = await receiver.db.query<{ erased_at: Date | null }>(
        'SELECT erased_at FROM submissions WHERE id = $1',
        [first.id],
      );
      expect(before?.erased_at).toBeNull();

      const done = await facilitator.post('/desk/people/erase', {
        query: KAREN.email,
        answer: [first.id, second.id],
        confirm: 'ja',
      });
      expect(done.status).toBe(303);
      expect(done.location).toBe('/desk/people?besked=person-erased');
      expect((await facilitator.get(done.location!)).body).toContain(
        'Personens oplysninger er slettet.',
      );

      // The database rows: the envelope rewritten, the copies emptied, the notes deleted.
      const rows = await receiver.db.query<Record<string, unknown>>(
        'SELECT * FROM submissions WHERE id IN ($1, $2)',
        [first.id, second.id],
      );
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        const text = JSON.stringify(row).toLowerCase();
        for (const gone of ['karen', '12 34 56 78', '4512345678', 'købmandsgården', 'kaffeklub'])
          expect(text, gone).not.toContain(gone);
        expect(row.erased_at).not.toBeNull();
        expect(row).toMatchObject({
          title: null,
          body: '',
          contact_name: null,
          contact_email: null,
          contact_phone: null,
          status: 'received',
          challenge_id: 'ensomhed-lunde',
        });
        const envelope = JSON.parse(String(row.envelope));
        expect(envelope.text).toEqual({ body: '[slettet]' });
        expect(envelope.author).toEqual({ actorType: 'citizen' });
      }
      const notes = await receiver.db.query('SELECT * FROM answer_notes WHERE submission_id = $1', [
        first.id,
      ]);
      expect(notes).toEqual([]);
      const events = await receiver.db.query<{ what: string; staff_id: string }>(
        'SELECT what, staff_id FROM answer_events WHERE submission_id = $1',
        [first.id],
      );
      expect(events).toEqual([{ what: 'erased', staff_id: facilitator.staff.id }]);

      // Search: the generated column followed title and body.
      const found = await receiver.db.query<{ id: string }>(
        `SELECT id FROM submissions WHERE search @@ websearch_to_tsquery('danish', $1)`,
        ['købmandsgården'],
      );
      expect(found.map((row) => row.id)).toEqual([other.id]);

      // The person search and both exports.
      expect((await facilitator.post('/desk/people', { query: KAREN.email })).body).toContain(
        'Ingen svar fundet',
      );
      const csv = await download(receiver, '/desk/export/answers.csv', { cookie: admin.cookie });
      const xlsx = await download(receiver, '/desk/export/answers.xlsx', { cookie: admin.cookie });
      const sheet = records((await readXlsx(xlsx.bytes)).rows);
      for (const [name, text] of [
        ['csv', csv.bytes.toString('utf8')],
        ['xlsx', JSON.stringify(sheet)],
      ] as const) {
        const lower = text.toLowerCase();
        expect(lower, name).toContain(first.reference.toLowerCase());
        for (const gone of ['karen', '+45 12', 'kaffeklub', 'karens mor'])
          expect(lower, `${name}: ${gone}`).not.toContain(gone);
        expect(text, name).toContain('Oles tekst');
      }
      const erasedRow = sheet.find((row) => row.Reference === first.reference)!;
      expect(erasedRow.Tekst).toBe('');
      expect(erasedRow['Personoplysninger slettet']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(erasedRow.Type).toBe('Behov');

      // The audit log: who, and which answers, and the page admins read.
      const [erased] = await audit('person-erased');
      expect(erased?.staff_id).toBe(facilitator.staff.id);
      expect(erased?.subject).toContain(first.reference);
      expect(erased?.subject).toContain(second.reference);
      expect(erased?.detail).toBe('2 svar');
      const log = await admin.get('/desk/audit');
      expect(log.status).toBe(200);
      expect(log.body).toContain('Slettede en persons oplysninger');
      expect(log.body).toContain('Frida Facilitator');
      expect(log.body).toContain(first.reference);
      expect((await facilitator.get('/desk/audit')).status).toBe(403);
    });

    it('does not bring an erased answer back when the widget replays it', async () => {
      const replay = await postSubmission(receiver, firstAnswer);
      expect(replay.status).toBe(409);
      expect(await replay.json()).toMatchObject({ reference: first.reference });
      const [row] = await receiver.db.query<{ body: string; envelope: string }>(
        'SELECT body, envelope FROM submissions WHERE id = $1',
        [first.id],
      );
      expect(row?.body).toBe('');
      expect(row?.envelope).not.toContain('Karen');
      const [count] = await receiver.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM submissions WHERE id = $1',
        [first.id],
      );
      expect(count?.n).toBe(1);
    });

    it('leaves the other person alone', async () => {
      const ole = await facilitator.post('/desk/people', { query: 'ole@example.dk' });
      expect(ole.body).toContain(other.reference);
    });
  });

  describe('the audit log page', () => {
    it('shows 50 entries a page, newest first, with links to the other pages', async () => {
      const [{ n }] = (await receiver.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_log',
      )) as [{ n: number }];
      const base = Date.now() + 60_000;
      for (let i = 0; i < 60; i++) {
        await recordAudit(
          receiver.db,
          {
            staffId: admin.staff.id,
            action: 'staff-changed',
            subject: facilitator.staff.id,
            detail: `nr-${i}`,
          },
          new Date(base + i * 1000),
        );
      }
      const total = n + 60;
      const first = await admin.get('/desk/audit');
      expect(first.body).toContain(`Hændelser 1–50 af ${total}`);
      expect(first.body.indexOf('nr-59')).toBeLessThan(first.body.indexOf('nr-58'));
      expect(first.body).not.toContain('nr-9<');
      // A staff member named as the subject is shown by name.
      expect(first.body).toContain('<td>Frida Facilitator</td><td>nr-59</td>');
      expect(first.body).toContain('href="/desk/audit?side=2" rel="next"');
      const pages = Math.ceil(total / 50);
      const last = await admin.get(`/desk/audit?side=${pages}`);
      expect(last.body).toContain(`Side ${pages} af ${pages}`);
      expect(last.body).toContain(`rel="prev"`);
      expect(last.body).not.toContain('rel="next"');
      expect((await admin.get('/desk/audit?side=nonsense')).body).toContain('Hændelser 1–50');
    });
  });

  describe('the retention period', () => {
    const months = (n: number) => new Date(Date.now() - n * 31 * 24 * 3600 * 1000);
    let old: { id: string; reference: string };
    let recent: { id: string; reference: string };
    let open: { id: string; reference: string };

    beforeAll(async () => {
      const person = {
        name: 'Rita Retention',
        email: 'rita@example.dk',
        phone: '22334455',
        organisation: 'Ritas Forening',
      };
      old = await post(
        receiver,
        answerFrom(person, { challengeId: 'gammel-lukket', body: 'Gammel tekst' }),
      );
      recent = await post(receiver, answerFrom(person, { challengeId: 'nyligt-lukket' }));
      open = await post(receiver, answerFrom(person, { challengeId: 'stadig-aaben' }));
      await receiver.db.query('UPDATE challenges SET closed_at = $1 WHERE id = $2', [
        months(13),
        'gammel-lukket',
      ]);
      await receiver.db.query('UPDATE challenges SET closed_at = $1 WHERE id = $2', [
        months(2),
        'nyligt-lukket',
      ]);
    });

    const contactOf = async (id: string) => {
      const [row] = await receiver.db.query<{
        contact_email: string | null;
        contact_removed_at: Date | null;
        organisation: string | null;
        body: string;
        envelope: string;
      }>(
        'SELECT contact_email, contact_removed_at, organisation, body, envelope FROM submissions WHERE id = $1',
        [id],
      );
      return row!;
    };

    it('is for admins, and refuses what is not a number of months', async () => {
      expect((await facilitator.post('/desk/retention', { months: '12' })).status).toBe(403);
      const page = await admin.get('/desk/settings');
      expect(page.body).toContain('Opbevaring af kontaktoplysninger');
      expect(page.body).toContain('Der er ingen opbevaringsperiode');
      for (const value of ['tolv', '0', '121', '1.5']) {
        const wrong = await admin.post('/desk/retention', { months: value });
        expect(wrong.status, value).toBe(400);
        expect(wrong.body).toContain('Skriv et helt antal måneder fra 1 til 120');
        expect(wrong.body).toContain(`value="${value}"`);
      }
      const runWithout = await admin.post('/desk/retention/run', {});
      expect(runWithout.status).toBe(400);
      expect((await contactOf(old.id)).contact_email).toBe('rita@example.dk');
    });

    it('removes contact details only from challenges closed longer ago than the period', async () => {
      const saved = await admin.post('/desk/retention', { months: '12' });
      expect(saved.status).toBe(303);
      expect(saved.location).toBe('/desk/settings?besked=retention-saved');
      expect((await admin.get('/desk/settings')).body).toContain(
        'Kontaktoplysninger fjernes 12 måneder efter',
      );
      const run = await admin.post('/desk/retention/run', {});
      expect(run.status).toBe(303);
      expect(run.location).toBe('/desk/settings?besked=retention-applied');

      const gone = await contactOf(old.id);
      expect(gone.contact_email).toBeNull();
      expect(gone.contact_removed_at).not.toBeNull();
      expect(gone.organisation).toBe('Ritas Forening');
      expect(gone.body).toBe('Gammel tekst');
      const envelope = JSON.parse(gone.envelope);
      expect(envelope.author).toEqual({ actorType: 'citizen', organisation: 'Ritas Forening' });
      expect(envelope.text.body).toBe('Gammel tekst');
      for (const kept of [recent, open]) {
        const row = await contactOf(kept.id);
        expect(row.contact_email).toBe('rita@example.dk');
        expect(row.envelope).toContain('Rita Retention');
      }
      const found = await facilitator.post('/desk/people', { query: 'rita@example.dk' });
      expect(found.body).toContain('2 svar fra personen');

      const changed = await audit('retention-changed');
      expect(changed.at(-1)).toMatchObject({ staff_id: admin.staff.id, detail: '12 måneder' });
      const applied = await audit('retention-applied');
      expect(applied.at(-1)).toMatchObject({ staff_id: admin.staff.id, detail: '1 svar' });
      expect((await admin.get('/desk/settings')).body).toContain('1 svar fik fjernet');
    });

    it('is applied when the receiver starts', async () => {
      const late = await post(
        receiver,
        answerFrom(
          { name: 'Sune Start', email: 'sune@example.dk' },
          { challengeId: 'lukket-ved-start' },
        ),
      );
      await receiver.db.query('UPDATE challenges SET closed_at = $1 WHERE id = $2', [
        months(24),
        'lukket-ved-start',
      ]);
      const second = await startTestReceiver({ db: database.db });
      try {
        expect((await contactOf(late.id)).contact_email).toBeNull();
        const applied = await audit('retention-applied');
        expect(applied.at(-1)).toMatchObject({ staff_id: null, detail: '1 svar' });
      } finally {
        await second.receiver.close();
      }
    });
  });

  describe('the exports', () => {
    let offer: { id: string; reference: string };
    let tricky: { id: string; reference: string };
    const TRICKY_BODY = 'semikolon; komma, "citat"\nny linje\r\nog =SUM(A1:A9)';

    beforeAll(async () => {
      offer = await post(
        receiver,
        answerFrom(
          { actorType: 'association', organisation: 'Lunde Borgerforening' },
          { kind: 'offer', challengeId: 'stadig-aaben', title: '+45 ringer', body: 'Lokale' },
        ),
      );
      tricky = await post(
        receiver,
        answerFrom(
          { name: '@Hacker', email: 'hacker@example.dk' },
          {
            challengeId: 'stadig-aaben',
            title: '=HYPERLINK("http://x.example","klik")',
            body: TRICKY_BODY,
          },
        ),
      );
      // Known times, summer and winter, to check Copenhagen's time in the files.
      await receiver.db.query('UPDATE submissions SET received_at = $1 WHERE id = $2', [
        new Date('2026-07-01T10:00:00Z'),
        offer.id,
      ]);
      await receiver.db.query('UPDATE submissions SET received_at = $1 WHERE id = $2', [
        new Date('2026-01-15T10:00:00Z'),
        tricky.id,
      ]);
    });

    it('need a session or an API key in the header; a key in the URL is ignored', async () => {
      const key = await apiKey(receiver, admin.staff);
      for (const path of ['/desk/export/answers.csv', '/desk/export/answers.xlsx']) {
        const none = await download(receiver, path);
        expect(none.status, path).toBe(401);
        expect(none.headers.get('www-authenticate')).toContain('Bearer');
        expect((await download(receiver, `${path}?key=${key}`)).status).toBe(401);
        expect((await download(receiver, `${path}?token=${key}`)).status).toBe(401);
        expect((await download(receiver, path, { authorization: `Bearer ${key}x` })).status).toBe(
          401,
        );
        const withKey = await download(receiver, path, { authorization: `Bearer ${key}` });
        expect(withKey.status).toBe(200);
        expect(withKey.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
        expect(withKey.headers.get('cache-control')).toBe('no-store');
        expect((await download(receiver, path, { cookie: facilitator.cookie })).status).toBe(200);
      }
      const exports = await audit('answers-exported');
      const byKey = exports.find((row) => row.staff_id === null);
      expect(byKey?.detail).toContain('API-nøgle »Tests«');
      expect(exports.some((row) => row.staff_id === facilitator.staff.id)).toBe(true);
    });

    it('answer a HEAD with the headers only, and audit nothing', async () => {
      const before = (await audit('answers-exported')).length;
      const head = await fetch(`${receiver.url}/desk/export/answers.csv`, {
        method: 'HEAD',
        headers: { cookie: facilitator.cookie },
      });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect((await audit('answers-exported')).length).toBe(before);
    });

    it('CSV: BOM, codes and labels, UTC and local time, quoting and the formula guard', async () => {
      const csv = await download(receiver, '/desk/export/answers.csv?challenge=stadig-aaben', {
        cookie: facilitator.cookie,
      });
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      const text = csv.bytes.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [head, ...rows] = rfc4180Rows(text.slice(1));
      // Every line has every column: no quote, comma or line break split a cell.
      expect(rows.every((row) => row.length === head!.length)).toBe(true);
      const records = csvRecords(text.slice(1));
      expect(records.every((row) => row['Udfordring (id)'] === 'stadig-aaben')).toBe(true);
      const byRef = new Map(records.map((row) => [row.Reference, row]));
      expect(byRef.get(tricky.reference)).toMatchObject({
        Tekst: TRICKY_BODY,
        Overskrift: '\'=HYPERLINK("http://x.example","klik")',
        Navn: "'@Hacker",
        'Modtaget (UTC, ISO 8601)': '2026-01-15T10:00:00.000Z',
        Modtaget: '2026-01-15 11:00',
      });
      expect(byRef.get(offer.reference)).toMatchObject({
        Modtaget: '2026-07-01 12:00',
        'Type (kode)': 'offer',
        Type: 'Tilbud',
        Afsender: 'Forening',
        Ressource: 'Lokale',
        Overskrift: "'+45 ringer",
        Status: 'Ny',
      });
      const [exported] = (await audit('answers-exported')).filter((row) =>
        row.detail?.startsWith('udfordring=stadig-aaben'),
      );
      expect(exported?.subject).toBe('csv');
      expect(exported?.detail).toBe(`udfordring=stadig-aaben; ${rows.length} svar`);
    });

    it('xlsx: Danish headers and labels, local time as dates, text cells, formulas kept as text', async () => {
      const file = await download(
        receiver,
        '/desk/export/answers.xlsx?challenge=stadig-aaben&q=lokale',
        { cookie: facilitator.cookie },
      );
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const all = await download(receiver, '/desk/export/answers.xlsx?challenge=stadig-aaben', {
        cookie: facilitator.cookie,
      });
      const { sheet, rows } = await readXlsx(all.bytes);
      expect(sheet.name).toBe('Svar');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = rows[0]!;
      expect(header.map((cell) => cell.value)).toContain('Modtaget');
      expect(header.every((cell) => cell.font?.bold === true)).toBe(true);
      expect(sheet.getColumn(1).width).toBeGreaterThan(8);
      // Times are date cells (issue 20); every other cell is text.
      const times = header
        .filter((cell) =>
          ['Modtaget', 'Personoplysninger slettet', 'Kontaktoplysninger fjernet'].includes(
            String(cell.value),
          ),
        )
        .map((cell) => Number(cell.col));
      for (const [index, row] of rows.entries()) {
        for (const cell of row) {
          const time = index > 0 && times.includes(Number(cell.col));
          expect(cell.numFmt, cell.address).toBe(time ? 'yyyy-mm-dd hh:mm' : '@');
          if (cell.value !== null)
            expect(
              time ? cell.value instanceof Date : typeof cell.value === 'string',
              cell.address,
            ).toBe(true);
          expect(cell.formula, cell.address).toBeUndefined();
        }
      }
      const byRef = new Map(records(rows).map((row) => [row.Reference, row]));
      const t = byRef.get(tricky.reference)!;
      expect(t.Overskrift).toBe('=HYPERLINK("http://x.example","klik")');
      // Line breaks as Excel writes them.
      expect(t.Tekst).toBe(TRICKY_BODY.replace('\r\n', '\n'));
      expect(t.Navn).toBe('@Hacker');
      expect(t.Modtaget).toBe('2026-01-15 11:00');
      const o = byRef.get(offer.reference)!;
      expect(o).toMatchObject({
        Modtaget: '2026-07-01 12:00',
        Type: 'Tilbud',
        Afsender: 'Forening',
        Ressource: 'Lokale',
        Organisation: 'Lunde Borgerforening',
        Overskrift: '+45 ringer',
        Status: 'Ny',
        Kilde: 'Hjemmesiden',
      });
      const filtered = records((await readXlsx(file.bytes)).rows);
      expect(filtered.map((row) => row.Reference)).toEqual([offer.reference]);
      const exports = await audit('answers-exported');
      expect(
        exports.some(
          (row) => row.detail === 'udfordring=stadig-aaben, søgning (tekst ikke gemt); 1 svar',
        ),
      ).toBe(true);
      expect(await allAudit()).not.toContain('lokale');
    });
  });
});
