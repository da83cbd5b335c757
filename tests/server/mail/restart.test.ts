// Finding 4 of issue 18: retries lived in memory, so a restart lost them. Here the receiver runs in
// its own process on a PGlite data folder (as `npm start` runs it) and is killed without warning
// (SIGKILL) while the SMTP server has the first of three queued mails' data but has not said
// "250": nothing was sent. After a restart on the same folder all three go, each exactly once,
// the one that was cut off with the same Message-ID as its first try; then, stopped the polite
// way, the queue is empty, so nothing can follow.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/data/db';
import { type SpawnedReceiver, spawnReceiver } from '../../support/spawn-receiver';
import { postSubmission, validSubmission } from '../fixtures';
import { type SmtpSink, startSmtpSink } from '../smtp-sink';
import { FROM, isConfirmation } from './mail-support';

const dataDir = mkdtempSync(join(tmpdir(), 'samskab-mail-restart-'));
const ADDRESSES = ['en@example.dk', 'to@example.dk', 'tre@example.dk'];
const running: SpawnedReceiver[] = [];
let sink: SmtpSink | undefined;

afterAll(async () => {
  for (const receiver of running) await receiver.stop('SIGKILL');
  await sink?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the mail queue across a crash', () => {
  it('sends the mails queued before a SIGKILL after the restart, each exactly once', async () => {
    sink = await startSmtpSink();
    const env = {
      SAMSKAB_DATA_DIR: dataDir,
      SAMSKAB_RATE_LIMIT: '1000/60',
      SAMSKAB_LOG: 'off',
      SAMSKAB_SMTP_URL: sink.url,
      SAMSKAB_MAIL_FROM: FROM,
    };
    const start = async () => {
      const receiver = await spawnReceiver({ env, startTimeoutMs: 120_000 });
      running.push(receiver);
      return receiver;
    };

    sink.hold = true;
    const first = await start();
    for (const email of ADDRESSES) {
      const response = await postSubmission(first, { ...validSubmission(), updates: { email } });
      expect(response.status).toBe(201);
    }
    // The first mail's data is at the server, unanswered; the other two wait behind it.
    await sink.waitForArrived(1, 60_000);
    expect(await first.stop('SIGKILL')).toBeNull();
    expect(sink.mails).toEqual([]);
    const [cutOff] = sink.held;

    sink.hold = false;
    const second = await start();
    await sink.waitFor(ADDRESSES.length, 60_000);
    expect(await second.stop('SIGTERM')).toBe(0);

    expect(sink.mails.every(isConfirmation)).toBe(true);
    expect(sink.mails.map((mail) => mail.to[0]).sort()).toEqual([...ADDRESSES].sort());
    const again = sink.mails.find((mail) => mail.to[0] === cutOff!.to[0]);
    expect(again!.headers['message-id']).toBe(cutOff!.headers['message-id']);
    expect(new Set(sink.mails.map((mail) => mail.headers['message-id'])).size).toBe(3);
    // Links on the address the restarted receiver listens on, not the one that died.
    expect(again!.text).toContain(`${second.url}/mail/confirm?token=`);

    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await db.query('SELECT id FROM mail_queue')).toEqual([]);
      expect(await db.query('SELECT id FROM mail_sent')).toHaveLength(ADDRESSES.length);
      expect(await db.query('SELECT id FROM mail_recipients WHERE claimed_by IS NOT NULL')).toEqual(
        [],
      );
    } finally {
      await db.close();
    }
  }, 300_000);
});
