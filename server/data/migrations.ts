import { KINDS } from '../../utils/kinds';
import { ANSWER_STATUSES } from '../../utils/schema/status';
import type { Database, Queryable } from './db';
import { STATUS_CHECK_STATEMENTS } from './status-checks';
import { CHALLENGE_STATEMENTS } from './tables/challenges';
import { CONNECT_STATEMENTS } from './tables/connect';
import { DESK_STATEMENTS } from './tables/desk';
import { EMBED_STATEMENTS } from './tables/embed';
import { ERASURE_STATEMENTS } from './tables/erasure';
import { LANGUAGE_STATEMENTS } from './tables/language';
import { LOOP_STATEMENTS } from './tables/loop';
import { MAIL_STATEMENTS } from './tables/mail';
import { NEWS_STATEMENTS } from './tables/news';
import { THROTTLE_STATEMENTS } from './tables/throttle';
import { WORKFLOW_STATEMENTS } from './tables/workflow';

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
  { version: 3, name: 'map and connect', statements: CONNECT_STATEMENTS },
  { version: 4, name: 'the desk: challenge history', statements: CHALLENGE_STATEMENTS },
  { version: 5, name: 'status links and update mails', statements: LOOP_STATEMENTS },
  {
    version: 6,
    name: 'the sign-in throttle, shared in the database',
    statements: THROTTLE_STATEMENTS,
  },
  { version: 7, name: 'the mail queue', statements: MAIL_STATEMENTS },
  { version: 8, name: 'the list of erasures', statements: ERASURE_STATEMENTS },
  { version: 9, name: 'allowed and refused sites', statements: EMBED_STATEMENTS },
  {
    version: 10,
    name: 'challenge drafts, forms kept over a sign-in, undone connections',
    statements: WORKFLOW_STATEMENTS,
  },
  {
    version: 11,
    name: "answers' languages and replies' translations",
    statements: LANGUAGE_STATEMENTS,
  },
  {
    version: 12,
    name: 'news mails for outcomes and staff; reply drafts emptied once published',
    statements: NEWS_STATEMENTS,
  },
  {
    version: 13,
    name: 'status checks counted in the database',
    statements: STATUS_CHECK_STATEMENTS,
  },
];

/**
 * Applies the pending migrations in order, each recorded in `schema_migrations`, then makes the
 * database accept exactly the kinds and answer statuses of the code (`syncCheck`). All of it runs in one
 * transaction under an advisory lock, so two receivers starting against the same PostgreSQL
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
    for (const check of VOCABULARY_CHECKS) await syncCheck(tx, check);
    return done;
  });
}

/** The check on `submissions.kind`: PostgreSQL's name for the one migration 1 wrote inline. */
export const KIND_CHECK = 'submissions_kind_check';
/** The check on `submissions.status`, first written inline by migration 2. */
export const STATUS_CHECK = 'submissions_status_check';

/** A column of `submissions` whose allowed values come from a list in the code. */
interface VocabularyCheck {
  readonly constraint: string;
  readonly column: string;
  readonly values: readonly string[];
}

/** The kinds (utils/kinds.ts) and the answer statuses (utils/schema/status.ts). */
export const VOCABULARY_CHECKS: readonly VocabularyCheck[] = [
  { constraint: KIND_CHECK, column: 'kind', values: KINDS },
  { constraint: STATUS_CHECK, column: 'status', values: ANSWER_STATUSES },
];

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Makes a check on `submissions` allow exactly the values of its list in the code, read at every
 * start, so that a new kind or status is accepted by the database without a migration of its own.
 * The list stands in no migration: the one a migration wrote inline is only the first one this
 * replaces. An unchanged list leaves the constraint alone (replacing it reads the whole table). A
 * value taken out of the list while rows still have it makes this fail, and the receiver with it:
 * say what to do with those rows in a migration first.
 */
export async function syncCheck(tx: Queryable, check: VocabularyCheck): Promise<void> {
  const [table] = await tx.query<{ present: boolean }>(
    "SELECT to_regclass('submissions') IS NOT NULL AS present",
  );
  if (!table?.present) return;
  const [column] = await tx.query<{ present: boolean }>(
    `SELECT count(*) > 0 AS present FROM information_schema.columns
     WHERE table_name = 'submissions' AND column_name = $1`,
    [check.column],
  );
  if (!column?.present) return;
  const [existing] = await tx.query<{ definition: string }>(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE conrelid = 'submissions'::regclass AND conname = $1`,
    [check.constraint],
  );
  // PostgreSQL gives it back as CHECK ((kind = ANY (ARRAY['need'::text, …]))): the literals are
  // the list.
  const listed = [...(existing?.definition ?? '').matchAll(/'((?:[^']|'')*)'/g)].map((match) =>
    match[1]!.replaceAll("''", "'"),
  );
  const { values } = check;
  const same = listed.length === values.length && values.every((value) => listed.includes(value));
  if (existing && same) return;
  await tx.query(`ALTER TABLE submissions DROP CONSTRAINT IF EXISTS ${check.constraint}`);
  await tx.query(
    `ALTER TABLE submissions ADD CONSTRAINT ${check.constraint} CHECK (${check.column} IN (${values.map(sqlText).join(', ')}))`,
  );
}

/** The kinds' check alone, with another list (tests). */
export const syncKindCheck = (tx: Queryable, kinds: readonly string[] = KINDS) =>
  syncCheck(tx, { constraint: KIND_CHECK, column: 'kind', values: kinds });

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
