// A failed query, as the rest of the receiver may see and log it. The drivers' own errors carry
// what was being stored: PGlite's its `query` and `params` (a whole answer's envelope), PostgreSQL's
// a `detail` ("Failing row contains (…)", "Key (email)=(…) already exists") and messages that quote
// the offending value (`invalid input syntax for type uuid: "…"`). Logged as they are, an answer's
// text and contact details would end in the error log. So every driver error is replaced, where
// the database layer catches it, by a DatabaseFailure that keeps what helps find the fault (the
// SQLSTATE code, the message, the table, column and constraint names) and nothing that was sent.

/** A database error stripped of the query's values; `code` is PostgreSQL's SQLSTATE. */
export class DatabaseFailure extends Error {
  override name = 'DatabaseFailure';
  readonly code: string | undefined;
  readonly table: string | undefined;
  readonly column: string | undefined;
  readonly constraint: string | undefined;

  constructor(
    message: string,
    fields: { code?: string; table?: string; column?: string; constraint?: string },
  ) {
    super(message);
    this.code = fields.code;
    this.table = fields.table;
    this.column = fields.column;
    this.constraint = fields.constraint;
  }
}

const REDACTED = '…';
/** Names of tables, columns and constraints as the receiver writes them: safe to keep. */
const IDENTIFIER = /^[a-z_][a-z0-9_$]*$/;
/** Parameter values shorter than this (ids of one digit, booleans) say nothing about anyone. */
const MIN_SCRUBBED = 3;

const stringField = (error: object, name: string): string | undefined => {
  const value = (error as Record<string, unknown>)[name];
  return typeof value === 'string' && IDENTIFIER.test(value) ? value : undefined;
};

/**
 * The message without any of the query's values: each parameter's text wherever it appears, and
 * any double-quoted part that is not a plain identifier (PostgreSQL quotes both names and values;
 * a name like "submissions_pkey" stays, a value like "karen@example.dk" goes).
 */
export function scrubMessage(message: string, params: readonly unknown[]): string {
  let text = message;
  for (const param of params) {
    const value = param instanceof Date ? param.toISOString() : String(param ?? '');
    if (value.length >= MIN_SCRUBBED) text = text.split(value).join(REDACTED);
  }
  return text.replace(/"((?:[^"]|"")*)"/g, (quoted, inner: string) =>
    IDENTIFIER.test(inner) ? quoted : `"${REDACTED}"`,
  );
}

/** Any error from a driver's query, as a DatabaseFailure; one already made is passed through. */
export function databaseFailure(error: unknown, params: readonly unknown[]): DatabaseFailure {
  if (error instanceof DatabaseFailure) return error;
  if (typeof error !== 'object' || error === null) {
    return new DatabaseFailure('the database failed without an error object', {});
  }
  const message = error instanceof Error ? error.message : 'the database failed';
  const code = (error as { code?: unknown }).code;
  const fields: { code?: string; table?: string; column?: string; constraint?: string } = {};
  // SQLSTATE ("23514") or Node's ("ECONNREFUSED"): a code, never a value.
  if (typeof code === 'string' && /^[0-9A-Z_]{2,40}$/.test(code)) fields.code = code;
  for (const name of ['table', 'column', 'constraint'] as const) {
    const value = stringField(error, name);
    if (value) fields[name] = value;
  }
  return new DatabaseFailure(scrubMessage(message, params), fields);
}

/**
 * What the PGlite client (server/data/pglite-client.ts) fails with while its worker is being replaced
 * after a storage failure: PostgreSQL's own "cannot connect now". (A closed database has no code.)
 */
export const DATABASE_UNAVAILABLE = '57P03';

/**
 * Codes that say the database cannot store now for reasons of its own, not the request's, so the
 * request is answered 503 with Retry-After (server/web/unavailable.ts) and may be sent again: a full
 * disk (53100 disk_full, PostgreSQL's and PGlite's), a failing one (58030 io_error, 58000
 * system_error), the database shutting down or starting again (57P01 to 57P03, PGlite's worker
 * reopening included), and Node's codes for the same where a driver passes one through.
 */
const STORAGE_CODES = new Set([
  '53100',
  '58000',
  '58030',
  '57P01',
  '57P02',
  DATABASE_UNAVAILABLE,
  'ENOSPC',
  'EDQUOT',
  'EIO',
  'EROFS',
]);

/** Whether a failure is the database's storage (or the database itself) failing: a 503. */
export function isStorageFailure(error: unknown): error is DatabaseFailure {
  return error instanceof DatabaseFailure && STORAGE_CODES.has(error.code ?? '');
}
