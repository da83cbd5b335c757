import { describe, expect, it } from 'vitest';
import { formatDate, pickLocale, translator } from '../../../../utils/i18n';
import { formatDateTime } from '../../../../utils/i18n/time';

describe('pickLocale', () => {
  it("takes the visitor's choice first, then data-locale, then the page lang, and Danish otherwise", () => {
    expect(pickLocale('en', 'da')).toBe('en');
    expect(pickLocale(undefined, 'en-GB')).toBe('en');
    expect(pickLocale('', 'EN-us')).toBe('en');
    expect(pickLocale(undefined, '')).toBe('da');
    expect(pickLocale(undefined, 'english')).toBe('da');
    expect(pickLocale(undefined, 'de')).toBe('da');
    expect(pickLocale('en', 'da', 'uk')).toBe('uk');
    expect(pickLocale('en', 'da', null)).toBe('en');
  });

  it('reads each language in any region, and skips what it does not speak', () => {
    expect(pickLocale(undefined, 'ar-EG')).toBe('ar');
    expect(pickLocale(undefined, 'fa-AF')).toBe('fa');
    expect(pickLocale(undefined, 'uk_UA')).toBe('uk');
    expect(pickLocale('so', 'da')).toBe('so');
    // A remembered value that is not a language (storage edited by hand) is passed over.
    expect(pickLocale('tr', 'da', 'klingon')).toBe('tr');
    expect(pickLocale('de', 'pl')).toBe('pl');
  });
});

describe('translator', () => {
  it('fills named placeholders and leaves none behind', () => {
    const t = translator({ hello: 'Hej {name}, du har {count} svar', bare: 'Hej {name}' }, 'da');
    expect(t('hello', { name: 'Åse', count: 3 })).toBe('Hej Åse, du har 3 svar');
    expect(t('bare')).toBe('Hej ');
  });

  it('picks a plural form by the count through the language\'s rules, "other" when one is missing', () => {
    const t = translator(
      { n: { one: '{count} fejl', few: '{count} błędy', other: '{count} x' } },
      'pl',
    );
    expect(t('n', { count: 1 })).toBe('1 fejl');
    expect(t('n', { count: 3 })).toBe('3 błędy');
    // "many" is missing: "other" stands in.
    expect(t('n', { count: 5 })).toBe('5 x');
  });

  it('shows a key the catalogue lacks as itself, which the browser tests look for', () => {
    const t = translator({} as Record<string, string>, 'da');
    expect(t('nowhere')).toBe('nowhere');
  });
});

describe('dates', () => {
  it('formats a calendar day per locale, whatever the time zone', () => {
    expect(formatDate('2026-12-01', 'da')).toBe('1. december 2026');
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDate('2026-12-01', 'pl')).toBe('1 grudnia 2026');
  });

  it('writes Farsi dates in the Gregorian calendar, and Somali ones as numbers', () => {
    // The municipality's deadline, not the Solar Hijri 10 Azar 1405.
    expect(formatDate('2026-12-01', 'fa')).toMatch(/۲۰۲۶/);
    expect(formatDate('2026-12-01', 'fa')).toMatch(/دسامبر/);
    expect(formatDate('2026-12-01', 'so')).toBe('01/12/2026');
  });

  it('gives back what is not a date as it came', () => {
    expect(formatDate('snart', 'da')).toBe('snart');
    expect(formatDate('2026-13', 'da')).toBe('2026-13');
  });

  it('formats a moment with date and time', () => {
    const moment = new Date(2026, 10, 24, 14, 5).getTime();
    expect(formatDateTime(moment, 'da')).toMatch(/24\. nov\. 2026.*14\.05/);
    expect(formatDateTime(moment, 'en')).toMatch(/24 Nov 2026.*14:05/);
    expect(formatDateTime(moment, 'so')).toMatch(/24\/11\/2026.*14:05/);
  });
});
