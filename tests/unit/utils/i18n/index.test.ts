import { describe, expect, it } from 'vitest';
import { formatDate, pickLocale, translator } from '../../../../utils/i18n';
import { answerMessages } from '../../../../utils/i18n/answer';
import { feedNotice } from '../../../../utils/i18n/feed-notice';
import { listMessages } from '../../../../utils/i18n/list';
import { navMessages } from '../../../../utils/i18n/nav';
import { othersMessages } from '../../../../utils/i18n/others';
import { formatDateTime } from '../../../../utils/i18n/time';

describe('pickLocale', () => {
  it('takes data-locale first, then the page lang, and Danish otherwise', () => {
    expect(pickLocale('en', 'da')).toBe('en');
    expect(pickLocale(undefined, 'en-GB')).toBe('en');
    expect(pickLocale('', 'EN-us')).toBe('en');
    expect(pickLocale(undefined, '')).toBe('da');
    expect(pickLocale('de', 'en')).toBe('da');
    expect(pickLocale(undefined, 'english')).toBe('da');
  });
});

describe('translator', () => {
  it('fills named placeholders and leaves none behind', () => {
    const t = translator({ hello: 'Hej {name}, du har {count} svar', bare: 'Hej {name}' });
    expect(t('hello', { name: 'Åse', count: 3 })).toBe('Hej Åse, du har 3 svar');
    expect(t('bare')).toBe('Hej ');
  });
});

describe('catalogues', () => {
  it('have the same keys and placeholders in Danish and English', () => {
    const feedNotices = { da: { notice: feedNotice.da }, en: { notice: feedNotice.en } };
    for (const messages of [
      answerMessages,
      listMessages,
      othersMessages,
      navMessages,
      feedNotices,
    ]) {
      const da = messages.da as Record<string, string>;
      const en = messages.en as Record<string, string>;
      expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      for (const key of Object.keys(da)) {
        expect(placeholders(en[key]!), key).toEqual(placeholders(da[key]!));
        expect(da[key]!.trim(), key).not.toBe('');
      }
    }
  });
});

describe('dates', () => {
  it('formats a calendar day per locale, whatever the time zone', () => {
    expect(formatDate('2026-12-01', 'da')).toBe('1. december 2026');
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('gives back what is not a date as it came', () => {
    expect(formatDate('snart', 'da')).toBe('snart');
    expect(formatDate('2026-13', 'da')).toBe('2026-13');
  });

  it('formats a moment with date and time', () => {
    const moment = new Date(2026, 10, 24, 14, 5).getTime();
    expect(formatDateTime(moment, 'da')).toMatch(/24\. nov\. 2026.*14\.05/);
    expect(formatDateTime(moment, 'en')).toMatch(/24 Nov 2026.*14:05/);
  });
});
