// The CSV export of a fixed set of answers, byte for byte, against the file the export wrote before
// the answer-field table (server/data/answer-field-table.ts) took over its columns: a field moved
// into the table must come out exactly as before. The answers are stored the way the receiver
// stores them (storeSubmission) and read back by the export's own query, so the table's SELECT
// list and row mapping are what this checks, not hand-made objects.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBatches } from '../../../server/data/answer-export';
import { readAnswerFilter } from '../../../server/data/answer-filter';
import { openDatabase } from '../../../server/data/db';
import { eraseAnswers } from '../../../server/data/erasure';
import { migrate } from '../../../server/data/migrations';
import { storeSubmission } from '../../../server/data/submissions';
import { writeCsv } from '../../../server/web/export-formats';
import type { Submission } from '../../../utils/schema/index';
import { validSubmission } from '../fixtures';
import { collector } from './csv-collector';

const GOLDEN = new URL('./fixtures/export-golden.csv', import.meta.url);

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A need, an offer, a desk answer in Somali, a proposal without contact, an erased answer. */
function answers(): Submission[] {
  const need = { ...validSubmission('need'), id: id(1), canHelpImplement: true } as Submission;
  const offer = { ...validSubmission('offer'), id: id(2) } as Submission;
  const somali = {
    ...validSubmission('need'),
    id: id(3),
    locale: 'so',
    text: { title: '=1+1', body: 'Qoraal "leh" xigasho,\niyo sadar cusub' },
    author: { actorType: 'citizen', name: 'Cali', phone: '+45 12 34 56 78' },
    consent: { contact: true, textVersion: 'da-2026-11', publish: true },
  } as Submission;
  const proposal = {
    ...validSubmission('proposal'),
    id: id(4),
    author: { actorType: 'citizen' },
    consent: { contact: false, textVersion: 'da-2026-11' },
  } as Submission;
  const erased = { ...validSubmission('need'), id: id(5) } as Submission;
  return [need, offer, somali, proposal, erased];
}

async function exportedCsv(): Promise<string> {
  const db = await openDatabase({ kind: 'memory' });
  try {
    await migrate(db);
    let n = 0;
    for (const submission of answers()) {
      n++;
      await storeSubmission(
        db,
        submission as never,
        new Date(Date.UTC(2026, 10, 24, 9, n)),
        () => `SK-GOLD${n}`,
      );
    }
    await db.query(
      `UPDATE submissions SET status = 'taken-forward', reply = 'Tak for dit svar',
         reply_published_at = $2 WHERE id = $1`,
      [id(1), new Date(Date.UTC(2026, 10, 25, 8))],
    );
    await db.query(`UPDATE submissions SET reply = 'Kladde ikke vist' WHERE id = $1`, [id(2)]);
    await db.query('UPDATE submissions SET duplicate_of = $2 WHERE id = $1', [id(4), id(1)]);
    const [staff] = await db.query<{ id: string }>(
      `INSERT INTO staff (id, email, name, role, created_at)
       VALUES ('00000000-0000-4000-8000-0000000000aa', 'a@kommune.dk', 'Anne Admin', 'admin', $1)
       RETURNING id`,
      [new Date(Date.UTC(2026, 10, 1))],
    );
    await db.query('UPDATE submissions SET assignee_id = $2 WHERE id = $1', [id(3), staff!.id]);
    await eraseAnswers(db, [id(5)], staff!.id, new Date(Date.UTC(2026, 10, 26, 12)));
    const out = collector();
    await writeCsv(out.res, exportBatches(db, readAnswerFilter(new URLSearchParams()), []));
    return out.text();
  } finally {
    await db.close();
  }
}

describe('the CSV export', () => {
  it('writes a fixed set of answers exactly as before the answer-field table', async () => {
    const csv = await exportedCsv();
    if (process.env.WRITE_GOLDEN === '1') {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(GOLDEN, csv);
    }
    expect(csv).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
