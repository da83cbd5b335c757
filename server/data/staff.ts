// Staff accounts: the municipality's facilitators and admins. Emails are stored lower-cased and
// trimmed, so "Anne@Lunde.dk" signs in as "anne@lunde.dk". Staff are disabled, never deleted:
// notes, events and the audit log keep pointing at who did what.
import { randomUUID } from 'node:crypto';
import type { Queryable } from './db';

export const ROLES = ['admin', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  facilitator: 'Facilitator',
};

export interface StaffMember {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly hasPassword: boolean;
  readonly createdAt: Date;
  readonly disabledAt: Date | null;
}

interface StaffRow extends Record<string, unknown> {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  created_at: Date;
  disabled_at: Date | null;
}

const COLUMNS = 'id, email, name, role, password_hash, created_at, disabled_at';

const fromRow = (row: StaffRow): StaffMember => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  hasPassword: row.password_hash !== null,
  createdAt: new Date(row.created_at),
  disabledAt: row.disabled_at && new Date(row.disabled_at),
});

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A plausible work address: something@something.tld, no spaces, at most 254 characters. */
export const isEmail = (email: string) =>
  email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());

export async function findStaff(db: Queryable, id: string): Promise<StaffMember | undefined> {
  const [row] = await db.query<StaffRow>(`SELECT ${COLUMNS} FROM staff WHERE id = $1`, [id]);
  return row && fromRow(row);
}

/** The account and its password hash, for signing in. */
export async function findStaffByEmail(
  db: Queryable,
  email: string,
): Promise<{ staff: StaffMember; passwordHash: string | null } | undefined> {
  const [row] = await db.query<StaffRow>(`SELECT ${COLUMNS} FROM staff WHERE email = $1`, [
    normaliseEmail(email),
  ]);
  return row && { staff: fromRow(row), passwordHash: row.password_hash };
}

export async function listStaff(db: Queryable): Promise<StaffMember[]> {
  const rows = await db.query<StaffRow>(
    `SELECT ${COLUMNS} FROM staff ORDER BY disabled_at IS NOT NULL, name, email`,
  );
  return rows.map(fromRow);
}

/** The names of the staff members among `ids` (uuids), by id; one query for a whole page. */
export async function staffNames(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; name: string }>(
    `SELECT id::text AS id, name FROM staff WHERE id = ANY(string_to_array($1, ',')::uuid[])`,
    [ids.join(',')],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function countAdmins(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM staff WHERE role = 'admin' AND disabled_at IS NULL",
  );
  return row?.n ?? 0;
}

export class StaffExistsError extends Error {
  override name = 'StaffExistsError';
}

export async function createStaff(
  db: Queryable,
  input: { email: string; name: string; role: Role; passwordHash?: string | null },
  now: Date,
): Promise<StaffMember> {
  const rows = await db.query<StaffRow>(
    `INSERT INTO staff (id, email, name, role, password_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
    [
      randomUUID(),
      normaliseEmail(input.email),
      input.name.trim(),
      input.role,
      input.passwordHash ?? null,
      now,
    ],
  );
  if (!rows[0]) throw new StaffExistsError(`${normaliseEmail(input.email)} findes allerede`);
  return fromRow(rows[0]);
}

export async function setPasswordHash(db: Queryable, id: string, hash: string): Promise<void> {
  await db.query('UPDATE staff SET password_hash = $2 WHERE id = $1', [id, hash]);
}

export async function updateStaff(
  db: Queryable,
  id: string,
  change: { name?: string; role?: Role; disabled?: boolean },
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE staff SET
       name = coalesce($2, name),
       role = coalesce($3, role),
       disabled_at = CASE WHEN $4::boolean IS NULL THEN disabled_at
                          WHEN $4::boolean THEN coalesce(disabled_at, $5) ELSE NULL END
     WHERE id = $1`,
    [id, change.name?.trim() ?? null, change.role ?? null, change.disabled ?? null, now],
  );
}
