import { describe, expect, it } from 'vitest';
import { distinctValues, filterChallenges, fold } from '../../../utils/challenge-filter';
import type { Challenge } from '../../../utils/schema/challenge';

describe('filterChallenges', () => {
  const list: Challenge[] = [
    {
      ...base('ensomhed'),
      title: 'Færre ensomme aftener for ældre i Lunde',
      theme: 'ensomhed',
      area: 'Lunde',
    },
    { ...base('plejecenter'), title: 'Mere liv på plejecentret', theme: 'Ældre', area: 'Sønderby' },
    {
      ...base('bål'),
      title: 'Bålhytte til naturskolen',
      framing: 'Børn og café-kultur',
      theme: 'børn',
    },
  ];
  const ids = (found: Challenge[]) => found.map((c) => c.id);

  it('matches case-insensitively over title, framing, area and theme', () => {
    expect(ids(filterChallenges(list, { query: 'LUNDE' }))).toEqual(['ensomhed']);
    expect(ids(filterChallenges(list, { query: 'ÆLDRE' }))).toEqual(['ensomhed', 'plejecenter']);
    expect(ids(filterChallenges(list, { query: 'sønderby' }))).toEqual(['plejecenter']);
    expect(ids(filterChallenges(list, { query: 'kultur' }))).toEqual(['bål']);
  });

  it('lets æ/ø/å be typed as ae/oe/aa and ignores other accents', () => {
    expect(ids(filterChallenges(list, { query: 'aeldre' }))).toEqual(['ensomhed', 'plejecenter']);
    expect(ids(filterChallenges(list, { query: 'soenderby' }))).toEqual(['plejecenter']);
    expect(ids(filterChallenges(list, { query: 'baalhytte' }))).toEqual(['bål']);
    expect(ids(filterChallenges(list, { query: 'cafe' }))).toEqual(['bål']);
    expect(ids(filterChallenges(list, { query: 'ø' }))).toEqual(['plejecenter', 'bål']);
  });

  it('needs every word of the query and ignores extra spaces', () => {
    expect(ids(filterChallenges(list, { query: '  ældre   lunde ' }))).toEqual(['ensomhed']);
    expect(ids(filterChallenges(list, { query: 'ældre naturskolen' }))).toEqual([]);
    expect(ids(filterChallenges(list, { query: '   ' }))).toEqual([
      'ensomhed',
      'plejecenter',
      'bål',
    ]);
  });

  it('filters by theme and area, and combines with the query', () => {
    expect(ids(filterChallenges(list, { theme: 'ældre' }))).toEqual(['plejecenter']);
    expect(ids(filterChallenges(list, { area: 'Lunde' }))).toEqual(['ensomhed']);
    expect(ids(filterChallenges(list, { theme: 'børn', query: 'liv' }))).toEqual([]);
    expect(ids(filterChallenges(list, {}))).toEqual(['ensomhed', 'plejecenter', 'bål']);
  });

  it('returns the challenges untouched, Danish letters preserved', () => {
    const [found] = filterChallenges(list, { query: 'baal' });
    expect(found).toBe(list[2]);
    expect(found?.title).toBe('Bålhytte til naturskolen');
  });

  it('fold spells out Danish letters, also when typed decomposed', () => {
    expect(fold('Ærø Å')).toBe('aeroe aa');
    expect(fold('a\u030A')).toBe('aa');
    expect(fold('Crème brûlée')).toBe('creme brulee');
  });
});

describe('distinctValues', () => {
  it('lists each non-empty value once, in Danish order', () => {
    const list = ['ældre', 'børn', 'Ældre', 'ensomhed', 'åben', undefined, ' '].map((theme, i) => ({
      ...base(`c-${i}`),
      ...(theme === undefined ? {} : { theme }),
    }));
    expect(distinctValues(list, 'theme')).toEqual(['børn', 'ensomhed', 'ældre', 'åben']);
    expect(distinctValues(list, 'area')).toEqual([]);
  });

  it('sorts like Danish: case ignored, æ ø å after z in that order, é with e', () => {
    const areas = ['Åby', 'Østerby', 'Zealand', 'Ærø', 'école', 'Dalby', 'Fanø', 'ebeltoft'];
    const list = areas.map((area, i) => ({ ...base(`c-${i}`), area }));
    expect(distinctValues(list, 'area')).toEqual([
      'Dalby',
      'ebeltoft',
      'école',
      'Fanø',
      'Zealand',
      'Ærø',
      'Østerby',
      'Åby',
    ]);
    // The order Intl gives for Danish, where the runtime has it.
    expect(distinctValues(list, 'area')).toEqual(
      [...areas].sort((a, b) => a.localeCompare(b, 'da')),
    );
  });
});

function base(id: string): Challenge {
  return {
    id,
    title: id,
    framing: 'Vi ser problemet.',
    seeking: ['need', 'proposal', 'offer'],
    status: 'open',
    allowAnonymous: true,
    url: `https://kommune.example/${id}`,
  };
}
