// Guessing at the desk from many addresses, for the throttle's HTTP tests: the receiver trusts
// 127.0.0.1 as its proxy, so each request's address is what X-Forwarded-For names. What the
// receiver checked is read from what it did, not from its answers: a `sign-in-failed` audit row is
// written only after a wrong password was hashed and compared.
import type { Queryable } from '../../../server/data/db';
import { hashPassword } from '../../../server/data/passwords';
import { createStaff, type StaffMember } from '../../../server/data/staff';
import { formBody, TEST_PASSWORD } from './desk-client';

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

export interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly setCookie: string | null;
  readonly body: string;
}

const answer = async (response: Response): Promise<Answer> => ({
  status: response.status,
  retryAfter: response.headers.get('retry-after'),
  setCookie: response.headers.get('set-cookie'),
  body: await response.text(),
});

/** A sign-in from `address`, as the trusted proxy names it. */
export async function signInFrom(
  url: string,
  address: string,
  email: string,
  password: string,
): Promise<Answer> {
  return answer(
    await fetch(`${url}/desk/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...FORM, 'x-forwarded-for': address },
      body: formBody({ email, password, next: '/desk' }),
    }),
  );
}

/** A one-time link opened (GET) or its form posted (POST) from `address`. */
export async function setupFrom(
  url: string,
  address: string,
  token: string,
  fields?: Record<string, string>,
): Promise<Answer> {
  const headers = { 'x-forwarded-for': address };
  return answer(
    fields === undefined
      ? await fetch(`${url}/desk/setup?token=${encodeURIComponent(token)}`, { headers })
      : await fetch(`${url}/desk/setup`, {
          method: 'POST',
          redirect: 'manual',
          headers: { ...headers, ...FORM },
          body: formBody({ token, ...fields }),
        }),
  );
}

/** `count` requests sent at once. */
export const burst = <T>(count: number, send: (i: number) => Promise<T>): Promise<T[]> =>
  Promise.all(Array.from({ length: count }, (_, i) => send(i)));

export const countOf = (answers: readonly Answer[], status: number) =>
  answers.filter((a) => a.status === status).length;

/** The wrong passwords the receiver hashed and compared for these staff members. */
export async function checkedWrong(db: Queryable, ...staff: StaffMember[]): Promise<number> {
  let total = 0;
  for (const member of staff) {
    const [row] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'sign-in-failed' AND staff_id = $1",
      [member.id],
    );
    total += row?.n ?? 0;
  }
  return total;
}

let cheapHash: Promise<string> | undefined;
/** A colleague whose password is TEST_PASSWORD (cheap scrypt, the real format: checks are quick). */
export async function colleague(db: Queryable, email: string): Promise<StaffMember> {
  cheapHash ??= hashPassword(TEST_PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
  const passwordHash = await cheapHash;
  return createStaff(
    db,
    { email, name: email.split('@')[0]!, role: 'facilitator', passwordHash },
    new Date(),
  );
}

/** The staff page's row for `email`. */
export function staffRowOf(page: string, email: string): string {
  return page.split('<tr>').find((row) => row.includes(`<td>${email}</td>`)) ?? '';
}
