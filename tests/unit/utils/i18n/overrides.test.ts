import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../../../utils/i18n/all';
import { applyOverrides, OVERRIDE_MAX } from '../../../../utils/i18n/overrides';

const apply = (input: unknown, locale: 'da' | 'ar' | 'pl' = 'da') => {
  const warn = vi.fn();
  const result = applyOverrides(CATALOGUES[locale], locale, input, warn, 'data-strings (test)');
  return { result, warnings: warn.mock.calls.map(([message]) => message as string) };
};

describe("a municipality's own wording", () => {
  it("replaces the named strings of the visitor's language, and nothing else", () => {
    const { result, warnings } = apply({
      da: { 'answer.kind.offer': 'Giv en hånd', 'list.region': 'Lunde Kommunes udfordringer' },
      en: { 'answer.kind.offer': 'Lend a hand' },
    });
    expect(warnings).toEqual([]);
    expect(result.answer['kind.offer']).toBe('Giv en hånd');
    expect(result.list.region).toBe('Lunde Kommunes udfordringer');
    expect(result.answer.submit).toBe(CATALOGUES.da.answer.submit);
    // The shipped catalogue is left as it was.
    expect(CATALOGUES.da.answer['kind.offer']).toBe('Tilbyd hjælp');
  });

  it('takes a count as one text per plural form of the language', () => {
    const { result, warnings } = apply(
      {
        pl: {
          'list.count': {
            one: '{shown} z {count} zadania',
            few: '{shown} z {count} zadań',
            many: '{shown} z {count} zadań',
            other: '{shown} z {count} zadania',
          },
        },
      },
      'pl',
    );
    expect(warnings).toEqual([]);
    expect(result.list.count).toMatchObject({ few: '{shown} z {count} zadań' });
  });

  it('leaves out, naming each, what does not fit, and keeps the rest', () => {
    const { result, warnings } = apply({
      da: {
        'answer.nowhere': 'x',
        'nopart.submit': 'x',
        'answer.__proto__': 'x',
        'answer.submit': 42,
        'answer.back': '',
        'answer.discard': 'x'.repeat(OVERRIDE_MAX + 1),
        'answer.copy': 'Kopiér\u0007',
        'answer.reference': 'Nummer: {reference} {secret}',
        'list.count': 'Always one form',
        'answer.errorSummary': { one: 'Ret {count} fejl', many: 'x', other: 'Ret {count} fejl' },
        'answer.retryNow': 'Prøv nu',
      },
      xx: { 'answer.submit': 'x' },
    });
    expect(result.answer.retryNow).toBe('Prøv nu');
    expect(result.answer.submit).toBe('Send svar');
    expect(result.answer.reference).toBe(CATALOGUES.da.answer.reference);
    expect(result.list.count).toEqual(CATALOGUES.da.list.count);
    const named = (key: string) => warnings.filter((w) => w.includes(`"${key}"`));
    for (const key of [
      'answer.nowhere',
      'nopart.submit',
      'answer.__proto__',
      'answer.submit',
      'answer.back',
      'answer.discard',
      'answer.copy',
      'answer.reference',
      'list.count',
      'answer.errorSummary',
      'xx',
    ]) {
      expect(named(key), key).toHaveLength(1);
    }
    expect(named('answer.reference')[0]).toContain('{secret}');
    expect(warnings).toHaveLength(11);
  });

  it('ignores, with a warning, a file that is not sections of texts', () => {
    for (const input of [null, 'text', [], { da: 'x' }, { da: [1] }]) {
      const { result, warnings } = apply(input);
      expect(result).toBe(CATALOGUES.da);
      expect(warnings, JSON.stringify(input)).toHaveLength(1);
    }
  });

  it('keeps markup as the text it is: the widget renders every string as text', () => {
    const { result } = apply({ da: { 'answer.submit': '<img src=x onerror=alert(1)>' } });
    expect(result.answer.submit).toBe('<img src=x onerror=alert(1)>');
  });
});
