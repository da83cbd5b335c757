// The pure parts of personal data and exports: envelopes erased or stripped of contact details,
// what a person search reads a query as, the retention form, the audit log's words for a filter,
// Copenhagen time in the exports, the CSV row, and the daily timer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAnswerFilter } from '../../../server/data/answer-filter';
import { ERASED_TEXT, envelopeWithoutContact, erasedEnvelope } from '../../../server/data/erasure';
import { phoneVariants, readPersonQuery, referenceList } from '../../../server/data/people';
import { repeat } from '../../../server/data/retention';
import { parseEnvelope } from '../../../server/data/submissions';
import { filterSummary } from '../../../server/routes/desk/privacy/exports';
import { readMonths } from '../../../server/routes/desk/privacy/retention';
import { localTime } from '../../../server/web/export-formats';
import { csvRow } from '../../../utils/csv';
import { validSubmission } from '../fixtures';

describe('an erased envelope', () => {
  const offer = {
    ...validSubmission('offer'),
    author: {
      actorType: 'association' as const,
      name: 'Karen',
      organisation: 'Lunde Borgerforening',
      email: 'karen@example.dk',
      phone: '+45 12 34 56 78',
    },
    consent: { contact: true, textVersion: 'da-2026-11', publish: true },
  };

  it('keeps the facts and still fits the schema, with nothing the person wrote or is', () => {
    const erased = erasedEnvelope(JSON.stringify(offer));
    for (const gone of [
      'Karen',
      'karen@',
      '12 34',
      'Borgerforening',
      'Tirsdag',
      '"area"',
      'Købmandsgården',
    ])
      expect(erased, gone).not.toContain(gone);
    const parsed = parseEnvelope(erased);
    expect(parsed).toMatchObject({
      id: offer.id,
      kind: 'offer',
      challenge: offer.challenge,
      text: { body: ERASED_TEXT },
      author: { actorType: 'association' },
      offer: { resourceType: 'venue' },
      consent: offer.consent,
      createdAt: offer.createdAt,
    });
  });

  it('becomes an empty object when it is not one (edited by hand)', () => {
    expect(erasedEnvelope('not json')).toBe('{}');
    expect(erasedEnvelope('[1,2]')).toBe('{}');
  });

  it('without contact details keeps the organisation and the text, in the same key order', () => {
    const stripped = envelopeWithoutContact(JSON.stringify(offer));
    expect(JSON.parse(stripped).author).toEqual({
      actorType: 'association',
      organisation: 'Lunde Borgerforening',
    });
    expect(Object.keys(JSON.parse(stripped))).toEqual(Object.keys(offer));
    expect(parseEnvelope(stripped)?.text).toEqual(offer.text);
  });
});

describe('a person search', () => {
  it('reads an email, a phone number or a name', () => {
    expect(readPersonQuery(' Karen@Example.DK ')).toEqual({
      kind: 'email',
      values: ['karen@example.dk'],
    });
    expect(readPersonQuery('+45 12 34 56 78')?.kind).toBe('phone');
    expect(readPersonQuery('Karen Jensen')).toEqual({ kind: 'name', values: ['karen jensen'] });
    expect(readPersonQuery('   ')).toBeUndefined();
    expect(readPersonQuery('x'.repeat(255))).toBeUndefined();
  });

  it('finds a Danish number however it was written', () => {
    const forms = ['12345678', '+4512345678', '004512345678'];
    for (const typed of ['12 34 56 78', '+45 12 34 56 78', '0045 12345678'])
      expect(phoneVariants(typed).sort(), typed).toEqual(forms.sort());
    expect(phoneVariants('+46 70 123 45 67')).toEqual(['+46701234567']);
  });

  it('lists at most 20 references in the audit log', () => {
    const refs = Array.from({ length: 23 }, (_, i) => `SK-${i}`);
    expect(referenceList(refs)).toMatch(/^SK-0, SK-1, .*SK-19 og 3 flere$/);
    expect(referenceList(['SK-A'])).toBe('SK-A');
  });
});

describe('the retention form', () => {
  it('takes a whole number of months from 1 to 120, or nothing', () => {
    expect(readMonths(' 12 ')).toEqual({ months: 12 });
    expect(readMonths('')).toEqual({ months: undefined });
    for (const wrong of ['0', '121', '1.5', '-3', 'tolv', '1e2'])
      expect(readMonths(wrong), wrong).toMatchObject({ field: 'months' });
  });
});

describe("an export's filter in the audit log", () => {
  it('names the filter and leaves out what was searched for', () => {
    const filter = readAnswerFilter(
      new URLSearchParams('challenge=ensomhed-lunde&kind=offer&mayContact=ja&q=Karen Jensen'),
    );
    const summary = filterSummary(filter);
    expect(summary).toBe(
      'udfordring=ensomhed-lunde, type=offer, må kontaktes=ja, søgning (tekst ikke gemt)',
    );
    expect(summary).not.toContain('Karen');
    expect(filterSummary({})).toBe('alle svar');
  });
});

describe('times in the exports', () => {
  it('are Copenhagen time, summer and winter, sortable as text', () => {
    expect(localTime(new Date('2026-07-01T10:00:00Z'))).toBe('2026-07-01 12:00');
    expect(localTime(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16 00:30');
    expect(localTime(new Date('2026-10-25T00:59:00Z'))).toBe('2026-10-25 02:59');
    expect(localTime(new Date('2026-10-25T01:00:00Z'))).toBe('2026-10-25 02:00');
  });
});

describe('a CSV row', () => {
  it('quotes what would split it and guards formulas', () => {
    expect(csvRow(['a;b', 'c,d', 'e"f', 'g\nh', '=1+1', '+45 12', null, 3])).toBe(
      '"a;b","c,d","e""f","g\nh",\'=1+1,\'+45 12,,3\r\n',
    );
  });
});

describe('the daily run', () => {
  afterEach(() => vi.useRealTimers());

  it('runs on its interval, never twice at once, gives failures to onError, and stops', async () => {
    vi.useFakeTimers();
    let release: () => void = () => {};
    let runs = 0;
    const failures: unknown[] = [];
    const stop = repeat(
      () => {
        runs++;
        if (runs === 2) return Promise.reject(new Error('db down'));
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      1000,
      (error) => failures.push(error),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    expect(failures).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(3);
    const stopped = stop();
    release();
    await stopped;
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(3);
  });
});
