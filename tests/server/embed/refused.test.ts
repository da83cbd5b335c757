// Issue 21 point 3, over HTTP against a running receiver: a refused site is counted (origin, first
// and last seen, count: no answer, no address), named in its log line only when it is a real
// origin, kept in bounded memory and a bounded table, and written every few seconds, never per
// request: counted through a wrapped database, under a flood of random origins through the
// receiver and of 100,000 through the counter itself, while a site with steady traffic stays.
import { connect } from 'node:net';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase, type Queryable } from '../../../server/data/db';
import { migrate } from '../../../server/data/migrations';
import {
  createRefusedOrigins,
  REFUSED_FLUSH_MS,
  REFUSED_IN_MEMORY,
  REFUSED_KEPT,
} from '../../../server/data/refused-origins';
import type { RunningReceiver } from '../../../server/start';
import { signedIn } from '../desk/desk-client';
import { postSubmission, startTestReceiver, validSubmission } from '../fixtures';

const REAL = 'https://www.lunde.dk';

/** `db` with every statement that writes counted, inside transactions too. */
function countingWrites(db: Database): { db: Database; writes: string[] } {
  const writes: string[] = [];
  const note = (sql: string) => {
    if (/^\s*(INSERT|UPDATE|DELETE)\b/i.test(sql)) writes.push(sql.trim().split(/\s+/)[0]!);
  };
  const counted = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      note(sql);
      return q.query(sql, params);
    },
  });
  return {
    writes,
    db: {
      kind: db.kind,
      ...counted(db),
      transaction: (work) =>
        db.transaction((tx) => work({ ...counted(tx), exec: (sql) => tx.exec(sql) })),
      exec: (sql) => db.exec(sql),
      close: () => db.close(),
    },
  };
}

function logLines() {
  const lines: Record<string, unknown>[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
      lines.push(JSON.parse(line));
  });
  return { lines, logger: pino({ base: undefined }, stream) };
}

const preflight = (receiver: RunningReceiver, origin: string) =>
  fetch(`${receiver.url}/api/submissions`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
  });

/** A preflight written byte for byte, with an Origin no fetch would send. */
function rawPreflight(receiver: RunningReceiver, origin: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(receiver.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.write(
      Buffer.concat([
        Buffer.from('OPTIONS /api/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: '),
        origin,
        Buffer.from('\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n'),
      ]),
    );
  });
}

let receiver: RunningReceiver | undefined;
let db: Database | undefined;
afterEach(async () => {
  await receiver?.close();
  await db?.close();
  receiver = undefined;
  db = undefined;
});

describe('refused sites', () => {
  it('keeps the origin, when and how often: no answer text, address or personal data', async () => {
    const { lines, logger } = logLines();
    db = await openDatabase({ kind: 'memory' });
    ({ receiver } = await startTestReceiver({
      db,
      logger,
      allowedOrigins: [REAL],
      trustedProxies: ['127.0.0.1'],
    }));
    const answer = {
      ...validSubmission('need'),
      author: {
        actorType: 'citizen' as const,
        name: 'Hemmelig Person',
        email: 'hemmelig.person@example.dk',
        phone: '+45 23 45 67 89',
      },
      text: { body: 'Min hemmelige historie om naboen' },
    };
    const refused = 'https://ny-side.lunde.dk';
    expect((await preflight(receiver, refused)).status).toBe(403);
    // Posted anyway (as a client that is no browser could): processed, but counted as refused.
    const posted = await postSubmission(receiver, answer, {
      Origin: refused,
      'X-Forwarded-For': '203.0.113.7',
    });
    expect(posted.status).toBe(201);
    expect(posted.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(receiver, REAL)).status).toBe(204);
    // The extension posts with its own origin: delivered, and no site refused.
    const fromExtension = await postSubmission(receiver, validSubmission('need'), {
      Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    });
    expect(fromExtension.status).toBe(201);
    await receiver.close();

    const rows = await receiver.db.query('SELECT * FROM refused_origins');
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['count', 'first_seen', 'last_seen', 'origin']);
    expect(rows[0]).toMatchObject({ origin: refused, count: 2 });
    const stored = JSON.stringify(rows);
    for (const secret of [
      'Hemmelig',
      'hemmelig.person',
      '23 45 67',
      'naboen',
      '203.0.113.7',
      '127.0.0.1',
    ])
      expect(stored, secret).not.toContain(secret);

    // The log names the refused site on its two lines, and no other line names one (not the
    // extension's post).
    const named = lines.filter((line) => line.msg === 'request' && 'origin' in line);
    expect(named.map((line) => [line.route, line.status, line.origin])).toEqual([
      ['OPTIONS', 403, refused],
      ['/api/submissions', 201, refused],
    ]);
  }, 120_000);

  it('never lets an Origin no browser sends into the log or the list', async () => {
    const { lines, logger } = logLines();
    db = await openDatabase({ kind: 'memory' });
    ({ receiver } = await startTestReceiver({ db, logger }));
    const hostile = [
      Buffer.from('https://evil.example\u001b[2J'),
      Buffer.from('https://bücher.dk', 'utf8'),
      Buffer.from(`https://${'a'.repeat(20_000)}.dk`),
      Buffer.from('https://karen@example.dk'),
      Buffer.from('null'),
    ];
    for (const origin of hostile) {
      const answer = await rawPreflight(receiver, origin);
      // Node refuses control characters in a header itself; the rest are refused by CORS.
      expect(answer).toMatch(/^HTTP\/1\.1 (403|400|431)/);
    }
    // A header split by CR LF is two headers: the first is the origin, the second never one.
    expect(
      await rawPreflight(receiver, Buffer.from('https://split.example\r\nX-Injected: 1')),
    ).toMatch(/^HTTP\/1\.1 403/);
    await receiver.close();
    const origins = lines.filter((line) => 'origin' in line).map((line) => line.origin);
    expect(origins.length).toBeGreaterThan(0);
    for (const origin of origins)
      expect(['invalid', 'null', 'https://split.example']).toContain(origin);
    const rows = await receiver.db.query<{ origin: string }>('SELECT origin FROM refused_origins');
    expect(rows.map((row) => row.origin)).toEqual(['https://split.example']);
  }, 120_000);

  it('costs no write per request under a flood of random origins, and keeps the steady site', async () => {
    db = await openDatabase({ kind: 'memory' });
    const wrapped = countingWrites(db);
    ({ receiver } = await startTestReceiver({
      db: wrapped.db,
      connections: { perClient: 1_000 },
    }));
    const admin = await signedIn(receiver, { role: 'admin' });
    const before = wrapped.writes.length;
    const started = performance.now();
    const requests = 1_000;
    for (let batch = 0; batch < requests / 50; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          preflight(
            receiver!,
            i % 10 === 0 ? 'https://ny.lunde.dk' : `https://r${batch}-${i}.flood.example`,
          ),
        ),
      );
    }
    const elapsed = performance.now() - started;
    const writes = wrapped.writes.length - before;
    // At most one write (two statements) per REFUSED_FLUSH_MS, and one for what is left at the end.
    expect(writes).toBeLessThanOrEqual(2 * (Math.ceil(elapsed / REFUSED_FLUSH_MS) + 1));
    expect(writes).toBeLessThan(requests / 20);

    const page = await admin.get('/desk/embed/sites');
    expect(page.body).toContain('https://ny.lunde.dk');
    const [real] = await receiver.db.query<{ origin: string; count: number }>(
      'SELECT origin, count FROM refused_origins ORDER BY count DESC LIMIT 1',
    );
    expect(real?.origin).toBe('https://ny.lunde.dk');
    expect(real?.count).toBeGreaterThan(requests / 20);
    expect(real?.count).toBeLessThanOrEqual(requests / 10);
    const [{ n }] = (await receiver.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM refused_origins',
    )) as [{ n: number }];
    expect(n).toBeLessThanOrEqual(REFUSED_KEPT);
  }, 120_000);

  it('stays bounded through 100,000 random origins, in memory and in the table', async () => {
    db = await openDatabase({ kind: 'memory' });
    {
      await migrate(db);
      const wrapped = countingWrites(db);
      let now = Date.parse('2026-12-01T12:00:00Z');
      const errors: unknown[] = [];
      const refused = createRefusedOrigins({
        db: wrapped.db,
        clock: () => now,
        logError: (_m, error) => errors.push(error),
        // No timer in this test: the writes happen where it says so.
        flushEveryMs: 3_600_000,
      });
      let real = 0;
      for (let i = 1; i <= 100_000; i++) {
        now += 1;
        refused.record(`https://r${i}.flood.example`);
        if (i % 40 === 0) {
          refused.record(REAL);
          real += 1;
        }
        // As the timer would, every 5 s of this flood (5,000 requests at 1 per ms).
        if (i % 5_000 === 0) {
          expect(wrapped.writes).toHaveLength((i / 5_000 - 1) * 2);
          await refused.flush();
        }
      }
      expect(wrapped.writes).toHaveLength(40);
      const listed = await refused.list(1_000);
      expect(listed.length).toBeLessThanOrEqual(REFUSED_KEPT);
      expect(listed[0]?.origin).toBe(REAL);
      expect(listed[0]?.count).toBeGreaterThan(real / 2);
      expect(listed[0]?.count).toBeLessThanOrEqual(real);
      expect(REFUSED_IN_MEMORY).toBeLessThanOrEqual(1_000);
      await refused.close();
      expect(errors).toEqual([]);
    }
  }, 120_000);
});
