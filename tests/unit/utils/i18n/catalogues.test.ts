// Every language's catalogue against the Danish one, which sets the keys, key by key: the same
// keys, the same placeholders, the plural forms the language needs (CLDR, through the same
// Intl.PluralRules the widget uses), and nothing left in English by mistake.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionMessages } from '../../../../extension/i18n';
import type { Message, Messages } from '../../../../utils/i18n';
import { CATALOGUES } from '../../../../utils/i18n/all';
import { CITIZEN_CATALOGUES } from '../../../../utils/i18n/citizen';
import { LOCALES, type Locale, REVIEW } from '../../../../utils/i18n/languages';
import { LANGUAGE_NAMES } from '../../../../utils/i18n/names';

const PARTS = ['list', 'answer', 'others', 'receipt', 'followup', 'status'] as const;

/**
 * Each part of a language, as flat messages, the extension's own strings, and the receiver's
 * words to citizens (the status page and the mails; utils/i18n/citizen.ts).
 */
function partsOf(locale: Locale): Record<string, Messages> {
  const catalogue = CATALOGUES[locale];
  return {
    ...Object.fromEntries(PARTS.map((part) => [part, catalogue[part] as Messages])),
    extension: extensionMessages[locale] as Messages,
    statusPage: CITIZEN_CATALOGUES[locale].statusPage as Messages,
    mail: CITIZEN_CATALOGUES[locale].mail as Messages,
  };
}

const placeholders = (text: string) => new Set(text.match(/\{\w+\}/g) ?? []);
const forms = (message: Message) =>
  typeof message === 'string' ? [message] : (Object.values(message) as string[]);
const union = (message: Message) => new Set(forms(message).flatMap((f) => [...placeholders(f)]));
const categories = (locale: Locale) =>
  new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();

/**
 * Values that may be the same as the English one: names, and words the languages share. Kept
 * short on purpose; a new entry says why.
 */
const SAME_AS_ENGLISH = new Set([
  'Samskab',
  'OK',
  // Danish and English: the same word.
  'Status',
  'Note',
]);
/** Allowed to equal the English: a name of the list above, or no words at all (numbers, URLs). */
const allowedSame = (text: string) =>
  SAME_AS_ENGLISH.has(text) ||
  !/\p{L}/u.test(text.replace(/\{\w+\}/g, '').replace(/https?:\/\/\S+/g, ''));

describe.each(LOCALES.filter((l) => l !== 'da'))('the %s catalogue', (locale) => {
  const danish = partsOf('da');
  const theirs = partsOf(locale);

  it('has the Danish keys, part by part, and no others', () => {
    for (const [part, messages] of Object.entries(danish)) {
      expect(Object.keys(theirs[part]!).sort(), part).toEqual(Object.keys(messages).sort());
    }
  });

  it('uses the same placeholders as Danish, and the plural forms its language needs', () => {
    for (const [part, messages] of Object.entries(danish)) {
      for (const [key, original] of Object.entries(messages)) {
        const value = theirs[part]![key]!;
        const where = `${part}.${key}`;
        expect(typeof value, where).toBe(typeof original);
        // A form may leave out the count ("one error"), never another placeholder.
        const needed = [...union(original)].filter((p) => p !== '{count}');
        for (const text of forms(value)) {
          expect(
            [...placeholders(text)].every((p) => union(original).has(p)),
            where,
          ).toBe(true);
          for (const placeholder of needed) expect(text, where).toContain(placeholder);
        }
        if (typeof value !== 'string') {
          expect(Object.keys(value).sort(), where).toEqual(categories(locale));
          // The number shows in "other", which covers most counts.
          if (union(original).has('{count}')) expect(value.other, where).toContain('{count}');
        }
      }
    }
  });

  it('says nothing empty, and nothing in English that should have been translated', () => {
    const english = partsOf('en');
    const untranslated: string[] = [];
    for (const [part, messages] of Object.entries(theirs)) {
      for (const [key, value] of Object.entries(messages)) {
        for (const text of forms(value)) expect(text.trim(), `${part}.${key}`).toBe(text);
        for (const text of forms(value)) expect(text, `${part}.${key}`).not.toBe('');
        if (locale === 'en') continue;
        const theirsText = JSON.stringify(value);
        if (
          theirsText === JSON.stringify(english[part]![key]) &&
          !forms(value).every(allowedSame)
        ) {
          untranslated.push(`${part}.${key}`);
        }
      }
    }
    expect(untranslated).toEqual([]);
  });
});

describe('the Danish catalogue', () => {
  it('uses plural forms where a count changes the words, in Danish or in English', () => {
    const danish = partsOf('da');
    for (const [part, messages] of Object.entries(danish)) {
      for (const [key, message] of Object.entries(messages)) {
        if (typeof message === 'string') continue;
        expect(Object.keys(message).sort(), `${part}.${key}`).toEqual(categories('da'));
      }
    }
  });
});

describe('the languages', () => {
  it('run right to left in Arabic and Farsi, left to right in the rest', () => {
    for (const locale of LOCALES) {
      expect(CATALOGUES[locale].dir, locale).toBe(
        locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr',
      );
    }
  });

  it('are each named in themselves, and say whether a native speaker has checked them', () => {
    expect(LANGUAGE_NAMES).toEqual({
      da: 'Dansk',
      en: 'English',
      ar: 'العربية',
      fa: 'فارسی',
      tr: 'Türkçe',
      pl: 'Polski',
      uk: 'Українська',
      so: 'Soomaali',
    });
    for (const locale of LOCALES)
      expect(REVIEW[locale] === false || REVIEW[locale].length > 0).toBe(true);
  });

  it('are listed in docs/webmasters.md with their review, as languages.ts records it', () => {
    const readme = readFileSync(
      join(import.meta.dirname, '../../../../docs/webmasters.md'),
      'utf8',
    );
    for (const locale of LOCALES) {
      const row = readme
        .split('\n')
        .find(
          (line) => line.includes(`| \`${locale}\` |`) && line.includes(LANGUAGE_NAMES[locale]),
        );
      expect(row, locale).toBeDefined();
      expect(row, locale).toContain(REVIEW[locale] ? `yes, ${REVIEW[locale]}` : 'not yet');
    }
  });
});
