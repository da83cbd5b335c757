import type { Database } from './db';
import { DESK_STATEMENTS } from './desk/tables';

export interface Migration {
  /** Strictly increasing; never renumber or edit one that has shipped — add a new one. */
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'challenges and submissions',
    statements: [
      `CREATE TABLE challenges (
        id text PRIMARY KEY,
        position integer NOT NULL,
        data text NOT NULL,
        created_at timestamptz NOT NULL
      )`,
      // The envelope is stored as text, exactly as JSON.stringify wrote the validated submission:
      // jsonb would reorder keys and refuse "\u0000" inside strings, and what a person wrote must
      // come back exactly as written. The other columns are copies for grouping and filtering.
      `CREATE TABLE submissions (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        challenge_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('need', 'proposal', 'offer')),
        actor_type text NOT NULL,
        resource_type text,
        received_at timestamptz NOT NULL,
        envelope text NOT NULL
      )`,
      'CREATE INDEX submissions_received_at_idx ON submissions (received_at DESC)',
    ],
  },
  { version: 2, name: 'the desk', statements: DESK_STATEMENTS },
];

/**
 * Applies the pending migrations in order, each recorded in `schema_migrations`. All of it runs in
 * one transaction under an advisory lock, so two receivers starting against the same PostgreSQL
 * cannot both apply a migration, and a failed migration leaves nothing half done.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  assertOrdered(migrations);
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('samskab.schema_migrations'))");
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}

export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && migration.version <= previous.version) {
      throw new Error(
        `migration ${migration.version} ("${migration.name}") must come after ${previous.version}`,
      );
    }
  });
}
