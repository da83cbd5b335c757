// Protocol 1.4's batch of statuses, `POST /api/status`, against running receivers on PGlite and
// PostgreSQL: the reports in the order asked, a 304 while the client's ETag still holds, the
// status checks' limit counted in the database by entries (shared by two receivers on one database,
// exact under a parallel burst, the GET counted in the same rows), the size cap, and forged,
// unknown and erased tokens answered alike. The GET of protocol 1.1 answers as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/data/db';
import { MAX_STATUS_BATCH } from '../../server/routes/status-batch';
import type { RunningReceiver } from '../../server/start';
import { StatusReport } from '../../utils/answer-status';
import { type DeskClient, signedIn } from './desk/desk-client';
import { postSubmission, startTestReceiver, TEST_DATABASES, validSubmission } from './fixtures';

const ALLOWED = 'https://www.lunde.dk';
type Receipt = { reference: string; statusUrl: string };
const tokenOf = (statusUrl: string) => new URL(statusUrl).pathname.split('/').pop() ?? '';
const FORGED = 'A'.repeat(43);

const batch = (
  receiver: Pick<RunningReceiver, 'url'>,
  tokens: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(`${receiver.url}/api/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ tokens }),
  });

describe.each(TEST_DATABASES)('the batch of statuses on $name', ({ open }) => {
  let db: Database;
  let close: () => Promise<void>;
  let receiver: RunningReceiver;
  let admin: DeskClient;
  let errors: unknown[];
  let now = Date.parse('2026-12-01T10:00:00Z');
  const clock = () => now;

  beforeAll(async () => {
    const database = await open();
    db = database.db;
    ({ receiver, errors } = await startTestReceiver({ db, allowedOrigins: [ALLOWED], clock }));
    close = async () => {
      await receiver.close();
      await database.close();
    };
    admin = await signedIn(receiver, { role: 'admin' });
  }, 60_000);
  afterAll(() => close?.());

  const send = async (on: Pick<RunningReceiver, 'url'> = receiver) => {
    const submission = validSubmission('need');
    const response = await postSubmission(on, submission);
    expect(response.status).toBe(201);
    return { id: submission.id, ...((await response.json()) as Receipt) };
  };

  it('reports every token in the order asked, gone for forged, unknown and erased alike', async () => {
    const [a, b, erased] = [await send(), await send(), await send()];
    now += 60_000;
    await admin.post(`/desk/answers/${b.id}/reply`, {
      reply: 'Tak, vi ser på det.',
      action: 'publish',
    });
    await db.query('UPDATE submissions SET erased_at = now() WHERE id = $1', [erased.id]);
    const tokens = [tokenOf(b.statusUrl), FORGED, tokenOf(a.statusUrl), tokenOf(erased.statusUrl)];
    const response = await batch(receiver, tokens, { Origin: ALLOWED });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
    const { statuses } = (await response.json()) as { statuses: Record<string, unknown>[] };
    expect(statuses.map((entry) => entry.token)).toEqual(tokens);
    expect(StatusReport.parse(statuses[0])).toMatchObject({
      reference: b.reference,
      reply: 'Tak, vi ser på det.',
    });
    expect(statuses[2]).toMatchObject({ reference: a.reference, status: 'received' });
    // A forged token and an erased answer's are the same two keys: nothing tells them apart.
    expect(statuses[1]).toEqual({ token: FORGED, gone: true });
    expect(statuses[3]).toEqual({ token: tokenOf(erased.statusUrl), gone: true });
    // Each entry is what the GET of protocol 1.1 says, which answers as before.
    const single = await fetch(`${receiver.url}/api/status/${tokens[0]}`);
    expect(single.status).toBe(200);
    expect(single.headers.get('cache-control')).toBe('no-store');
    const { token: _, ...fromBatch } = statuses[0]!;
    expect(await single.json()).toEqual(fromBatch);
    expect((await fetch(`${receiver.url}/api/status/${FORGED}`)).status).toBe(404);
    expect(errors).toEqual([]);
  });

  it('answers 304 while nothing changed, and 200 with a new ETag once staff show a status', async () => {
    const answer = await send();
    const tokens = [tokenOf(answer.statusUrl)];
    const first = await batch(receiver, tokens);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const unchanged = await batch(receiver, tokens, { 'If-None-Match': etag ?? '' });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(unchanged.headers.get('cache-control')).toBe('no-store');
    expect(await unchanged.text()).toBe('');
    now += 60_000;
    await admin.post(`/desk/answers/${answer.id}/status`, {
      status: 'in-review',
      action: 'publish',
    });
    const changed = await batch(receiver, tokens, { 'If-None-Match': etag ?? '' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const { statuses } = (await changed.json()) as { statuses: { status: string }[] };
    expect(statuses[0]?.status).toBe('in-review');
  });

  it('refuses a batch over the cap, malformed tokens, a token twice and other content', async () => {
    const tokens = Array.from(
      { length: MAX_STATUS_BATCH + 1 },
      (_, i) => `${'B'.repeat(40)}${String(i).padStart(3, '0')}`,
    );
    expect((await batch(receiver, tokens)).status).toBe(400);
    expect((await batch(receiver, tokens.slice(0, MAX_STATUS_BATCH))).status).toBe(200);
    expect((await batch(receiver, [])).status).toBe(400);
    expect((await batch(receiver, ['../../etc/passwd'])).status).toBe(400);
    expect((await batch(receiver, [FORGED, FORGED])).status).toBe(400);
    expect((await batch(receiver, 'x')).status).toBe(400);
    const huge = await fetch(`${receiver.url}/api/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tokens: [FORGED], pad: 'x'.repeat(10_000) }),
    });
    expect(huge.status).toBe(413);
    const form = await fetch(`${receiver.url}/api/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'tokens=x',
    });
    expect(form.status).toBe(415);
    // The preflight lets an allowed page send its ETag back.
    const preflight = await fetch(`${receiver.url}/api/status`, {
      method: 'OPTIONS',
      headers: {
        Origin: ALLOWED,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, if-none-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
  });

  it('counts entries against the status limit in the database, shared by receivers and the GET', async () => {
    const limit = { limit: 10, windowMs: 60_000 };
    const started = await Promise.all(
      [0, 1].map(() => startTestReceiver({ db, rateLimit: limit, clock })),
    );
    const [one, two] = started.map((s) => s.receiver) as [RunningReceiver, RunningReceiver];
    try {
      now = Date.parse('2026-12-02T10:00:00Z');
      const answer = await send(one);
      const token = tokenOf(answer.statusUrl);
      const tokens = [token, ...Array.from({ length: 5 }, (_, i) => `${'C'.repeat(42)}${i}`)];
      // 6 entries on one receiver, 3 GETs on the other: 9 of 10.
      expect((await batch(one, tokens)).status).toBe(200);
      for (let i = 0; i < 3; i++)
        expect((await fetch(`${two.url}/api/status/${token}`)).status).toBe(200);
      // 2 more entries would pass the limit: refused, and not counted, so 1 still goes through.
      const over = await batch(two, tokens.slice(0, 2));
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await batch(one, [token])).status).toBe(200);
      expect((await fetch(`${one.url}/api/status/${token}`)).status).toBe(429);
      // Counted in the database, in one row per client and window.
      const [row] = await db.query<{ used: number }>(
        'SELECT used FROM status_checks WHERE window_start = $1',
        [new Date(now)],
      );
      expect(Number(row?.used)).toBe(10);

      // A parallel burst in the next window, half to each receiver: exactly 10 entries answered.
      now += 60_000;
      const burst = await Promise.all(
        Array.from({ length: 12 }, (_, i) => batch(i % 2 ? one : two, tokens.slice(0, 2))),
      );
      const codes = burst.map((response) => response.status);
      expect(codes.filter((code) => code === 200)).toHaveLength(5);
      expect(codes.filter((code) => code === 429)).toHaveLength(7);
      // A batch larger than the whole limit is refused before any query.
      now += 60_000;
      const tooMany = Array.from(
        { length: 11 },
        (_, i) => `${'D'.repeat(41)}${String(i).padStart(2, '0')}`,
      );
      expect((await batch(one, tooMany)).status).toBe(429);
      expect((await batch(one, tokens)).status).toBe(200);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
