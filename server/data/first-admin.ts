// The desk's first admin. Until someone can sign in as an admin, every start makes a fresh one-time
// set-up link (valid for an hour, voiding the previous one) that `npm start` prints: that is how
// the first person gets in, with no shared token. SAMSKAB_ADMIN_EMAIL names that person in advance;
// with single sign-on (SAMSKAB_AUTH=proxy) it is the only way to create the first admin, and no
// link is needed.
import type { Config } from '../config';
import type { Queryable } from './db';
import { createSetupLink } from './setup-links';
import { createStaff, findStaffByEmail, updateStaff } from './staff';

/** The set-up link's secret when one is needed, else undefined. */
export async function prepareFirstAdmin(
  db: Queryable,
  config: Pick<Config, 'deskAuth' | 'adminEmail'>,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db.query<{ ready: number; pending: string | null }>(
    `SELECT count(*) FILTER (WHERE password_hash IS NOT NULL OR $1)::int AS ready,
            min(id::text) FILTER (WHERE password_hash IS NULL) AS pending
     FROM staff WHERE role = 'admin' AND disabled_at IS NULL`,
    [config.deskAuth === 'proxy'],
  );
  if ((row?.ready ?? 0) > 0) return undefined;
  let adminId: string | null = null;
  if (config.adminEmail) {
    const found = await findStaffByEmail(db, config.adminEmail);
    if (found) {
      await updateStaff(db, found.staff.id, { role: 'admin', disabled: false }, now);
      adminId = found.staff.id;
    } else {
      const name = config.adminEmail.split('@')[0] ?? config.adminEmail;
      adminId = (await createStaff(db, { email: config.adminEmail, name, role: 'admin' }, now)).id;
    }
    if (config.deskAuth === 'proxy') return undefined;
  } else if (config.deskAuth === 'proxy') {
    return undefined;
  } else if (row?.pending) {
    adminId = row.pending;
  }
  return createSetupLink(db, adminId, now);
}
