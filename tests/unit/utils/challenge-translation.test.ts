import { describe, expect, it } from 'vitest';
import { shownInLanguage } from '../../../utils/challenge-translation';
import { directionOf, isSupportedLanguage, primaryLanguage } from '../../../utils/languages';
import { Challenge } from '../../../utils/schema/challenge';

const challenge = Challenge.parse({
  id: 'ensomhed-lunde',
  title: 'Færre ensomme aftener',
  framing: 'Mange ældre bor alene.',
  questions: ['Hvad ser du?', 'Hvad foreslår du?'],
  url: 'https://kommune.example/samskab',
  translations: {
    uk: {
      title: 'Менше самотніх вечорів',
      framing: 'Багато літніх людей живуть самі.',
      questions: ['Що ви бачите?', 'Що ви пропонуєте?'],
    },
    ar: { title: 'أمسيات أقل وحدة' },
    pl: { framing: 'Wielu starszych ludzi mieszka samotnie.', questions: ['Co widzisz?'] },
  },
});

describe('shownInLanguage', () => {
  it('shows the translation in the reader language, for any tag of it', () => {
    for (const tag of ['uk', 'uk-UA', 'UK']) {
      const { challenge: shown, inDanish } = shownInLanguage(challenge, tag);
      expect(shown).toMatchObject({
        title: 'Менше самотніх вечорів',
        framing: 'Багато літніх людей живуть самі.',
        questions: ['Що ви бачите?', 'Що ви пропонуєте?'],
        id: 'ensomhed-lunde',
        url: 'https://kommune.example/samskab',
      });
      expect(inDanish).toEqual([]);
    }
  });

  it('shows the Danish of what is not translated, and names those parts', () => {
    const arabic = shownInLanguage(challenge, 'ar');
    expect(arabic.challenge).toMatchObject({
      title: 'أمسيات أقل وحدة',
      framing: 'Mange ældre bor alene.',
      questions: ['Hvad ser du?', 'Hvad foreslår du?'],
    });
    expect(arabic.inDanish).toEqual(['framing', 'questions']);
    // One question translated of two: the Danish questions, none of them lost.
    const polish = shownInLanguage(challenge, 'pl');
    expect(polish.challenge.questions).toEqual(['Hvad ser du?', 'Hvad foreslår du?']);
    expect(polish.inDanish).toEqual(['title', 'questions']);
    expect(shownInLanguage(challenge, 'so').inDanish).toEqual(['title', 'framing', 'questions']);
    expect(shownInLanguage(challenge, 'en').challenge.title).toBe('Færre ensomme aftener');
  });

  it('shows Danish to a Danish reader, or one whose language is no tag, as Danish', () => {
    for (const tag of ['da', 'da-DK', '', '12']) {
      expect(shownInLanguage(challenge, tag)).toEqual({ challenge, inDanish: [] });
    }
  });

  it('says nothing of questions a challenge does not have: the widget asks its own', () => {
    const { questions: _questions, ...without } = challenge;
    const shown = shownInLanguage(without, 'ar');
    expect(shown.challenge).not.toHaveProperty('questions');
    expect(shown.inDanish).toEqual(['framing']);
  });

  it('reads only its own translations, never an inherited one', () => {
    const plain = { ...challenge, translations: {} };
    expect(shownInLanguage(plain, 'constructor').inDanish).toEqual([]);
    expect(shownInLanguage(plain, 'toString').challenge.title).toBe('Færre ensomme aftener');
  });
});

describe('the translations in the schema', () => {
  const parse = (translations: unknown) =>
    Challenge.safeParse({ ...challenge, translations }).success;

  it('takes any language code as a key, each part optional', () => {
    expect(parse({ de: {} })).toBe(true);
    expect(parse({ uk: { questions: [] } })).toBe(true);
  });

  it('drops a "__proto__" key, touching no prototype but its own object', () => {
    const parsed = Challenge.parse({
      ...challenge,
      translations: JSON.parse('{"__proto__": {"title": "x"}, "uk": {"title": "y"}}'),
    });
    expect(Object.keys(parsed.translations ?? {})).toEqual(['uk']);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
    expect(shownInLanguage(parsed, 'uk').challenge.title).toBe('y');
  });

  it('refuses a key that is no language code, too many languages, and texts out of bounds', () => {
    expect(parse({ 'uk-UA': { title: 'x' } })).toBe(false);
    expect(parse({ UK: { title: 'x' } })).toBe(false);
    const many = Object.fromEntries(
      Array.from({ length: 21 }, (_, i) => [`a${String.fromCharCode(97 + i)}`, {}]),
    );
    expect(parse(many)).toBe(false);
    expect(parse({ uk: { title: '' } })).toBe(false);
    expect(parse({ uk: { title: 'x'.repeat(201) } })).toBe(false);
    expect(parse({ uk: { questions: Array.from({ length: 6 }, () => 'q') } })).toBe(false);
    expect(parse({ uk: { title: 7 } })).toBe(false);
    expect(parse([])).toBe(false);
  });
});

describe('the supported languages', () => {
  it('read a tag as its language, in lower case', () => {
    expect(primaryLanguage('uk-UA')).toBe('uk');
    expect(primaryLanguage(' AR ')).toBe('ar');
    expect(primaryLanguage('zh_Hant')).toBe('zh');
    for (const tag of ['', '1', 'x', 'abcd', '--', undefined, null]) {
      expect(primaryLanguage(tag)).toBeUndefined();
    }
  });

  it('are the eight of issue 22, Arabic and Farsi right to left', () => {
    expect(['da', 'en', 'ar', 'fa', 'tr', 'pl', 'uk', 'so'].every(isSupportedLanguage)).toBe(true);
    expect(isSupportedLanguage('de')).toBe(false);
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('so')).toBe('ltr');
    expect(directionOf('he')).toBe('ltr');
  });
});
