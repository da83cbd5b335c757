import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkApiKey, createApiKey, revokeApiKey } from '../../../server/data/api-keys';
import { type Database, openDatabase } from '../../../server/data/db';
import { migrate } from '../../../server/data/migrations';
import {
  ABSOLUTE_TIMEOUT_MS,
  endSession,
  endSessionsOf,
  findSession,
  IDLE_TIMEOUT_MS,
  startSession,
} from '../../../server/data/sessions';
import { createSetupLink, readSetupLink, useSetupLink } from '../../../server/data/setup-links';
import {
  countAdmins,
  createStaff,
  findStaffByEmail,
  StaffExistsError,
  updateStaff,
} from '../../../server/data/staff';
import { bearerToken } from '../../../server/web/desk-access';

let db: Database;
const t0 = new Date('2026-11-28T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(async () => {
  db = await openDatabase({ kind: 'memory' });
  await migrate(db);
});
afterAll(() => db.close());

describe('staff accounts', () => {
  it('stores emails lower-cased and refuses a second account for one address', async () => {
    const anne = await createStaff(
      db,
      { email: ' Anne@Lunde.DK ', name: 'Anne', role: 'admin' },
      t0,
    );
    expect(anne.email).toBe('anne@lunde.dk');
    expect(anne.hasPassword).toBe(false);
    await expect(
      createStaff(db, { email: 'anne@lunde.dk', name: 'Anne 2', role: 'facilitator' }, t0),
    ).rejects.toBeInstanceOf(StaffExistsError);
    expect((await findStaffByEmail(db, 'ANNE@lunde.dk'))?.staff.id).toBe(anne.id);
    expect(await countAdmins(db)).toBe(1);
  });
});

describe('sessions', () => {
  it('lives until idle for 8 hours, keeps its CSRF token, and ends on sign-out', async () => {
    const bo = await createStaff(db, { email: 'bo@lunde.dk', name: 'Bo', role: 'facilitator' }, t0);
    const { cookie, session } = await startSession(db, bo, t0);
    expect(cookie).toMatch(/^[\w-]{43}$/);
    const found = await findSession(db, cookie, at(IDLE_TIMEOUT_MS - 1000));
    expect(found?.staff.id).toBe(bo.id);
    expect(found?.csrf).toBe(session.csrf);
    // Used just now: the idle clock starts again.
    expect(await findSession(db, cookie, at(2 * IDLE_TIMEOUT_MS - 2000))).toBeUndefined();
    const second = await startSession(db, bo, t0);
    await endSession(db, second.cookie);
    expect(await findSession(db, second.cookie, at(1000))).toBeUndefined();
  });

  it('ends 12 hours after sign-in however busy, and for a disabled account at once', async () => {
    const carl = await createStaff(
      db,
      { email: 'carl@lunde.dk', name: 'Carl', role: 'facilitator' },
      t0,
    );
    const { cookie } = await startSession(db, carl, t0);
    for (let hour = 1; hour < 12; hour++) {
      expect(await findSession(db, cookie, at(hour * 3_600_000))).toBeDefined();
    }
    expect(await findSession(db, cookie, at(ABSOLUTE_TIMEOUT_MS))).toBeUndefined();
    const other = await startSession(db, carl, t0);
    await updateStaff(db, carl.id, { disabled: true }, t0);
    expect(await findSession(db, other.cookie, at(1000))).toBeUndefined();
  });

  it('ends every session of a person at once', async () => {
    const dina = await createStaff(
      db,
      { email: 'dina@lunde.dk', name: 'Dina', role: 'facilitator' },
      t0,
    );
    const a = await startSession(db, dina, t0);
    const b = await startSession(db, dina, t0);
    expect(a.cookie).not.toBe(b.cookie);
    await endSessionsOf(db, dina.id);
    expect(await findSession(db, a.cookie, at(1))).toBeUndefined();
    expect(await findSession(db, b.cookie, at(1))).toBeUndefined();
  });

  it('stores only a hash of the cookie', async () => {
    const eva = await createStaff(
      db,
      { email: 'eva@lunde.dk', name: 'Eva', role: 'facilitator' },
      t0,
    );
    const { cookie } = await startSession(db, eva, t0);
    const rows = await db.query<{ id_hash: string }>('SELECT id_hash FROM staff_sessions');
    expect(rows.some((row) => row.id_hash === cookie)).toBe(false);
    expect(await findSession(db, 'not-a-session', t0)).toBeUndefined();
    expect(await findSession(db, 'x'.repeat(10_000), t0)).toBeUndefined();
  });
});

describe('set-up links', () => {
  it('work once, within an hour, and a newer link voids the older one', async () => {
    const finn = await createStaff(db, { email: 'finn@lunde.dk', name: 'Finn', role: 'admin' }, t0);
    const old = await createSetupLink(db, finn.id, t0);
    const link = await createSetupLink(db, finn.id, t0);
    expect(await readSetupLink(db, old, at(1))).toBeUndefined();
    expect(await readSetupLink(db, link, at(1))).toBe(finn.id);
    expect(await readSetupLink(db, link, at(3_600_000))).toBeUndefined();
    expect(await useSetupLink(db, link, at(2))).toBe(finn.id);
    expect(await useSetupLink(db, link, at(3))).toBeUndefined();
  });
});

describe('API keys', () => {
  it('are found by the bearer header only while not revoked', async () => {
    const gina = await createStaff(db, { email: 'gina@lunde.dk', name: 'Gina', role: 'admin' }, t0);
    const { key, secret } = await createApiKey(db, 'Sagssystem', gina.id, t0);
    expect(secret.startsWith('samskab_')).toBe(true);
    expect(bearerToken({ headers: { authorization: `Bearer ${secret}` } })).toBe(secret);
    expect(bearerToken({ headers: { authorization: `Basic ${secret}` } })).toBeUndefined();
    expect((await checkApiKey(db, secret, at(1)))?.id).toBe(key.id);
    expect(await checkApiKey(db, `${secret}x`, at(1))).toBeUndefined();
    expect(await checkApiKey(db, secret.toUpperCase(), at(1))).toBeUndefined();
    await revokeApiKey(db, key.id, at(2));
    expect(await checkApiKey(db, secret, at(3))).toBeUndefined();
  });
});
