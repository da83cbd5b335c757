// What an erasure leaves in the database's files (issue 18): PGlite in a folder on disk, a person's
// answer with text, e-mail, phone, an address for news and an internal note, erased on the desk.
// Before the tables are rebuilt, the old bytes are still in the table, index and WAL files (which
// shows this test can fail); after the rebuild the receiver does at its next start, no file in the
// data folder holds them, `base/` (tables and indexes) and `pg_wal/` (the write-ahead log) alike.
// On PostgreSQL the rebuild is a plain VACUUM (server/data/erasure-rebuild.ts): checked there too.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildAfterErasures, rebuildDue } from '../../../server/data/erasure-rebuild';
import { applyRetention, setRetentionMonths } from '../../../server/data/retention';
import type { RunningReceiver } from '../../../server/start';
import { filesContaining } from '../data-files';
import { openTestPostgres, startTestReceiver } from '../fixtures';
import { skipPostgres } from '../postgres';
import { signedIn } from './desk-client';
import { answerFrom, challenge, post } from './privacy-support';

/** What Karen wrote and is, each in a form no other row holds. */
const KAREN = {
  body: 'hemmeligbænken ved kvicklysøen trænger til maling',
  email: 'karen.unik@example.dk',
  phone: '+45 61 23 45 97',
  storedPhone: '+4561234597',
  newsAddress: 'karen.nyheder@example.dk',
  note: 'notatomkarensnabo ringede',
};
/** What each erased value is searched for as, in the files. */
const TRACES = [
  KAREN.body.slice(0, 16),
  KAREN.email,
  KAREN.phone,
  KAREN.storedPhone,
  KAREN.newsAddress,
  KAREN.note,
];

const traces = (dir: string) =>
  Object.fromEntries(TRACES.map((trace) => [trace, filesContaining(dir, trace)]));

async function startOn(dataDir: string): Promise<RunningReceiver> {
  const { receiver } = await startTestReceiver({
    database: { kind: 'pglite', dataDir },
    seed: [challenge('ensomhed-lunde')],
    // Mail on (an address for news is kept only when mail can go to it), delivered nowhere.
    smtpUrl: 'smtp://127.0.0.1:9',
    mailFrom: 'samskab@lunde.dk',
    mailTransport: { sendMail: async () => {} },
  });
  return receiver;
}

describe('erased data in PGlite’s files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samskab-erasure-files-'));
  const dataDir = join(dir, 'pglite');
  let karen: { id: string; reference: string };
  let ole: { id: string; reference: string };
  /** The files of the indexes on e-mail and phone and of the search index, before the rebuild. */
  let indexFiles: Record<string, string>;

  beforeAll(async () => {
    const receiver = await startOn(dataDir);
    try {
      const answer = answerFrom(
        { name: 'Karen Unik', email: KAREN.email, phone: KAREN.phone },
        { title: 'Bænken', body: KAREN.body },
      );
      karen = await post(receiver, { ...answer, updates: { email: KAREN.newsAddress } });
      ole = await post(
        receiver,
        answerFrom({ name: 'Ole Olsen', email: 'ole@example.dk' }, { body: 'Oles bænk' }),
      );
      const facilitator = await signedIn(receiver);
      await receiver.db.query(
        'INSERT INTO answer_notes (id, submission_id, staff_id, text, created_at) VALUES ($1, $2, $3, $4, $5)',
        [randomUUID(), karen.id, facilitator.staff.id, KAREN.note, new Date()],
      );
      indexFiles = {};
      for (const index of [
        'submissions_contact_email_idx',
        'submissions_contact_phone_idx',
        'submissions_search_idx',
      ]) {
        const [row] = await receiver.db.query<{ path: string }>(
          'SELECT pg_relation_filepath($1) AS path',
          [index],
        );
        indexFiles[index] = row!.path;
      }
      const erased = await facilitator.post('/desk/people/erase', {
        query: KAREN.email,
        answer: karen.id,
        confirm: 'ja',
      });
      expect(erased.status).toBe(303);
    } finally {
      await receiver.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('before the rebuild, the erased text is still in the table, index and WAL files', () => {
    const found = traces(dataDir);
    for (const trace of TRACES) {
      expect(
        found[trace]!.some((file) => file.startsWith('base/')),
        trace,
      ).toBe(true);
    }
    // The WAL holds what was written since its segments were last recycled, which depends on where
    // the segment boundary fell (the migrations write most of it): each value is in a segment or
    // was recycled with it, so the check here is that the WAL's files are read at all. After the
    // rebuild, none may hold any value (the test below), segments recycled or not.
    expect(
      TRACES.filter((trace) => found[trace]!.some((file) => file.startsWith('pg_wal/'))).length,
    ).toBeGreaterThan(0);
    expect(found[KAREN.email]).toContain(indexFiles.submissions_contact_email_idx);
    expect(found[KAREN.storedPhone]).toContain(indexFiles.submissions_contact_phone_idx);
    // The search index holds the words as stemmed lexemes.
    expect(filesContaining(dataDir, 'hemmeligbænk')).toContain(indexFiles.submissions_search_idx);
  });

  it('after the rebuild at the next start, no file in the data folder holds it', async () => {
    const receiver = await startOn(dataDir);
    try {
      expect(await rebuildDue(receiver.db)).toBe(false);
      // The answers are all still there: Ole's as he wrote it, Karen's as erased.
      const rows = await receiver.db.query<{ id: string; body: string; erased: boolean }>(
        'SELECT id, body, erased_at IS NOT NULL AS erased FROM submissions ORDER BY body',
      );
      expect(rows).toEqual([
        { id: karen.id, body: '', erased: true },
        { id: ole.id, body: 'Oles bænk', erased: false },
      ]);
    } finally {
      await receiver.close();
    }
    expect(traces(dataDir)).toEqual(Object.fromEntries(TRACES.map((trace) => [trace, []])));
    expect(filesContaining(dataDir, 'hemmeligbænk')).toEqual([]);
    // Ole's answer, not erased, is in the files as before.
    expect(filesContaining(dataDir, 'ole@example.dk').length).toBeGreaterThan(0);
  }, 120_000);
});

describe.skipIf(skipPostgres)('erasure on PostgreSQL', () => {
  it('the retention period asks for a rebuild, which VACUUMs the tables and is then done', async () => {
    const database = await openTestPostgres();
    const { receiver } = await startTestReceiver({
      db: database.db,
      seed: [challenge('lukket-for-laenge-siden')],
    });
    try {
      const db = receiver.db;
      const admin = await signedIn(receiver, { role: 'admin' });
      await post(
        receiver,
        answerFrom(
          { name: 'Karen Unik', email: KAREN.email },
          { challengeId: 'lukket-for-laenge-siden' },
        ),
      );
      await db.query("UPDATE challenges SET closed_at = now() - interval '2 years'");
      await setRetentionMonths(db, 12, admin.staff.id, new Date());
      expect(await rebuildDue(db)).toBe(false);
      expect(await applyRetention(db, null, new Date())).toBe(1);
      expect(await rebuildDue(db)).toBe(true);
      const vacuumed = () =>
        db.query<{ name: string }>(
          `SELECT relname AS name FROM pg_stat_user_tables
           WHERE last_vacuum IS NOT NULL ORDER BY relname`,
        );
      expect(await vacuumed()).toEqual([]);
      expect(await rebuildAfterErasures(db)).toBe(true);
      expect((await vacuumed()).map((row) => row.name)).toEqual([
        'answer_events',
        'answer_notes',
        'answer_update_addresses',
        'audit_log',
        'mail_recipients',
        'submissions',
      ]);
      expect(await rebuildDue(db)).toBe(false);
      expect(await rebuildAfterErasures(db)).toBe(false);
    } finally {
      await receiver.close();
      await database.close();
    }
  }, 120_000);
});
