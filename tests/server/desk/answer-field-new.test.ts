// A new answer field reaches everything the answer-field table drives, with no other change: the
// table is data, so this test adds an entry (`note`, copied from the envelope's page address), adds
// its column to a migrated database, stores an answer and reads each output. If the answer's page,
// either export, the person export or erasure were written field by field instead of derived from
// the table, the new field would be missing from it and this test would fail.
import { describe, expect, it, vi } from 'vitest';
import { exportBatches } from '../../../server/data/answer-export';
import { readAnswerFilter } from '../../../server/data/answer-filter';
import { findAnswer } from '../../../server/data/answer-record';
import { openDatabase } from '../../../server/data/db';
import { eraseAnswers } from '../../../server/data/erasure';
import { migrate } from '../../../server/data/migrations';
import { personAnswers } from '../../../server/data/person-export';
import { storeSubmission } from '../../../server/data/submissions';
import { answerDetails } from '../../../server/routes/desk/answers/answer-view';
import { writeCsv, XLSX_COLUMNS } from '../../../server/web/export-formats';
import { validSubmission } from '../fixtures';
import { collector } from './csv-collector';

vi.mock('../../../server/data/answer-field-table', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../server/data/answer-field-table')>();
  return {
    ...original,
    ANSWER_FIELDS: {
      ...original.ANSWER_FIELDS,
      note: {
        column: 'note',
        from: (s: { pageUrl: string }) => s.pageUrl,
        read: (value: string | null) => value,
        envelopePath: ['pageUrl'],
        personal: 'answer',
        erasedAs: null,
        export: { order: 195, header: 'Notat', width: 20, format: 'text' },
        page: { order: 75, label: 'Notat', format: 'text' },
      },
    },
  };
});

const NOTE = 'https://kommune.example/samskab/notat';

const details = async (db: Parameters<typeof findAnswer>[0], id: string) => {
  const answer = await findAnswer(db, id);
  return String(
    answerDetails({ answer: answer!, challengeTitle: 'C', events: [], relatesToId: null }),
  );
};

describe('a new field in the answer-field table', () => {
  it('reaches the page, both exports, the person export and erasure', async () => {
    const db = await openDatabase({ kind: 'memory' });
    try {
      await migrate(db);
      await db.query('ALTER TABLE submissions ADD COLUMN note text');
      const submission = { ...validSubmission('need'), pageUrl: NOTE };
      const { stored } = await storeSubmission(
        db,
        submission as never,
        new Date('2026-11-24T09:00:00Z'),
        () => 'SK-NOTE1',
      );
      const [row] = await db.query<{ note: string | null }>(
        'SELECT note FROM submissions WHERE id = $1',
        [stored.id],
      );
      expect(row?.note).toBe(NOTE);

      // The page: a fact among the others.
      expect(await details(db, stored.id)).toContain(
        `<dt>Notat</dt><dd><span class="answer-text">${NOTE}</span></dd>`,
      );

      // The CSV: a column after the text, with the value.
      const csv = collector();
      await writeCsv(csv.res, exportBatches(db, readAnswerFilter(new URLSearchParams()), []));
      const [header, first] = csv.text().replace('\ufeff', '').split('\r\n');
      expect(header).toContain('Tekst,Notat,Besked til borgeren');
      expect(first).toContain(NOTE);

      // The spreadsheet: the same column, with the value.
      const xlsx = XLSX_COLUMNS.find((column) => column.header === 'Notat');
      const batches = exportBatches(db, readAnswerFilter(new URLSearchParams()), []);
      const [exported] = (await batches.next()).value ?? [];
      expect(xlsx?.value(exported!)).toBe(NOTE);

      // The person export: among the stored fields.
      const records = [];
      for await (const record of personAnswers(db, [stored.id])) records.push(record);
      expect(records[0]?.storedFields.note).toBe(NOTE);

      // Erasure: the column emptied, the envelope without it, the page without it.
      await eraseAnswers(db, [stored.id], null as never, new Date('2026-11-25T09:00:00Z'));
      const [after] = await db.query<{ note: string | null; envelope: string }>(
        'SELECT note, envelope FROM submissions WHERE id = $1',
        [stored.id],
      );
      expect(after?.note).toBeNull();
      expect(after?.envelope).not.toContain(NOTE);
      expect(await details(db, stored.id)).not.toContain('Notat');
    } finally {
      await db.close();
    }
  });
});
