import { describe, expect, it } from 'vitest';
import { isAnswerable, summarize } from '../../../utils/challenge-summary';

describe('summarize', () => {
  it('reads what the list shows, as strings only, and drops items without id or title', () => {
    expect(
      summarize({ id: 'a', title: 'T', area: 'Lunde', theme: 7, status: 'closed', extra: '<b>' }),
    ).toEqual({
      id: 'a',
      title: 'T',
      area: 'Lunde',
      theme: undefined,
      deadline: undefined,
      status: 'closed',
    });
    expect(summarize({ id: 'a' })).toBeUndefined();
    expect(summarize({ id: 'a', title: 'x'.repeat(201) })).toBeUndefined();
    expect(summarize('text')).toBeUndefined();
    expect(summarize(null)).toBeUndefined();
  });
});

describe('isAnswerable', () => {
  const now = new Date('2026-03-31T22:00:00');
  it('is open through the whole deadline day, and never when closed', () => {
    expect(isAnswerable({ id: 'a', title: 'A', status: 'open', deadline: '2026-03-31' }, now)).toBe(
      true,
    );
    expect(isAnswerable({ id: 'a', title: 'A', status: 'open', deadline: '2026-03-30' }, now)).toBe(
      false,
    );
    expect(isAnswerable({ id: 'a', title: 'A', status: 'closed' }, now)).toBe(false);
    expect(isAnswerable({ id: 'a', title: 'A', status: 'open' }, now)).toBe(true);
  });
});
