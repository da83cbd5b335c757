import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  needsRehash,
  passwordProblem,
  verifyPassword,
} from '../../../server/data/passwords';

// Cheap parameters for speed; the format and comparison are the same as with the default cost.
const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('staff passwords', () => {
  it('verifies the right password and refuses others', async () => {
    const stored = await hashPassword('korrekt hest batteri', cheap);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('korrekt hest batteri', stored)).toBe(true);
    expect(await verifyPassword('korrekt hest batteri ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts each hash, so equal passwords do not give equal hashes', async () => {
    expect(await hashPassword('samme adgangskode', cheap)).not.toBe(
      await hashPassword('samme adgangskode', cheap),
    );
  });

  it('treats a missing or malformed hash as a mismatch, not an error', async () => {
    expect(await verifyPassword('noget', null)).toBe(false);
    expect(await verifyPassword('noget', 'scrypt$x$8$1$abc$def')).toBe(false);
    expect(await verifyPassword('noget', 'md5$abc')).toBe(false);
  });

  it('compares composed and decomposed Danish letters as the same password', async () => {
    const stored = await hashPassword('rødgrød med fløde', cheap);
    expect(await verifyPassword('rødgrød med fløde'.normalize('NFD'), stored)).toBe(true);
  });

  it('asks for a new hash when the parameters changed', async () => {
    const stored = await hashPassword('en lang adgangskode', cheap);
    expect(needsRehash(stored)).toBe(true);
    expect(needsRehash(stored, cheap)).toBe(false);
  });

  it('hashes with the default cost (2^15) within Node’s memory limit', async () => {
    const stored = await hashPassword('en lang adgangskode');
    expect(needsRehash(stored)).toBe(false);
    expect(await verifyPassword('en lang adgangskode', stored)).toBe(true);
  });

  it('explains in Danish what is wrong with a new password', () => {
    expect(passwordProblem('kort')).toMatch(/mindst 12 tegn/);
    expect(passwordProblem('x'.repeat(201))).toMatch(/højst være 200 tegn/);
    expect(passwordProblem(' en lang adgangskode')).toMatch(/mellemrum/);
    expect(passwordProblem('en lang adgangskode')).toBeUndefined();
  });
});
