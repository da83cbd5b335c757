// One-time links are secrets like passwords (issue 18, point 2): /desk/setup counts each try per
// address before it looks the link up, in the address's 20 per 15 minutes that wrong passwords
// count in too; a right link gives its try back, so a colleague correcting the form is never
// refused. A 410 says the link was looked up; a 429 that it was refused before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSetupLink } from '../../../server/data/setup-links';
import type { RunningReceiver } from '../../../server/start';
import { type OpenTestDatabase, startTestReceiver, TEST_DATABASES } from '../fixtures';
import { burst, colleague, countOf, setupFrom, signInFrom } from './sign-in-client';

describe.each(TEST_DATABASES)('one-time links counted on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  const linkFor = async (email: string) =>
    createSetupLink(receiver.db, (await colleague(receiver.db, email)).id, new Date());

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({ db: database.db, trustedProxies: ['127.0.0.1'] }));
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it('looks up 20 of 30 guessed links opened at once from one address', async () => {
    const answers = await burst(30, (i) => setupFrom(receiver.url, '192.0.2.50', `gæt-${i}`));
    expect(countOf(answers, 410)).toBe(20);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(10);
    for (const { retryAfter, body } of refused) {
      expect(Number(retryAfter)).toBeGreaterThan(800);
      expect(body).toContain('Prøv igen om 15 minutter.');
    }
    // A real link is refused from there too, and opens from anywhere else.
    const token = await linkFor('ulla@lunde.dk');
    expect((await setupFrom(receiver.url, '192.0.2.50', token)).status).toBe(429);
    expect((await setupFrom(receiver.url, '192.0.2.51', token)).status).toBe(200);
  });

  it('counts posted guesses the same way, before anything is changed', async () => {
    const password = 'en lang nok adgangskode';
    const answers = await burst(30, (i) =>
      setupFrom(receiver.url, '192.0.2.60', `gæt-${i}`, { password, repeat: password }),
    );
    expect(countOf(answers, 410)).toBe(20);
    expect(countOf(answers, 429)).toBe(10);
    const token = await linkFor('vera@lunde.dk');
    const refused = await setupFrom(receiver.url, '192.0.2.60', token, {
      password,
      repeat: password,
    });
    expect(refused.status).toBe(429);
    expect(refused.setCookie).toBeNull();
    // Refused before it was used: the link still works from elsewhere.
    const used = await setupFrom(receiver.url, '192.0.2.61', token, { password, repeat: password });
    expect(used.status).toBe(303);
  });

  it('gives a right link its try back: opened and corrected many times, it still works', async () => {
    const token = await linkFor('wenche@lunde.dk');
    // One after another, as a person reloads: a parallel burst counts every try before any is
    // given back, so it meets the limit by design (the test above).
    const opened: Awaited<ReturnType<typeof setupFrom>>[] = [];
    for (let i = 0; i < 25; i++) opened.push(await setupFrom(receiver.url, '192.0.2.70', token));
    expect(countOf(opened, 200)).toBe(25);
    for (let i = 0; i < 5; i++) {
      const mistake = await setupFrom(receiver.url, '192.0.2.70', token, {
        password: 'kort',
        repeat: 'kort',
      });
      expect(mistake.status).toBe(400);
    }
    const password = 'en lang nok adgangskode';
    const used = await setupFrom(receiver.url, '192.0.2.70', token, { password, repeat: password });
    expect(used.status).toBe(303);
  });

  it('counts wrong passwords and wrong links in one budget per address', async () => {
    const token = await linkFor('xenia@lunde.dk');
    for (let i = 0; i < 4; i++) await colleague(receiver.db, `yrsa${i}@lunde.dk`);
    await burst(20, (i) =>
      signInFrom(receiver.url, '192.0.2.80', `yrsa${i % 4}@lunde.dk`, `gæt ${i}`),
    );
    expect((await setupFrom(receiver.url, '192.0.2.80', token)).status).toBe(429);
    expect((await setupFrom(receiver.url, '192.0.2.81', token)).status).toBe(200);
  });
});
