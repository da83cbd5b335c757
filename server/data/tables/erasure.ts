// The list of erasures (issue 18), applied as migration 8 in server/data/migrations.ts.
//
// `erasures` names each answer that was erased ('answer') or whose contact details were removed
// ('contact', the retention period), by its id, with when: no text, name or address, so it may be
// kept where backups are not. A restore re-applies it (server/data/backup.ts), so restoring an older
// backup never brings an erased person back. No foreign key: an entry must outlive a restore of a
// backup taken before its answer arrived, to be re-applied if a later backup brings the answer.
//
// The migration lists the erasures made before it and, in a database that holds answers, asks for
// the tables to be rebuilt at the next start (server/data/erasure-rebuild.ts), so what earlier
// erasures and deleted addresses left in the files is cleared too.
export const ERASURE_STATEMENTS: readonly string[] = [
  `CREATE TABLE erasures (
    submission_id uuid PRIMARY KEY,
    what text NOT NULL CHECK (what IN ('answer', 'contact')),
    at timestamptz NOT NULL
  )`,
  `INSERT INTO erasures (submission_id, what, at)
    SELECT id, 'answer', erased_at FROM submissions WHERE erased_at IS NOT NULL`,
  `INSERT INTO erasures (submission_id, what, at)
    SELECT id, 'contact', contact_removed_at FROM submissions
    WHERE contact_removed_at IS NOT NULL AND erased_at IS NULL`,
  `INSERT INTO desk_settings (key, value)
    SELECT 'erasure.rebuild-due', 'migration 8' WHERE EXISTS (SELECT 1 FROM submissions)`,
];
