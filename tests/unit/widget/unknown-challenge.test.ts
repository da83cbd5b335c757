import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../utils/i18n/all';
import { LOCALES } from '../../../utils/i18n/languages';
import { warnUnknownChallenge } from '../../../widget/unknown-challenge';

describe('a data-challenge that names no challenge', () => {
  it('is named in the console for the webmaster, once per id', () => {
    const said: string[] = [];
    const warn = (message: string) => said.push(message);
    const feed = 'https://samskab.lunde.dk/api/challenges';
    warnUnknownChallenge('ensomhed-lunde-2026', feed, warn);
    warnUnknownChallenge('ensomhed-lunde-2026', feed, warn);
    warnUnknownChallenge('andet-id', undefined, warn);
    expect(said).toHaveLength(2);
    expect(said[0]).toContain('data-challenge="ensomhed-lunde-2026"');
    expect(said[0]).toContain(feed);
    expect(said[1]).toContain('data-challenge="andet-id"');
  });

  it('is not named to citizens, in any language', () => {
    expect(CATALOGUES.da.answer.notFound).toBe('Udfordringen findes ikke længere.');
    for (const locale of LOCALES) expect(CATALOGUES[locale].answer.notFound).not.toContain('{id}');
  });
});
