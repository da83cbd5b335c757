import { describe, expect, it } from 'vitest';
import { EXCERPT_MAX, excerptOf } from '../../../utils/excerpt';

describe('excerptOf', () => {
  it('is the title when there is one, else the text, on one line', () => {
    expect(excerptOf({ title: ' Bænke ved søen ', body: 'Lang tekst' })).toBe('Bænke ved søen');
    expect(excerptOf({ body: 'Mange ældre\n\nser ingen  om aftenen.' })).toBe(
      'Mange ældre ser ingen om aftenen.',
    );
  });
  it('cuts a long text at a word within the limit, with an ellipsis', () => {
    const body = `${'ord '.repeat(40)}slut`;
    const shown = excerptOf({ body });
    expect(shown.endsWith('ord…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(EXCERPT_MAX + 1);
    // One long word is cut where it must be.
    expect(excerptOf({ body: 'x'.repeat(200) })).toBe(`${'x'.repeat(EXCERPT_MAX)}…`);
  });
});
