// Guessing passwords in parallel (issue 18, point 2), over HTTP on PGlite and PostgreSQL: every
// guess is counted before its hash, so a burst checks no more than the limits, from one address or
// several; 50 at one account from all addresses lock it until an admin's one-time link is used;
// and what one address did never locks out a colleague at another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../../server/start';
import { type OpenTestDatabase, startTestReceiver, TEST_DATABASES } from '../fixtures';
import { type DeskClient, signedIn, TEST_PASSWORD } from './desk-client';
import {
  burst,
  checkedWrong,
  colleague,
  countOf,
  setupFrom,
  signInFrom,
  staffRowOf,
} from './sign-in-client';

describe.each(TEST_DATABASES)('sign-in guessing on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let admin: DeskClient;

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({ db: database.db, trustedProxies: ['127.0.0.1'] }));
    admin = await signedIn(receiver, { role: 'admin' });
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it('checks 5 of 60 wrong passwords sent at once from one address, and refuses the right one after', async () => {
    const karin = await colleague(receiver.db, 'karin@lunde.dk');
    const answers = await burst(60, (i) =>
      signInFrom(receiver.url, '192.0.2.10', 'karin@lunde.dk', `gæt nummer ${i}`),
    );
    expect(await checkedWrong(receiver.db, karin)).toBe(5);
    expect(countOf(answers, 200)).toBe(5);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(55);
    for (const { retryAfter, body } of refused) {
      expect(Number(retryAfter)).toBeGreaterThan(800);
      expect(Number(retryAfter)).toBeLessThanOrEqual(900);
      expect(body).toContain('For mange forkerte forsøg. Prøv igen om 15 minutter.');
    }

    const right = await signInFrom(receiver.url, '192.0.2.10', 'karin@lunde.dk', TEST_PASSWORD);
    expect(right.status).toBe(429);
    expect(right.setCookie).toBeNull();
    expect(await checkedWrong(receiver.db, karin)).toBe(5);

    // Karin herself, at another address, is not locked out by it.
    const elsewhere = await signInFrom(
      receiver.url,
      '198.51.100.10',
      'karin@lunde.dk',
      TEST_PASSWORD,
    );
    expect(elsewhere.status).toBe(303);
    expect(elsewhere.setCookie).toMatch(/^samskab-desk=/);
  });

  it('checks at most 5 per address from 3 addresses × 60 at one account, which stays open', async () => {
    const lone = await colleague(receiver.db, 'lone@lunde.dk');
    const addresses = ['192.0.2.21', '192.0.2.22', '2001:db8:21::1'];
    await burst(180, (i) =>
      signInFrom(receiver.url, addresses[i % 3]!, 'lone@lunde.dk', `gæt nummer ${i}`),
    );
    expect(await checkedWrong(receiver.db, lone)).toBe(15);
    // The same /64 is the same address: another address in it is refused too.
    const sameNetwork = await signInFrom(
      receiver.url,
      '2001:db8:21::beef',
      'lone@lunde.dk',
      TEST_PASSWORD,
    );
    expect(sameNetwork.status).toBe(429);
    expect(
      (await signInFrom(receiver.url, '192.0.2.29', 'lone@lunde.dk', TEST_PASSWORD)).status,
    ).toBe(303);
  });

  it('checks at most 20 per address from 3 addresses × 60 at many accounts', async () => {
    const people = [];
    for (let i = 0; i < 60; i++) people.push(await colleague(receiver.db, `person${i}@lunde.dk`));
    const addresses = ['192.0.2.31', '192.0.2.32', '192.0.2.33'];
    const answers = await burst(180, (i) =>
      signInFrom(receiver.url, addresses[i % 3]!, `person${i % 60}@lunde.dk`, `gæt nummer ${i}`),
    );
    expect(await checkedWrong(receiver.db, ...people)).toBe(60);
    expect(countOf(answers, 429)).toBe(120);
    // A right password from one of them is refused too: the address has used its 20.
    const right = await signInFrom(receiver.url, '192.0.2.31', 'karin@lunde.dk', TEST_PASSWORD);
    expect(right.status).toBe(429);
  });

  it('locks an account after 50 from all addresses, until an admin’s one-time link is used', async () => {
    const mads = await colleague(receiver.db, 'mads@lunde.dk');
    // Ten addresses, five each: all checked, none refused.
    const answers = await burst(50, (i) =>
      signInFrom(receiver.url, `203.0.113.${i % 10}`, 'mads@lunde.dk', `gæt nummer ${i}`),
    );
    expect(countOf(answers, 200)).toBe(50);
    expect(await checkedWrong(receiver.db, mads)).toBe(50);

    // Now the right password, from an address that never tried, is refused without a hash.
    const locked = await signInFrom(receiver.url, '203.0.113.99', 'mads@lunde.dk', TEST_PASSWORD);
    expect(locked.status).toBe(403);
    expect(locked.retryAfter).toBeNull();
    expect(locked.setCookie).toBeNull();
    expect(locked.body).toContain('Kontoen er låst');
    expect(locked.body).toContain('Bed en administrator om et nyt engangslink');
    expect(await checkedWrong(receiver.db, mads)).toBe(50);
    const audit = await receiver.db.query(
      "SELECT staff_id FROM audit_log WHERE action = 'sign-in-locked' AND subject = $1",
      [mads.id],
    );
    expect(audit).toEqual([{ staff_id: null }]);

    // The admin sees it and makes a link; using it unlocks the account.
    const staffPage = (await admin.get('/desk/staff')).body;
    expect(staffRowOf(staffPage, 'mads@lunde.dk')).toContain('Låst efter for mange forkerte');
    expect(staffRowOf(staffPage, 'karin@lunde.dk')).not.toContain('Låst');
    const made = await admin.post(`/desk/staff/${mads.id}`, { action: 'link' });
    const token = /token=([\w-]+)/.exec(made.body)?.[1] ?? '';
    // Still locked until the link is used.
    expect(
      (await signInFrom(receiver.url, '203.0.113.98', 'mads@lunde.dk', TEST_PASSWORD)).status,
    ).toBe(403);
    const fresh = 'en helt ny adgangskode til mads';
    const used = await setupFrom(receiver.url, '203.0.113.99', token, {
      password: fresh,
      repeat: fresh,
    });
    expect(used.status).toBe(303);
    expect(staffRowOf((await admin.get('/desk/staff')).body, 'mads@lunde.dk')).toContain('Aktiv');
    const signedInAgain = await signInFrom(receiver.url, '203.0.113.0', 'mads@lunde.dk', fresh);
    expect(signedInAgain.status).toBe(303);
  });

  it('takes more than five requests from one address to lock nobody', async () => {
    await colleague(receiver.db, 'nina@lunde.dk');
    await burst(60, (i) => signInFrom(receiver.url, '192.0.2.40', 'nina@lunde.dk', `gæt ${i}`));
    const nina = await signInFrom(receiver.url, '198.51.100.40', 'nina@lunde.dk', TEST_PASSWORD);
    expect(nina.status).toBe(303);
  });
});
