// A signed-in desk for the receiver's HTTP tests: staff made directly in the database (admin and
// facilitator), each with a real session cookie, and a client that reads CSRF tokens from the
// pages it gets and posts forms the way a browser does. Helpers for the answers tests make.
import { createApiKey } from '../../../server/data/api-keys';
import { hashPassword } from '../../../server/data/passwords';
import { startSession } from '../../../server/data/sessions';
import { createStaff, type Role, type StaffMember } from '../../../server/data/staff';
import type { RunningReceiver } from '../../../server/start';
import { csvRecords } from '../../support/excel-csv';

/** Cheap scrypt for tests that make many accounts; the format is the real one. */
export const TEST_PASSWORD = 'korrekt hest batteri staple';

export interface DeskResponse {
  readonly status: number;
  readonly location: string | null;
  readonly headers: Headers;
  readonly body: string;
}

export interface DeskClient {
  readonly staff: StaffMember;
  readonly cookie: string;
  /** The CSRF token of this session, as every desk page carries it. */
  readonly csrf: string;
  get(path: string): Promise<DeskResponse>;
  /** Posts a form with this session's CSRF token (unless the fields give `_csrf` themselves). */
  post(path: string, fields: Record<string, string | readonly string[]>): Promise<DeskResponse>;
}

const read = async (response: Response): Promise<DeskResponse> => ({
  status: response.status,
  location: response.headers.get('location'),
  headers: response.headers,
  body: await response.text(),
});

/** Form fields as a browser encodes them; an array is a field given more than once. */
export function formBody(fields: Record<string, string | readonly string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of typeof value === 'string' ? [value] : value) body.append(name, item);
  }
  return body;
}

export async function signedIn(
  receiver: RunningReceiver,
  options: { role?: Role; email?: string; name?: string } = {},
): Promise<DeskClient> {
  const now = new Date();
  const role = options.role ?? 'facilitator';
  const staff = await createStaff(
    receiver.db,
    {
      email: options.email ?? `${role}-${Math.random().toString(36).slice(2)}@lunde.dk`,
      name: options.name ?? (role === 'admin' ? 'Anne Administrator' : 'Frida Facilitator'),
      role,
      passwordHash: await hashPassword(TEST_PASSWORD, { N: 2 ** 10, r: 8, p: 1 }),
    },
    now,
  );
  const { cookie: secret, session } = await startSession(receiver.db, staff, now);
  const cookie = `samskab-desk=${secret}`;
  const headers = { cookie };
  return {
    staff,
    cookie,
    csrf: session.csrf,
    get: async (path) =>
      read(await fetch(`${receiver.url}${path}`, { headers, redirect: 'manual' })),
    post: async (path, fields) =>
      read(
        await fetch(`${receiver.url}${path}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
          body: formBody({ _csrf: session.csrf, ...fields }),
        }),
      ),
  };
}

/** An API key made by `by`, for the exports. */
export async function apiKey(receiver: RunningReceiver, by: StaffMember): Promise<string> {
  return (await createApiKey(receiver.db, 'Tests', by.id, new Date())).secret;
}

/** A system's key for the exports, made by an admin that exists for it. */
export async function exportKey(receiver: RunningReceiver): Promise<string> {
  const admin = await createStaff(
    receiver.db,
    {
      email: `system-${Math.random().toString(36).slice(2)}@lunde.dk`,
      name: 'System',
      role: 'admin',
    },
    new Date(),
  );
  return apiKey(receiver, admin);
}

/** The CSV export as a system fetches it: its text, and its rows by column name. */
export async function csvExport(
  receiver: RunningReceiver,
  key: string,
  query = '',
): Promise<{ text: string; rows: Record<string, string>[] }> {
  const response = await fetch(`${receiver.url}/desk/export/answers.csv${query}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  if (response.status !== 200) throw new Error(`the CSV export answered ${response.status}`);
  const text = await response.text();
  return { text, rows: csvRecords(text.replace(/^\uFEFF/, '')) };
}
