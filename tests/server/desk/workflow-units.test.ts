// The pure parts of issue 20's desk changes: Copenhagen times typed into forms, the day an answer
// registered by hand came in, what a form may carry through a sign-in and from where, the list of
// the municipality's own numbers, the spreadsheet's wall-clock times, and the access document's
// Danish lines.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  decodeKept,
  encodeKept,
  isFormAction,
  KEPT_MAX_CHARS,
} from '../../../server/data/kept-forms';
import { readOwnContactLines } from '../../../server/data/own-contacts';
import { contactAllowList, looksPersonal } from '../../../server/data/personal-data';
import { receivedAtOf } from '../../../server/routes/desk/answers/answer-register';
import { describeEvent } from '../../../server/routes/desk/answers/answer-view';
import { wallClock } from '../../../server/web/export-formats';
import { formPage, fromOwnPage } from '../../../server/web/form-origin';
import { envelopeRows, historyLine } from '../../../server/web/person-document';
import { copenhagenTime, localInputValue } from '../../../utils/copenhagen-time';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const OWN = 'http://127.0.0.1:8080';

describe('Copenhagen times typed into a form', () => {
  it.each([
    ['2027-02-03T08:30', '2027-02-03T07:30:00.000Z'],
    ['2027-07-01T08:30', '2027-07-01T06:30:00.000Z'],
    ['2027-03-28T03:30', '2027-03-28T01:30:00.000Z'],
    ['2027-10-31T12:00', '2027-10-31T11:00:00.000Z'],
  ])('reads %s as %s', (typed, utc) => {
    const at = copenhagenTime(typed)!;
    expect(at.toISOString()).toBe(utc);
    expect(localInputValue(at)).toBe(typed);
  });

  it.each(['', 'i morgen', '2027-02-30T10:00', '2027-02-03 08:30', '2027-02-03T24:00'])(
    'reads %j as no time',
    (typed) => {
      expect(copenhagenTime(typed)).toBeUndefined();
    },
  );
});

describe('the day an answer registered by hand came in', () => {
  const now = new Date('2027-06-10T21:30:00Z'); // 23:30 in Copenhagen, 10 June

  it('is now for today or none given, midday in Copenhagen for an earlier day', () => {
    expect(receivedAtOf('', now)).toBe(now);
    expect(receivedAtOf('2027-06-10', now)).toBe(now);
    expect(receivedAtOf('2027-06-03', now)).toEqual(new Date('2027-06-03T11:00:00Z'));
    expect(receivedAtOf('2027-06-11', now)).toBe('future');
    expect(receivedAtOf('2027-02-30', now)).toBe('invalid');
    expect(receivedAtOf('03-06-2027', now)).toBe('invalid');
    expect(receivedAtOf('1999-12-31', now)).toBe('invalid');
  });
});

describe('what a form carries through a sign-in', () => {
  it('carries typed fields in order, never the stale token or a password', () => {
    const form = new URLSearchParams([
      ['_csrf', 'stale'],
      ['note', 'a & b'],
      ['seeking', 'need'],
      ['seeking', 'offer'],
      ['password', 'hemmelig'],
      ['new-password', 'x'],
      ['<script>', 'x'],
    ]);
    const encoded = encodeKept(form);
    expect(encoded).toBe('note=a+%26+b&seeking=need&seeking=offer');
    expect(decodeKept(encoded as string)).toEqual([
      ['note', 'a & b'],
      ['seeking', 'need'],
      ['seeking', 'offer'],
    ]);
    expect(encodeKept(new URLSearchParams('_csrf=x'))).toBeUndefined();
  });

  it('refuses what is too large, on the way in and on the way back', () => {
    expect(encodeKept(new URLSearchParams({ note: 'x'.repeat(KEPT_MAX_CHARS) }))).toBe('too-large');
    const many = new URLSearchParams(Array.from({ length: 101 }, (_, i) => [`f${i}`, 'x']));
    expect(encodeKept(many)).toBe('too-large');
    expect(decodeKept(many.toString())).toBeUndefined();
    expect(decodeKept(`note=${'x'.repeat(KEPT_MAX_CHARS)}`)).toBeUndefined();
    expect(decodeKept('')).toBeUndefined();
    expect(decodeKept('_csrf=x&password=y')).toBeUndefined();
  });

  it.each([
    ['/desk/answers/0b1e/notes', true],
    ['/desk/challenges', true],
    ['/desk', true],
    ['/desk/../api/submissions', false],
    ['/desk//x', false],
    ['/desk/x?y=1', false],
    ['https://evil.example/desk', false],
    ['/deskx', false],
    ['//evil.example/desk', false],
  ])('takes %s as a form address: %s', (path, ok) => {
    expect(isFormAction(path)).toBe(ok);
  });

  it('believes a post came from the desk only when the browser says so', () => {
    expect(fromOwnPage(request({ origin: OWN }), OWN)).toBe(true);
    expect(fromOwnPage(request({ origin: 'https://evil.example' }), OWN)).toBe(false);
    expect(fromOwnPage(request({ origin: 'null' }), OWN)).toBe(false);
    expect(fromOwnPage(request({ 'sec-fetch-site': 'same-origin' }), OWN)).toBe(true);
    expect(fromOwnPage(request({ 'sec-fetch-site': 'same-site' }), OWN)).toBe(false);
    expect(fromOwnPage(request({ referer: `${OWN}/desk` }), OWN)).toBe(false);
    expect(fromOwnPage(request({}), OWN)).toBe(false);
    expect(fromOwnPage(request({ origin: OWN }), undefined)).toBe(false);
  });

  it('reads the page a form was on from Referer, only a desk page of this origin', () => {
    const page = (referer: string) => formPage(request({ referer }), OWN);
    expect(page(`${OWN}/desk/answers/x?side=2&besked=saved`)).toBe('/desk/answers/x?side=2');
    expect(page(`${OWN}/desk`)).toBe('/desk');
    expect(page('https://evil.example/desk/answers/x')).toBeUndefined();
    expect(page(`${OWN}/api/challenges`)).toBeUndefined();
    expect(page(`${OWN}/deskx`)).toBeUndefined();
    expect(page('not a url')).toBeUndefined();
    expect(formPage(request({}), OWN)).toBeUndefined();
  });
});

describe("the municipality's own numbers and addresses", () => {
  it('takes one number or address a line, and says which line is not one', () => {
    expect(readOwnContactLines(' 72 10 20 30 \n\nborgerservice@lunde.dk\n72 10 20 30')).toEqual({
      ok: true,
      entries: ['72 10 20 30', 'borgerservice@lunde.dk'],
    });
    expect(readOwnContactLines('')).toEqual({ ok: true, entries: [] });
    for (const [typed, line] of [
      ['72 10 20 30\nomstillingen', 2],
      ['Ring på 72 10 20 30', 1],
      ['72 10 20 30 og 12 34 56 78', 1],
    ] as const) {
      const read = readOwnContactLines(typed);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.message).toContain(`Linje ${line}`);
    }
    expect(readOwnContactLines(Array(51).fill('72102030').join('\n')).ok).toBe(false);
  });

  it('lets a text hold them in any common form, and nobody else’s', () => {
    const allowed = contactAllowList(['72 10 20 30', 'Borgerservice@Lunde.dk']);
    expect(looksPersonal('Ring på 72 10 20 30.', allowed)).toBeUndefined();
    expect(looksPersonal('Ring på +45 72102030.', allowed)).toBeUndefined();
    expect(looksPersonal('Skriv til borgerservice@lunde.dk', allowed)).toBeUndefined();
    expect(looksPersonal('Ring på 72 10 20 30 eller til Karen på 12 34 56 78.', allowed)).toBe(
      'phone',
    );
    expect(looksPersonal('Ring på 72 10 20 30.')).toBe('phone');
  });
});

describe('the spreadsheet’s times', () => {
  it('are Copenhagen wall-clock times, summer and winter', () => {
    expect(wallClock(new Date('2026-07-15T10:00:00Z')).toISOString()).toBe(
      '2026-07-15T12:00:00.000Z',
    );
    expect(wallClock(new Date('2026-01-15T23:30:00Z')).toISOString()).toBe(
      '2026-01-16T00:30:00.000Z',
    );
  });
});

describe('history in words', () => {
  const event = (what: string, detail: string | null, at = '2026-05-01T10:00:00Z') => ({
    at: new Date(at),
    staffId: null,
    staffName: null,
    what,
    detail,
  });
  const erasedAt = new Date('2026-05-02T10:00:00Z');

  it('says "slettet" where erasure cleared a value, and the value after it', () => {
    expect(describeEvent(event('status', null), [], erasedAt)).toBe('Status ændret til slettet');
    expect(describeEvent(event('assignee', null), [], erasedAt)).toBe('Ansvarlig ændret (slettet)');
    expect(describeEvent(event('duplicate-of', null), [], erasedAt)).toBe(
      'Markeret som dublet af slettet',
    );
    expect(describeEvent(event('erased', null, '2026-05-02T10:00:00Z'), [], erasedAt)).toBe(
      'Personoplysninger slettet',
    );
    expect(describeEvent(event('assignee', null), [], null)).toBe('Ansvarlig fjernet');
    expect(describeEvent(event('status', 'done', '2026-05-03T10:00:00Z'), [], erasedAt)).toBe(
      'Status ændret til Gennemført',
    );
    expect(describeEvent(event('contact-removed', null), [], null)).toBe(
      'Kontaktoplysninger fjernet efter opbevaringsperioden',
    );
  });

  it("names the access document's events and envelope fields in Danish", () => {
    expect(
      historyLine({ at: '2026-05-01T10:00:00.000Z', what: 'status', status: 'in-review' }),
    ).toBe('Status ændret: Under behandling');
    expect(historyLine({ at: '2026-05-01T10:00:00.000Z', what: 'status', status: null })).toBe(
      'Status ændret: slettet',
    );
    expect(historyLine({ at: '2026-05-01T10:00:00.000Z', what: 'note' })).toBe('Note skrevet');
    const rows = envelopeRows({
      text: { title: 'Bænke', body: 'Flere' },
      author: { actorType: 'association', organisation: 'Lunde IF' },
      offer: { resourceType: 'venue' },
      consent: { contact: false, publish: true },
    }).filter(([, value]) => value !== null);
    expect(rows).toEqual([
      ['Overskrift', 'Bænke'],
      ['Tekst', 'Flere'],
      ['Hvad du tilbyder', 'Lokale'],
      ['Svarer som', 'Forening'],
      ['Organisation', 'Lunde IF'],
      ['Må kommunen kontakte dig om svaret', 'Nej'],
      ['Må svaret offentliggøres uden navn og kontaktoplysninger', 'Ja'],
    ]);
  });
});
