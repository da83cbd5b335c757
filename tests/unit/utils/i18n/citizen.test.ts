// The receiver's words to citizens (utils/i18n/citizen.ts): the language an answer's stored
// `language` picks, Danish for anything else, and counts in each language's plural forms.
import { describe, expect, it } from 'vitest';
import { citizenLocale, citizenWords } from '../../../../utils/i18n/citizen';

describe('the language a citizen is spoken to in', () => {
  it("is the answer's language when the receiver speaks it, Danish otherwise", () => {
    expect(citizenLocale('so')).toBe('so');
    expect(citizenLocale('uk-UA')).toBe('uk');
    expect(citizenLocale('AR')).toBe('ar');
    expect(citizenLocale('de')).toBe('da');
    expect(citizenLocale('')).toBe('da');
    expect(citizenLocale(null)).toBe('da');
    expect(citizenLocale(undefined)).toBe('da');
  });

  it('carries the direction and the status names of the widget', () => {
    expect(citizenWords('ar').dir).toBe('rtl');
    expect(citizenWords('fa').dir).toBe('rtl');
    expect(citizenWords('so').dir).toBe('ltr');
    expect(citizenWords('uk').status['in-review']).toBe('На розгляді');
    expect(citizenWords('da').others['kind.offer']).toBe('Tilbud om hjælp');
  });

  it("counts answers in each language's forms", () => {
    const uk = citizenWords('uk').mail;
    expect(uk('update.subjectMany', { count: 2 })).toBe('Новини про 2 ваші відповіді');
    expect(uk('update.subjectMany', { count: 5 })).toBe('Новини про 5 ваших відповідей');
    const pl = citizenWords('pl').mail;
    expect(pl('outcome.subjectMany', { count: 3 })).toBe(
      'Wyniki 3 wyzwań, na które odpowiedziałeś',
    );
    expect(citizenWords('da').mail('outcome.subjectMany', { count: 2 })).toBe(
      'Udfaldet af 2 udfordringer, du har svaret på',
    );
  });
});
