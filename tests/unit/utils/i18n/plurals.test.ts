// The counts as each language says them, through the catalogues and the translator the widget
// and the extension use: no "1 errors", no "1 af 1 udfordringer".
import { describe, expect, it } from 'vitest';
import { extensionMessages } from '../../../../extension/i18n';
import { translator } from '../../../../utils/i18n';
import { CATALOGUES } from '../../../../utils/i18n/all';
import type { Locale } from '../../../../utils/i18n/languages';

const list = (locale: Locale) => translator(CATALOGUES[locale].list, locale);
const answer = (locale: Locale) => translator(CATALOGUES[locale].answer, locale);
const others = (locale: Locale) => translator(CATALOGUES[locale].others, locale);

describe('Danish', () => {
  it('says one challenge, two challenges', () => {
    expect(list('da')('count', { shown: 1, count: 1 })).toBe('1 af 1 udfordring');
    expect(list('da')('count', { shown: 5, count: 12 })).toBe('5 af 12 udfordringer');
    expect(answer('da')('errorSummary', { count: 1 })).toBe('Ret 1 fejl, før du sender:');
    expect(answer('da')('showMore', { count: 1 })).toBe('Vis 1 svar mere');
  });
});

describe('English', () => {
  it('says one error, two errors', () => {
    expect(answer('en')('errorSummary', { count: 1 })).toBe(
      'Please correct 1 error before you send:',
    );
    expect(answer('en')('errorSummary', { count: 2 })).toBe(
      'Please correct 2 errors before you send:',
    );
    expect(list('en')('count', { shown: 1, count: 1 })).toBe('1 of 1 challenge');
    expect(answer('en')('error.tooLong', { count: 4000 })).toBe('At most 4000 characters.');
    expect(answer('en')('showMore', { count: 1 })).toBe('Show 1 more answer');
    const counts = others('en');
    expect(
      counts('counts', {
        need: counts('count.need', { count: 3 }),
        proposal: counts('count.proposal', { count: 1 }),
        offer: counts('count.offer', { count: 2 }),
      }),
    ).toBe('Answers so far: 3 on what they see, 1 proposal, 2 offers of help.');
    const extension = translator(extensionMessages.en, 'en');
    expect(extension('outbox.attention', { count: 1 })).toBe('1 could not be sent');
  });
});

describe('Arabic', () => {
  it('has its six forms: zero, one, two, few (3–10), many (11–99) and other (100 …)', () => {
    const t = answer('ar');
    expect(t('errorSummary', { count: 1 })).toBe('يُرجى تصحيح خطأ واحد قبل الإرسال:');
    expect(t('errorSummary', { count: 2 })).toBe('يُرجى تصحيح خطأين قبل الإرسال:');
    expect(t('errorSummary', { count: 3 })).toBe('يُرجى تصحيح 3 أخطاء قبل الإرسال:');
    expect(t('errorSummary', { count: 11 })).toBe('يُرجى تصحيح 11 خطأً قبل الإرسال:');
    expect(t('errorSummary', { count: 100 })).toBe('يُرجى تصحيح 100 خطأ قبل الإرسال:');
    expect(t('error.tooLong', { count: 4000 })).toBe('الحد الأقصى 4000 حرف.');
    expect(list('ar')('count', { shown: 1, count: 1 })).toBe('1 من تحدٍّ واحد');
    expect(list('ar')('count', { shown: 2, count: 2 })).toBe('2 من تحدّيين');
    expect(list('ar')('count', { shown: 5, count: 12 })).toBe('5 من 12 تحدّيًا');
  });
});

describe('Polish', () => {
  it('has one, few (2–4, 22–24 …) and many (5–21 …)', () => {
    const t = answer('pl');
    expect(t('errorSummary', { count: 1 })).toBe('Popraw 1 błąd przed wysłaniem:');
    expect(t('errorSummary', { count: 3 })).toBe('Popraw 3 błędy przed wysłaniem:');
    expect(t('errorSummary', { count: 5 })).toBe('Popraw 5 błędów przed wysłaniem:');
    expect(t('errorSummary', { count: 22 })).toBe('Popraw 22 błędy przed wysłaniem:');
    expect(t('error.tooLong', { count: 4000 })).toBe('Najwyżej 4000 znaków.');
    expect(others('pl')('count.proposal', { count: 2 })).toBe('2 propozycje');
    expect(others('pl')('count.offer', { count: 12 })).toBe('12 ofert pomocy');
    const extension = translator(extensionMessages.pl, 'pl');
    expect(extension('outbox.queued', { count: 3 })).toBe('3 czekają');
    expect(extension('outbox.queued', { count: 5 })).toBe('5 czeka');
  });
});

describe('Ukrainian', () => {
  it('has one (1, 21 …), few (2–4 …) and many (5–20, 11–14 …)', () => {
    const t = answer('uk');
    expect(t('errorSummary', { count: 1 })).toBe('Виправте 1 помилку перед надсиланням:');
    expect(t('errorSummary', { count: 21 })).toBe('Виправте 21 помилку перед надсиланням:');
    expect(t('errorSummary', { count: 3 })).toBe('Виправте 3 помилки перед надсиланням:');
    expect(t('errorSummary', { count: 11 })).toBe('Виправте 11 помилок перед надсиланням:');
    expect(t('showMore', { count: 5 })).toBe('Показати ще 5 відповідей');
    expect(list('uk')('count', { shown: 1, count: 1 })).toBe('1 з 1 виклику');
    expect(list('uk')('count', { shown: 5, count: 12 })).toBe('5 з 12 викликів');
  });
});

describe('Turkish, Farsi and Somali', () => {
  it('keep the noun as it is after a number, as the languages do', () => {
    expect(list('tr')('count', { shown: 1, count: 1 })).toBe('1/1 mesele');
    expect(list('tr')('count', { shown: 5, count: 12 })).toBe('5/12 mesele');
    expect(answer('fa')('errorSummary', { count: 2 })).toBe(
      'لطفاً پیش از فرستادن 2 اشکال را درست کنید:',
    );
    expect(list('so')('count', { shown: 1, count: 1 })).toBe('1 ka mid ah 1 caqabad');
    expect(list('so')('count', { shown: 5, count: 12 })).toBe('5 ka mid ah 12 caqabadood');
  });
});
