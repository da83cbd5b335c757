// A reference finds its answer everywhere (issue 20, point 4), over HTTP on PGlite and PostgreSQL:
// the answer list's search in any case, with or without "SK-"; /desk/answers/SK-… sends the
// browser to the answer; Personoplysninger finds the answer, and the person's other answers (the
// same e-mail or phone) only once staff record how they confirmed who is asking, in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReference } from '../../../server/data/reference';
import type { RunningReceiver } from '../../../server/start';
import { type OpenTestDatabase, startTestReceiver, TEST_DATABASES } from '../fixtures';
import { type DeskClient, signedIn } from './desk-client';
import { answerFrom, challenge, post } from './privacy-support';

const KAREN = { name: 'Karen Jensen', email: 'karen@example.dk' };

const references = (page: string) =>
  [...page.matchAll(/<a href="\/desk\/answers\/[0-9a-f-]{36}">(SK-[A-Z0-9]{6})<\/a>/g)].map(
    (match) => match[1]!,
  );

describe('a reference as people type it', () => {
  it.each([
    ['SK-ZGZ79X', 'SK-ZGZ79X'],
    ['sk-zgz79x', 'SK-ZGZ79X'],
    ['zgz79x', 'SK-ZGZ79X'],
    [' SK ZGZ 79X ', 'SK-ZGZ79X'],
    ['SKZGZ79X', 'SK-ZGZ79X'],
    ['SK-SKABCD', 'SK-SKABCD'],
    ['SKABCD', 'SK-SKABCD'],
  ])('reads %j as %s', (typed, reference) => {
    expect(readReference(typed)).toBe(reference);
  });

  it.each(['SK-ZGZ79', 'SK-ZGZ79XX', 'SK-0GZ79X', 'ensom', 'karen@example.dk', 'SK--ZGZ79X1'])(
    'reads %j as no reference',
    (typed) => {
      expect(readReference(typed)).toBeUndefined();
    },
  );
});

describe.each(TEST_DATABASES)('references on the desk on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let desk: DeskClient;
  let first: { id: string; reference: string };
  let second: { id: string; reference: string };
  let byPhone: { id: string; reference: string };
  let other: { id: string; reference: string };
  let anonymous: { id: string; reference: string };

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({
      db: database.db,
      seed: [challenge('lunde'), challenge('nord')],
    }));
    desk = await signedIn(receiver);
    first = await post(receiver, answerFrom(KAREN, { challengeId: 'lunde', title: 'Bænke' }));
    second = await post(receiver, answerFrom(KAREN, { challengeId: 'nord', title: 'Lys' }));
    byPhone = await post(
      receiver,
      answerFrom({ phone: '+45 12 34 56 78' }, { challengeId: 'nord', title: 'Telefon' }),
    );
    other = await post(
      receiver,
      answerFrom({ name: 'Ole', email: 'ole@example.dk' }, { challengeId: 'lunde' }),
    );
    anonymous = await post(receiver, answerFrom({}, { challengeId: 'lunde', title: 'Anonym' }));
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it('finds an answer by its reference in the list, in any case, with or without SK-', async () => {
    const code = first.reference.slice(3);
    for (const q of [first.reference, first.reference.toLowerCase(), code, code.toLowerCase()]) {
      const page = await desk.get(`/desk/answers?q=${encodeURIComponent(q)}`);
      expect(page.status, q).toBe(200);
      expect(references(page.body), q).toEqual([first.reference]);
    }
    // Words still find what they say.
    const words = await desk.get('/desk/answers?q=lys');
    expect(references(words.body)).toEqual([second.reference]);
  });

  it('sends /desk/answers/<reference> to the answer, in any case', async () => {
    for (const typed of [
      first.reference,
      first.reference.toLowerCase(),
      first.reference.slice(3),
    ]) {
      const response = await desk.get(`/desk/answers/${typed}`);
      expect(response.status, typed).toBe(303);
      expect(response.location).toBe(`/desk/answers/${first.id}`);
    }
    const contact = await desk.get(`/desk/answers/${first.reference}?kontakt=vis`);
    expect(contact.location).toBe(`/desk/answers/${first.id}?kontakt=vis`);
    expect((await desk.get('/desk/answers/SK-222222')).status).toBe(404);
  });

  it('finds one answer by reference in Personoplysninger, and the rest only after the identity is confirmed', async () => {
    const found = await desk.post('/desk/people', { query: first.reference.toLowerCase() });
    expect(found.status).toBe(200);
    expect(found.body).toContain(`Svaret ${first.reference}`);
    expect(found.body).toContain('Hvordan har du bekræftet, at personen har skrevet svaret?');
    expect(references(found.body)).toEqual([first.reference]);
    expect(found.body).not.toContain(second.reference);
    const [searched] = await receiver.db.query<{ subject: string; detail: string }>(
      "SELECT subject, detail FROM audit_log WHERE action = 'person-searched'",
    );
    // The log says it was a reference, not which.
    expect(searched).toEqual({ subject: 'reference', detail: '1 svar fundet' });

    const unchecked = await desk.post('/desk/people/identity', { reference: first.reference });
    expect(unchecked.status).toBe(400);
    expect(unchecked.body).toContain('Vælg, hvordan du har bekræftet identiteten.');
    expect(unchecked.body).not.toContain(second.reference);

    const confirmed = await desk.post('/desk/people/identity', {
      reference: first.reference,
      check: 'mitid',
    });
    expect(confirmed.status).toBe(200);
    expect(references(confirmed.body).sort()).toEqual([first.reference, second.reference].sort());
    expect(confirmed.body).not.toContain(other.reference);
    expect(confirmed.body).toContain('Hent de valgte svar som JSON');
    const audit = await receiver.db.query<{ staff_id: string; subject: string; detail: string }>(
      "SELECT staff_id, subject, detail FROM audit_log WHERE action = 'identity-confirmed'",
    );
    expect(audit).toEqual([
      {
        staff_id: desk.staff.id,
        subject: first.reference,
        detail:
          'Personen har bekræftet sin identitet med MitID (fx i en henvendelse via Digital Post); 2 svar fundet',
      },
    ]);
  });

  it('finds the answers sharing a phone number, and an anonymous answer alone', async () => {
    const phone = await desk.post('/desk/people/identity', {
      reference: byPhone.reference,
      check: 'kontakt',
    });
    expect(references(phone.body)).toEqual([byPhone.reference]);
    const alone = await desk.post('/desk/people/identity', {
      reference: anonymous.reference,
      check: 'legitimation',
    });
    expect(references(alone.body)).toEqual([anonymous.reference]);
    const made = await desk.post('/desk/people/identity', {
      reference: 'SK-222222',
      check: 'mitid',
    });
    expect(made.status).toBe(400);
    const invented = await desk.post('/desk/people/identity', {
      reference: first.reference,
      check: 'troede-paa-det',
    });
    expect(invented.status).toBe(400);
  });

  it('reads a six-letter name that could be a reference as the name, when no answer has it', async () => {
    await post(receiver, answerFrom({ name: 'Hansen', email: 'h@example.dk' }));
    const found = await desk.post('/desk/people', { query: 'Hansen' });
    expect(found.body).toContain('1 svar fra personen</h2>');
    expect(found.body).not.toContain('Hvordan har du bekræftet');
  });
});
