// The answers' pure parts: the check for contact details in public texts, text made visible, the
// search words, the desk's variant of the envelope and the registration form's verdict.
import { describe, expect, it } from 'vitest';
import { challengesInArea, prefixQuery } from '../../../server/data/answer-filter';
import { pageNumber } from '../../../server/data/answers';
import { looksPersonal } from '../../../server/data/personal-data';
import {
  checkRegistration,
  readRegisterForm,
} from '../../../server/routes/desk/answers/answer-register';
import { pickedIds } from '../../../server/routes/desk/answers/list';
import { visibleText } from '../../../server/ui/visible-text';
import { Challenge, DeskSubmission, Submission } from '../../../utils/schema/index';
import { NAMED_ONLY_CHALLENGE, validSubmission } from '../fixtures';

describe('contact details in a public text', () => {
  it.each([
    ['Skriv til karen@example.dk', 'email'],
    ['Ring på 12345678', 'phone'],
    ['Ring på 12 34 56 78', 'phone'],
    ['Ring på 1234 5678', 'phone'],
    ['Tlf. +45 12345678', 'phone'],
    ['Tlf. 0045 12 34 56 78', 'phone'],
    ['Ring +46 70 123 45 67', 'phone'],
  ])('finds %s', (text, kind) => {
    expect(looksPersonal(text)).toBe(kind);
  });

  it.each([
    'Vi mødes i 2026-2027 kl. 10-12.',
    'Der er 250 ældre i Lunde, og 1234 har svaret.',
    'Tak for dit forslag @kommunen.',
    'Se sag 2026/1234 og uge 12.',
  ])('lets %s pass', (text) => {
    expect(looksPersonal(text)).toBeUndefined();
  });
});

describe('text made visible', () => {
  it('shows control characters and bidirectional controls, keeps line breaks and tabs', () => {
    expect(visibleText('a\u0007b\u0000c')).toBe('a\u2407b\u2400c');
    expect(visibleText('x\u202Ey\u2066z')).toBe('x[U+202E]y[U+2066]z');
    expect(visibleText('én\r\nto\rtre\n\tfire')).toBe('én\nto\ntre\n\tfire');
    expect(visibleText('\u007f\u0085')).toBe('\u2421[U+0085]');
    expect(visibleText('æøå "<>" 🚲')).toBe('æøå "<>" 🚲');
  });
});

describe('search words', () => {
  it('matches each word as the start of a word, and keeps only letters and digits', () => {
    expect(prefixQuery('cykel')).toBe('cykel:*');
    expect(prefixQuery('  Ensomme  ældre ')).toBe('Ensomme:* & ældre:*');
    expect(prefixQuery("'a' & !(b) | c:* <-> d")).toBe('a:* & b:* & c:* & d:*');
    expect(prefixQuery('!!! ---')).toBeUndefined();
  });
});

describe('the list', () => {
  it('reads page numbers and ticked ids defensively', () => {
    expect(pageNumber('3')).toBe(3);
    for (const bad of [null, '', '0', '-1', '1.5', 'x', '1e400']) expect(pageNumber(bad)).toBe(1);
    const id = '0b7c4c6e-7a39-4f5e-9d53-2b5f1b1d2e11';
    const form = new URLSearchParams([
      ['id', id],
      ['id', id.toUpperCase()],
      ['id', "1' OR '1'='1"],
    ]);
    expect(pickedIds(form)).toEqual([id]);
    const many = new URLSearchParams(
      Array.from({ length: 80 }, (_, i) => [
        'id',
        `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      ]),
    );
    expect(pickedIds(many)).toHaveLength(50);
  });

  it("finds the challenges whose own area matches, as the offer's area is matched", () => {
    const challenges = [{ id: 'a', area: 'Lunde' }, { id: 'b', area: 'Nordvest' }, { id: 'c' }];
    expect(challengesInArea(challenges, 'lun')).toEqual(['a']);
    expect(challengesInArea(challenges, undefined)).toEqual([]);
  });
});

describe("the desk's envelope", () => {
  it('takes source desk where the public one refuses it, with the same rules', () => {
    const desk = { ...validSubmission('need'), source: 'desk' };
    expect(Submission.safeParse(desk).success).toBe(false);
    expect(DeskSubmission.safeParse(desk).success).toBe(true);
    expect(DeskSubmission.safeParse(validSubmission('offer')).success).toBe(true);
    // The cross-field rules hold in both: an offer needs its offer; contact details need consent.
    const { offer: _, ...noOffer } = validSubmission('offer');
    expect(DeskSubmission.safeParse({ ...noOffer, source: 'desk' }).success).toBe(false);
    const unconsented = {
      ...desk,
      author: { actorType: 'citizen', email: 'a@b.dk' },
      consent: { contact: false, textVersion: 'v' },
    };
    expect(DeskSubmission.safeParse(unconsented).error?.issues[0]?.path).toEqual([
      'consent',
      'contact',
    ]);
    // The public schema's output is as before: key order included.
    expect(Object.keys(Submission.parse(validSubmission('need')))).toEqual(
      Object.keys(DeskSubmission.parse(desk)),
    );
  });
});

describe('registering an answer', () => {
  const challenge = Challenge.parse({
    id: 'ensomhed-lunde',
    title: 'Færre ensomme aftener',
    framing: 'Mange ældre sidder alene.',
    url: 'https://kommune.example/samskab/ensomhed-lunde',
  });
  const made = {
    id: '0b7c4c6e-7a39-4f5e-9d53-2b5f1b1d2e11',
    now: new Date('2026-11-28T10:00:00Z'),
  };
  const form = (fields: Record<string, string>) => readRegisterForm(new URLSearchParams(fields));

  it('builds a desk envelope from the fields the kind takes', () => {
    const verdict = checkRegistration(
      form({
        challenge: challenge.id,
        kind: 'need',
        channel: 'brev',
        body: 'Min nabo er alene.',
        resourceType: 'venue',
        availability: 'Ignoreres for et behov',
        canHelpImplement: 'ja',
        actorType: 'relative',
        publish: 'ja',
      }),
      challenge,
      made,
    );
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.channel).toBe('brev');
    expect(verdict.submission).toMatchObject({
      id: made.id,
      source: 'desk',
      kind: 'need',
      canHelpImplement: true,
      challenge: { id: challenge.id, title: challenge.title, url: challenge.url },
      consent: { contact: false, publish: true },
      pageUrl: challenge.url,
      createdAt: '2026-11-28T10:00:00.000Z',
    });
    expect(verdict.submission.offer).toBeUndefined();
  });

  it('says what is wrong at each field, in the order of the form', () => {
    const verdict = checkRegistration(
      form({ kind: 'offer', body: '', email: 'nej', actorType: 'citizen' }),
      undefined,
      made,
    );
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.errors.map((error) => error.field)).toEqual([
      'challenge',
      'channel',
      'body',
      'resourceType',
      'email',
    ]);
  });

  it('asks for a name and a way to reach the person when the challenge does', () => {
    const named = Challenge.parse(NAMED_ONLY_CHALLENGE);
    const verdict = checkRegistration(
      form({
        kind: 'offer',
        channel: 'moede',
        body: 'Har en cykel.',
        resourceType: 'equipment',
        actorType: 'citizen',
        name: 'Bo',
      }),
      named,
      made,
    );
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.errors.map((error) => error.field)).toEqual(['email']);
  });
});
