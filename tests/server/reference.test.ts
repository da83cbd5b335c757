import { describe, expect, it } from 'vitest';
import {
  generateReference,
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
} from '../../server/data/reference';

describe('generateReference', () => {
  it('looks like SK-7F3K2Q and avoids look-alike characters', () => {
    for (let i = 0; i < 200; i++) expect(generateReference()).toMatch(REFERENCE_PATTERN);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01ILOU]/);
  });

  it('draws every character from the random source it is given', () => {
    expect(generateReference(() => 0)).toBe('SK-222222');
    expect(generateReference((max) => max - 1)).toBe('SK-ZZZZZZ');
  });

  it('varies', () => {
    expect(new Set(Array.from({ length: 100 }, () => generateReference())).size).toBe(100);
  });
});
