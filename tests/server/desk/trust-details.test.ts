// The smaller breaks of trust of issue 20, point 8, over HTTP on PGlite and PostgreSQL: history
// after an erasure says "slettet", not "null"; an access request as a Danish document to hand
// over; the municipality's own numbers and addresses, kept by admins, allowed in public texts;
// Registrér et svar with the day it came in and an address for news; Danish pages for mistyped
// desk addresses; and the spreadsheet's dates, filter, frozen header and new columns.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../../server/start';
import type { Submission } from '../../../utils/schema/index';
import {
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
  validSubmission,
} from '../fixtures';
import { type DeskClient, signedIn } from './desk-client';
import { answerFrom, challenge, post } from './privacy-support';

const SWITCHBOARD = 'Ring på 72 10 20 30, eller skriv til borgerservice@lunde.dk.';

describe.each(TEST_DATABASES)('trust in the details on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let desk: DeskClient;
  let admin: DeskClient;

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({
      db: database.db,
      seed: [challenge('lunde')],
      // Mail on (an address for news is kept only when mail can go to it), delivered nowhere.
      smtpUrl: 'smtp://127.0.0.1:9',
      mailFrom: 'samskab@lunde.dk',
      mailTransport: { sendMail: async () => {} },
    }));
    desk = await signedIn(receiver);
    admin = await signedIn(receiver, { role: 'admin' });
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it('says "slettet" in the history where erasure cleared a value, never null', async () => {
    const answer = await post(receiver, answerFrom({ name: 'Sofie', email: 's@example.dk' }));
    await desk.post(`/desk/answers/${answer.id}/status`, { status: 'in-review', action: 'save' });
    await desk.post(`/desk/answers/${answer.id}/assignee`, { assignee: desk.staff.id });
    const before = await desk.get(`/desk/answers/${answer.id}`);
    expect(before.body).toContain('Status ændret til Under behandling');
    await desk.post('/desk/people/erase', { answer: answer.id, confirm: 'ja' });
    const page = await desk.get(`/desk/answers/${answer.id}`);
    expect(page.body).not.toMatch(/null|undefined/);
    expect(page.body).toContain('Status ændret til slettet');
    expect(page.body).toContain('Ansvarlig ændret (slettet)');
    expect(page.body).toContain('Personoplysninger slettet');
    // What happens after the erasure keeps its value.
    await desk.post(`/desk/answers/${answer.id}/status`, { status: 'done', action: 'save' });
    expect((await desk.get(`/desk/answers/${answer.id}`)).body).toContain(
      'Status ændret til Gennemført',
    );
  });

  it('hands an access request over as a Danish document, with no English keys', async () => {
    const answer = await post(
      receiver,
      answerFrom(
        { name: 'Karen <b>Jensen</b>', email: 'karen@example.dk', phone: '12345678' },
        { challengeId: 'lunde', title: 'Bænke ved søen', body: 'Flere bænke, tak.' },
      ),
    );
    await desk.post(`/desk/answers/${answer.id}/status`, { status: 'in-review', action: 'save' });
    await desk.post(`/desk/answers/${answer.id}/notes`, { note: 'Ringede til Karen.' });
    const results = await desk.post('/desk/people', { query: 'karen@example.dk' });
    expect(results.body).toContain('formaction="/desk/people/document"');
    const document = await desk.post('/desk/people/document', { answer: answer.id });
    expect(document.status).toBe(200);
    expect(document.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(document.headers.get('cache-control')).toBe('no-store');
    const text = document.body;
    expect(text).toContain('<html lang="da">');
    expect(text).toContain('Dine svar og hvad kommunen har registreret om dem');
    for (const label of [
      `Svar ${answer.reference}`,
      'Modtaget',
      'Udfordring lunde',
      'Under behandling',
      'Bænke ved søen',
      'Flere bænke, tak.',
      'Karen &lt;b&gt;Jensen&lt;/b&gt;',
      'Må kommunen kontakte dig om svaret',
      'Interne noter',
      'Ringede til Karen.',
      'Status ændret: Under behandling',
    ]) {
      expect(text, label).toContain(label);
    }
    for (const key of ['statusLabel', 'receivedAt', 'actorType', '"answer"', 'null']) {
      expect(text, key).not.toContain(key);
    }
    const [audit] = await receiver.db.query<{ subject: string; detail: string }>(
      "SELECT subject, detail FROM audit_log WHERE action = 'person-exported'",
    );
    expect(audit).toEqual({ subject: answer.reference, detail: '1 svar, som dokument' });
    expect((await desk.post('/desk/people/document', {})).status).toBe(400);
  });

  it("lets public texts hold the municipality's own numbers and addresses, once an admin lists them", async () => {
    const template = { name: 'Omstillingen', text: SWITCHBOARD };
    const refused = await desk.post('/desk/templates', template);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('ser ud til at indeholde');

    expect((await desk.post('/desk/own-contacts', { contacts: '72 10 20 30' })).status).toBe(403);
    const wrong = await admin.post('/desk/own-contacts', { contacts: '72 10 20 30\nomstillingen' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('Linje 2 er ikke ét telefonnummer eller én e-mailadresse');
    const saved = await admin.post('/desk/own-contacts', {
      contacts: '72 10 20 30\r\n\r\nborgerservice@lunde.dk\n',
    });
    expect(saved.location).toBe('/desk/settings?besked=own-contacts-saved');
    const settings = await admin.get('/desk/settings');
    expect(settings.body).toContain('72 10 20 30\nborgerservice@lunde.dk</textarea>');
    const [audit] = await receiver.db.query<{ detail: string }>(
      "SELECT detail FROM audit_log WHERE action = 'own-contacts-changed'",
    );
    expect(audit!.detail).toBe('2 numre og adresser');

    expect((await desk.post('/desk/templates', template)).status).toBe(303);
    // The same number written another way is the same number; a citizen's is still refused.
    const answer = await post(receiver, answerFrom({}, { challengeId: 'lunde' }));
    const reply = await desk.post(`/desk/answers/${answer.id}/reply`, {
      reply: 'Ring på +45 72102030.',
      action: 'publish',
    });
    expect(reply.status).toBe(303);
    const citizen = await desk.post(`/desk/answers/${answer.id}/reply`, {
      reply: 'Ring til Karen på 12 34 56 78.',
      action: 'save',
    });
    expect(citizen.status).toBe(400);
    // Bulk publishing reads the same list.
    const second = await post(receiver, answerFrom({}, { challengeId: 'lunde' }));
    await desk.post(`/desk/answers/${second.id}/reply`, { reply: SWITCHBOARD, action: 'save' });
    await desk.post('/desk/answers/bulk', { id: second.id, action: 'publish-replies' });
    const [row] = await receiver.db.query<{ reply: string | null }>(
      'SELECT reply FROM submissions WHERE id = $1',
      [second.id],
    );
    expect(row!.reply).toBe(SWITCHBOARD);
  });

  it('registers an answer with the day it came in and an address for news, kept apart', async () => {
    const form = await desk.get('/desk/answers/new');
    expect(form.body).toContain(
      'Hvad tilbydes <span class="weight-normal">(skal vælges for et tilbud)</span>',
    );
    expect(form.body).not.toMatch(/Hvad tilbydes <span class="weight-normal">\(valgfri\)/);
    const fields = {
      challenge: 'lunde',
      kind: 'need',
      channel: 'brev',
      body: 'Et brev om bænke.',
      actorType: 'citizen',
      name: 'Bent',
      phone: '12 34 56 78',
      consent: 'ja',
    };
    const future = await desk.post('/desk/answers/new', { ...fields, receivedOn: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(future.body).toContain('Datoen er efter i dag.');
    const badMail = await desk.post('/desk/answers/new', { ...fields, updatesEmail: 'bent@' });
    expect(badMail.status).toBe(400);

    const registered = await desk.post('/desk/answers/new', {
      ...fields,
      receivedOn: '2026-03-02',
      updatesEmail: 'bent.nyt@example.dk',
    });
    expect(registered.status).toBe(303);
    const id = /\/desk\/answers\/([0-9a-f-]{36})/.exec(registered.location!)![1]!;
    expect(registered.location).toMatch(/besked=answer-registered$/);
    const [row] = await receiver.db.query<{
      received_at: Date;
      envelope: string;
      status_token: string | null;
    }>('SELECT received_at, envelope, status_token FROM submissions WHERE id = $1', [id]);
    // Midday in Copenhagen on that day.
    expect(new Date(row!.received_at).toISOString()).toBe('2026-03-02T11:00:00.000Z');
    expect(JSON.parse(row!.envelope).submittedAt).toBe('2026-03-02T11:00:00.000Z');
    expect(row!.envelope).not.toContain('bent.nyt');
    // A news mail's link works for an answer registered here too.
    expect(row!.status_token).toMatch(/^[\w-]{43}$/);
    // Kept apart, as a widget's is, and asked to confirm before any news goes to it.
    expect(
      await receiver.db.query(
        `SELECT r.email FROM answer_update_addresses a
         JOIN mail_recipients r ON r.id = a.recipient_id WHERE a.submission_id = $1`,
        [id],
      ),
    ).toEqual([{ email: 'bent.nyt@example.dk' }]);
    const page = await desk.get(`/desk/answers/${id}`);
    expect(page.body).toContain('men har endnu ikke bekræftet sin e-mailadresse');
    expect(page.body).not.toContain('bent.nyt');
  });

  it('answers mistyped desk addresses with a Danish page for a browser, JSON for a script', async () => {
    const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const page = await fetch(`${receiver.url}/desk/svaar`, { headers: browser });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const body = await page.text();
    expect(body).toContain('<html lang="da">');
    expect(body).toContain('<h1>Siden findes ikke</h1>');
    expect(body).toContain('href="/desk"');
    const script = await fetch(`${receiver.url}/desk/svaar`);
    expect(script.status).toBe(404);
    expect(await script.json()).toEqual({ error: 'not found' });

    const form = await fetch(`${receiver.url}/desk/answers/bulk`, { headers: browser });
    expect(form.status).toBe(405);
    expect(form.headers.get('allow')).toBe('POST');
    expect(await form.text()).toContain('Siden kan ikke åbnes sådan');
    const scripted = await fetch(`${receiver.url}/desk/answers/bulk`);
    expect(scripted.status).toBe(405);
    expect(await scripted.json()).toEqual({ error: 'method not allowed; use POST' });
  });

  it('exports dates as dates, with a filter, a frozen header and the missing columns', async () => {
    const need = await post(receiver, answerFrom({}, { challengeId: 'lunde', title: 'Behov' }));
    const base = validSubmission('offer');
    const offer: Submission = {
      ...base,
      challenge: { ...base.challenge, id: 'lunde' },
      consent: { ...base.consent, publish: true },
    };
    expect((await postSubmission(receiver, offer)).status).toBe(201);
    const original = await post(receiver, answerFrom({}, { challengeId: 'lunde' }));
    await desk.post(`/desk/connect/${offer.id}`, { other: need.id });
    await desk.post(`/desk/answers/${offer.id}/assignee`, { assignee: desk.staff.id });
    await desk.post(`/desk/answers/${need.id}/duplicate`, {
      original: original.reference.slice(3).toLowerCase(),
    });

    const response = await fetch(`${receiver.url}/desk/export/answers.xlsx?challenge=lunde`, {
      headers: { cookie: desk.cookie },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Svar')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(headers.length).letter}1`);
    for (const name of ['Ansvarlig', 'Dublet af', 'Koblinger', 'Må offentliggøres']) {
      expect(headers).toContain(name);
    }
    const column = (name: string) => headers.indexOf(name) + 1;
    const rowOf = (reference: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === reference) found = row;
      });
      return found!;
    };
    const [{ reference: offerReference }] = (await receiver.db.query<{ reference: string }>(
      'SELECT reference FROM submissions WHERE id = $1',
      [offer.id],
    )) as [{ reference: string }];
    const offerRow = rowOf(offerReference);
    const received = offerRow.getCell(column('Modtaget'));
    expect(received.type).toBe(ExcelJS.ValueType.Date);
    expect(received.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(offerRow.getCell(column('Ansvarlig')).value).toBe('Frida Facilitator');
    expect(offerRow.getCell(column('Koblinger')).value).toBe(need.reference);
    expect(offerRow.getCell(column('Må offentliggøres')).value).toBe('Ja');
    const needRow = rowOf(need.reference);
    expect(needRow.getCell(column('Dublet af')).value).toBe(original.reference);
    expect(needRow.getCell(column('Koblinger')).value).toBe(offerReference);
    // The CSV has them too, for systems.
    const csv = await (
      await fetch(`${receiver.url}/desk/export/answers.csv?challenge=lunde`, {
        headers: { cookie: desk.cookie },
      })
    ).text();
    expect(csv.split('\r\n')[0]).toContain('Ansvarlig,Dublet af,Koblinger');
  });
});

describe('registering an answer where the receiver sends no mail', () => {
  it('keeps no address for news, and says so', async () => {
    const { receiver } = await startTestReceiver({ seed: [challenge('lunde')] });
    try {
      const desk = await signedIn(receiver);
      const registered = await desk.post('/desk/answers/new', {
        challenge: 'lunde',
        kind: 'need',
        channel: 'telefon',
        body: 'Et opkald om bænke.',
        actorType: 'citizen',
        updatesEmail: 'bent.nyt@example.dk',
      });
      expect(registered.status).toBe(303);
      expect(registered.location).toMatch(/besked=answer-registered-no-mail$/);
      expect(await receiver.db.query('SELECT 1 FROM answer_update_addresses')).toEqual([]);
      const page = await desk.get(registered.location!);
      expect(page.body).toContain('Adressen til nyt om svaret er ikke gemt');
    } finally {
      await receiver.close();
    }
  });
});
