import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FILE } from '../../server/config';
import { readSeedFile, SeedError, validateSeed } from '../../server/data/challenges';
import { KINDS } from '../../utils/kinds';

describe('the seed file', () => {
  it('holds the three demo challenges, valid', () => {
    expect(readSeedFile(DEFAULT_SEED_FILE).map((challenge) => challenge.id)).toEqual([
      'ensomhed-lunde',
      'liv-paa-plejecentret',
      'ungeliv-nordvest',
    ]);
  });
});

describe('validateSeed', () => {
  const valid = JSON.parse(readFileSync(DEFAULT_SEED_FILE, 'utf8')).challenges[0];

  it('names the item, its id and each problem', () => {
    const bad = { ...valid, id: 'second', deadline: '31-03-2027', url: 'not a url' };
    expect(() => validateSeed({ challenges: [valid, bad] }, 'seed.json')).toThrow(SeedError);
    try {
      validateSeed({ challenges: [valid, bad] }, 'seed.json');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('seed file seed.json is invalid');
      expect(message).toContain('challenges[1] (second) deadline:');
      expect(message).toContain('challenges[1] (second) url: must be an absolute http(s) URL');
      expect(message).not.toContain('challenges[0]');
    }
  });

  it('refuses an id used twice', () => {
    expect(() => validateSeed({ challenges: [valid, valid] }, 's')).toThrow(
      /challenge id "ensomhed-lunde" appears twice/,
    );
  });

  it('refuses a file that is not shaped like the feed', () => {
    expect(() => validateSeed([valid], 's')).toThrow(/must be an object like \{ "challenges"/);
  });

  it('refuses a file that is not JSON, naming it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'samskab-seed-')), 'broken.json');
    writeFileSync(path, '{ "challenges": [');
    expect(() => readSeedFile(path)).toThrow(new RegExp(`seed file ${path}:`));
  });

  it('applies the schema defaults', () => {
    const { seeking, status, allowAnonymous, ...minimal } = valid;
    const [challenge] = validateSeed({ challenges: [minimal] }, 's');
    expect(challenge).toMatchObject({
      // Every kind: the contract's default (docs/protocol.md).
      seeking: [...KINDS],
      status: 'open',
      allowAnonymous: true,
    });
  });
});
