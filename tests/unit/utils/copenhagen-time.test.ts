import { describe, expect, it } from 'vitest';
import { nextDigestAt } from '../../../server/data/staff-news';
import {
  copenhagenOffsetMs,
  dayInWords,
  fromCopenhagenWall,
  inCopenhagen,
} from '../../../utils/copenhagen-time';

const HOUR = 3_600_000;

describe('the one Copenhagen formatter', () => {
  it('writes each format in Danish on Copenhagen’s clock, summer and winter', () => {
    const summer = new Date('2026-07-01T10:00:00Z');
    expect(inCopenhagen(summer)).toMatch(/^1\. jul\. 2026.*12\.00$/);
    expect(inCopenhagen(summer, 'longDateTime')).toMatch(/^1\. juli 2026.*12\.00$/);
    expect(inCopenhagen(summer, 'date')).toBe('1. jul. 2026');
    expect(inCopenhagen(summer, 'longDate')).toBe('1. juli 2026');
    expect(inCopenhagen(new Date('2026-01-15T23:30:00Z'), 'sortable')).toBe('2026-01-16 00:30');
    expect(inCopenhagen(new Date('2026-01-15T23:30:00Z'), 'isoDay')).toBe('2026-01-16');
  });

  it('writes a day as that day, whatever the zone', () => {
    expect(dayInWords('2027-03-31')).toBe('31. marts 2027');
    expect(dayInWords('2026-10-25', 'date')).toBe('25. okt. 2026');
  });

  it('knows the offset and finds the moment a wall clock shows, across summer time', () => {
    expect(copenhagenOffsetMs(new Date('2026-07-01T10:00:00Z'))).toBe(2 * HOUR);
    expect(copenhagenOffsetMs(new Date('2026-01-01T10:00:00Z'))).toBe(HOUR);
    expect(fromCopenhagenWall(Date.UTC(2026, 2, 29, 7)).toISOString()).toBe(
      '2026-03-29T05:00:00.000Z',
    );
    expect(fromCopenhagenWall(Date.UTC(2026, 9, 25, 7)).toISOString()).toBe(
      '2026-10-25T06:00:00.000Z',
    );
  });

  it('sends the daily mail at 07:00 Copenhagen time on the days summer time starts and ends', () => {
    expect(nextDigestAt(new Date('2026-03-28T07:00:00Z')).toISOString()).toBe(
      '2026-03-29T05:00:00.000Z',
    );
    expect(nextDigestAt(new Date('2026-10-24T06:00:00Z')).toISOString()).toBe(
      '2026-10-25T06:00:00.000Z',
    );
  });
});
