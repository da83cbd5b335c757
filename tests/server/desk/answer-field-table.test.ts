// Every column of `submissions` is an answer field in the table (server/data/answer-field-table.ts)
// or listed as internal, read from the real table of a migrated database: a column added by a
// migration and forgotten in both fails here, so no field is stored that erasure, the exports and
// the page do not know of.
import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, INTERNAL_COLUMNS } from '../../../server/data/answer-field-table';
import { openDatabase } from '../../../server/data/db';
import { migrate } from '../../../server/data/migrations';

describe('the answer-field table', () => {
  it('names every column of submissions, as a field or as internal', async () => {
    const db = await openDatabase({ kind: 'memory' });
    try {
      await migrate(db);
      const rows = await db.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = 'submissions' ORDER BY ordinal_position`,
      );
      const known = new Set<string>([
        ...Object.values(ANSWER_FIELDS).map((field) => field.column),
        ...INTERNAL_COLUMNS,
      ]);
      const columns = rows.map((row) => row.column_name);
      expect(columns.length).toBeGreaterThan(20);
      expect(columns.filter((column) => !known.has(column))).toEqual([]);
      // And nothing listed that the table does not have (a column dropped, a name misspelt).
      expect([...known].filter((column) => !columns.includes(column))).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('lists a column once', () => {
    const all = [...Object.values(ANSWER_FIELDS).map((field) => field.column), ...INTERNAL_COLUMNS];
    expect(new Set(all).size).toBe(all.length);
  });
});
