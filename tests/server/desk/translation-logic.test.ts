// The pure parts of issue 22 on the desk: the reply with its translation, the challenge form's
// translations, the language filter, Danish language names and the translation settings.
import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig, TRANSLATE_TIMEOUT_MS } from '../../../server/config';
import { filterParams, filterSql, readAnswerFilter } from '../../../server/data/answer-filter';
import {
  composeReply,
  replyTranslationProblem,
  translationBlock,
} from '../../../server/data/reply-translation';
import { readEnv } from '../../../server/env';
import {
  emptyTranslations,
  readTranslations,
  type TranslationsValues,
  type TranslationValues,
} from '../../../server/routes/desk/challenges/challenge-translations';
import { LANGUAGE_CHOICES, languageName } from '../../../server/ui/language-names';

describe('the reply with its translation', () => {
  it('is the Danish, then the translation beneath it after an empty line', () => {
    expect(composeReply('Tak.', 'Дякую.')).toBe('Tak.\n\nДякую.');
    expect(composeReply('Tak.', '  ')).toBe('Tak.');
    expect(composeReply('Tak.', null)).toBe('Tak.');
    expect(translationBlock(' Машинний переклад: ', 'Дякую.')).toBe('Машинний переклад:\nДякую.');
  });

  it('is refused when the Danish changed since it was translated, or is too long together', () => {
    expect(replyTranslationProblem('Tak.', 'Дякую.', 'Tak.')).toBeUndefined();
    // A browser sends CRLF where the stored text has LF.
    expect(replyTranslationProblem('Tak.\r\nHej.', 'Дякую.', 'Tak.\nHej.')).toBeUndefined();
    expect(replyTranslationProblem('Tak!', 'Дякую.', 'Tak.')).toMatch(/^Du har ændret beskeden/);
    expect(replyTranslationProblem('Tak!', '', 'Tak.')).toBeUndefined();
    expect(replyTranslationProblem('x'.repeat(1000), 'я'.repeat(998), 'x'.repeat(1000))).toBe(
      undefined,
    );
    expect(replyTranslationProblem('x'.repeat(1000), 'я'.repeat(999), 'x'.repeat(1000))).toMatch(
      /tilsammen højst være 2000 tegn/,
    );
  });
});

describe("the challenge form's translations", () => {
  const danish = ['Hvad ser du?', '', 'Hvad foreslår du?', '', ''];
  const values = (changes: Record<string, Partial<TranslationValues>>): TranslationsValues => {
    const all: Record<string, TranslationValues> = { ...emptyTranslations() };
    for (const [code, change] of Object.entries(changes)) {
      const own = all[code];
      if (own) all[code] = { ...own, ...change };
    }
    return all;
  };

  it('keeps what is written, trimmed, the questions at the Danish ones without gaps', () => {
    const read = readTranslations(
      values({
        uk: { title: ' Заголовок ', framing: '', questions: ['Що?', '', 'Чому?', '', ''] },
        en: { framing: 'We see.' },
      }),
      danish,
    );
    expect(read.errors).toEqual([]);
    expect(read.input).toEqual({
      en: { framing: 'We see.' },
      uk: { title: 'Заголовок', questions: ['Що?', 'Чому?'] },
    });
    expect(readTranslations(emptyTranslations(), danish)).toEqual({ input: undefined, errors: [] });
  });

  it('names the field of each problem', () => {
    const read = readTranslations(
      values({
        fa: { questions: ['', 'چرا؟', '', '', ''] },
        tr: { questions: ['Ne?', '', '', '', ''], title: 't'.repeat(201) },
      }),
      danish,
    );
    expect(read.errors).toEqual([
      { field: 't-fa-question-2', message: 'Der er intet dansk spørgsmål 2 at oversætte.' },
      { field: 't-tr-title', message: 'Titlen på tyrkisk må højst være 200 tegn.' },
      {
        field: 't-tr-question-3',
        message: 'Oversæt alle spørgsmålene til tyrkisk, eller ingen af dem.',
      },
    ]);
  });
});

describe('the language filter', () => {
  it('takes a language code as the column holds it, and nothing else', () => {
    expect(readAnswerFilter(new URLSearchParams('language=so'))).toEqual({ language: 'so' });
    for (const value of ['SO', 'uk-UA', "so' OR 1=1", '', 'abcd']) {
      expect(readAnswerFilter(new URLSearchParams({ language: value }))).toEqual({});
    }
    expect(filterParams({ language: 'so', kind: 'need' }).toString()).toBe('kind=need&language=so');
    expect(filterSql({ language: 'ar' })).toEqual({ where: 's.language = $1', params: ['ar'] });
  });
});

describe('languages in Danish', () => {
  it('are named as Danish writes them, a code for what it cannot name', () => {
    expect(LANGUAGE_CHOICES).toEqual([
      ['da', 'dansk'],
      ['en', 'engelsk'],
      ['ar', 'arabisk'],
      ['fa', 'persisk'],
      ['tr', 'tyrkisk'],
      ['pl', 'polsk'],
      ['uk', 'ukrainsk'],
      ['so', 'somali'],
    ]);
    expect(languageName('de')).toBe('tysk');
    expect(languageName('qqq')).toBe('qqq');
    expect(languageName('not a code')).toBe('not a code');
  });
});

describe('the translation settings', () => {
  it('are read from SAMSKAB_TRANSLATE_URL and SAMSKAB_TRANSLATE_KEY, or are none', () => {
    expect(readEnv({}, '/srv').translate).toBeUndefined();
    expect(readEnv({ SAMSKAB_TRANSLATE_URL: '  ' }, '/srv').translate).toBeUndefined();
    expect(
      readEnv(
        {
          SAMSKAB_TRANSLATE_URL: 'http://oversaet.kommune.local:5000',
          SAMSKAB_TRANSLATE_KEY: ' hemmelig ',
        },
        '/srv',
      ).translate,
    ).toEqual({
      url: 'http://oversaet.kommune.local:5000',
      key: 'hemmelig',
      timeoutMs: TRANSLATE_TIMEOUT_MS,
    });
    expect(TRANSLATE_TIMEOUT_MS).toBe(10_000);
  });

  it('refuse what is no http(s) URL, without quoting it', () => {
    for (const url of ['oversaet.local', 'ftp://user:hemmelig@oversaet.local', 'file:///etc/x']) {
      let error: unknown;
      try {
        resolveConfig({ translate: { url } });
      } catch (caught) {
        error = caught;
      }
      expect(error, url).toBeInstanceOf(ConfigError);
      expect(String(error)).toContain('SAMSKAB_TRANSLATE_URL');
      expect(String(error)).not.toContain('hemmelig');
    }
  });

  it('pass through resolveConfig unchanged', () => {
    const config = resolveConfig({
      translate: { url: 'https://oversaet.example', timeoutMs: 500 },
    });
    expect(resolveConfig(config).translate).toEqual(config.translate);
  });
});
