// API keys for systems that fetch exports (the municipality's case system, a data warehouse). A
// key is shown once when made; the table keeps its SHA-256. It is read only from the
// `Authorization: Bearer` header, never from a URL (URLs end up in logs, history and Referer).
import { randomUUID } from 'node:crypto';
import type { Queryable } from './db';
import { hashSecret, newSecret } from './sessions';

/** Recognisable in a leaked-secrets scan, and says where it belongs. */
export const KEY_PREFIX = 'samskab_';

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

interface KeyRow extends Record<string, unknown> {
  id: string;
  name: string;
  key_hash: string;
  created_by: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const fromRow = (row: KeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  createdBy: row.created_by,
  createdAt: new Date(row.created_at),
  lastUsedAt: row.last_used_at && new Date(row.last_used_at),
  revokedAt: row.revoked_at && new Date(row.revoked_at),
});

export async function createApiKey(
  db: Queryable,
  name: string,
  createdBy: string,
  now: Date,
): Promise<{ key: ApiKey; secret: string }> {
  const secret = `${KEY_PREFIX}${newSecret()}`;
  const [row] = await db.query<KeyRow>(
    `INSERT INTO api_keys (id, name, key_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, name, key_hash, created_by, created_at, last_used_at, revoked_at`,
    [randomUUID(), name.trim(), hashSecret(secret), createdBy, now],
  );
  return { key: fromRow(row!), secret };
}

export async function listApiKeys(db: Queryable): Promise<ApiKey[]> {
  const rows = await db.query<KeyRow>(
    'SELECT id, name, key_hash, created_by, created_at, last_used_at, revoked_at FROM api_keys ORDER BY created_at DESC',
  );
  return rows.map(fromRow);
}

export async function revokeApiKey(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('UPDATE api_keys SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1', [
    id,
    now,
  ]);
}

/**
 * The live key a request presents, or undefined. Looked up by its SHA-256: what the database
 * compares is a hash, so timing reveals nothing about the key itself.
 */
export async function checkApiKey(
  db: Queryable,
  presented: string | undefined,
  now: Date,
): Promise<ApiKey | undefined> {
  if (!presented?.startsWith(KEY_PREFIX) || presented.length > 200) return undefined;
  const [row] = await db.query<KeyRow>(
    `SELECT id, name, key_hash, created_by, created_at, last_used_at, revoked_at FROM api_keys
     WHERE key_hash = $1 AND revoked_at IS NULL`,
    [hashSecret(presented)],
  );
  if (!row) return undefined;
  await db.query('UPDATE api_keys SET last_used_at = $2 WHERE id = $1', [row.id, now]);
  return fromRow(row);
}
