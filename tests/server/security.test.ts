// The receiver against hostile clients: guessed API keys, SQL in every field, oversized and
// slow requests, pages that are not allowed to post. Each test names the behaviour that keeps an
// attacker out or keeps the receiver serving everyone else.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkApiKey } from '../../server/data/api-keys';
import { migrate } from '../../server/data/migrations';
import type { RunningReceiver } from '../../server/start';
import { escapeHtml } from '../../server/ui/html';
import { visibleText } from '../../server/ui/visible-text';
import type { Submission } from '../../utils/schema/index';
import { csvExport, type DeskClient, exportKey, signedIn } from './desk/desk-client';
import {
  envelopeWith,
  NAMED_ONLY_CHALLENGE,
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
  validSubmission,
  valueAt,
} from './fixtures';
import { type ConnectionEnd, openConnection } from './http-client';

/** What a string becomes on the wire: UTF-8 has no lone surrogates, so they turn into U+FFFD. */
const asUtf8 = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

const SECRET = { name: 'Hemmelig Person', email: 'hemmelig@example.dk', body: 'Meget personlig' };

describe('the exports’ API keys', () => {
  let receiver: RunningReceiver;
  let errors: unknown[];
  let key: string;
  const paths = ['/desk/export/answers.csv', '/desk/export/answers.xlsx'];
  const refusals = new Map<string, string>();

  beforeAll(async () => {
    ({ receiver, errors } = await startTestReceiver());
    key = await exportKey(receiver);
    const answer = validSubmission('need');
    const stored = await postSubmission(receiver, {
      ...answer,
      author: { actorType: 'citizen', name: SECRET.name, email: SECRET.email },
      text: { body: `${SECRET.body} historie` },
    });
    expect(stored.status).toBe(201);
    // What a request without any key gets: every other refusal must look exactly like it, so
    // nothing about a guess (its length, a right prefix) can be told from the answer.
    for (const path of paths) {
      refusals.set(path, await (await fetch(`${receiver.url}${path}`)).text());
    }
  });

  afterAll(() => receiver.close());

  it('serves the exports to the key, in the Authorization header', async () => {
    for (const path of paths) {
      const response = await fetch(`${receiver.url}${path}`, {
        headers: { Authorization: `Bearer ${key}` },
      });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it.each<[string, string, Record<string, string>]>([
    ['no key at all', '', {}],
    ['the key in the query string', '', {}],
    ['a prefix of the key', '', {}],
    ['a suffix of the key', '', {}],
    ['the key in upper case', '', {}],
    ['the key and more', '', {}],
    ['an empty bearer', '', { Authorization: 'Bearer ' }],
    ['a key of 10,000 characters', '', { Authorization: `Bearer samskab_${'a'.repeat(10_000)}` }],
    ['the key as Basic credentials', '', {}],
    ['the key in another header', '', {}],
  ])('refuses %s, answering as to no key at all', async (label, query, given) => {
    const near: Record<string, Record<string, string>> = {
      'a prefix of the key': { Authorization: `Bearer ${key.slice(0, -1)}` },
      'a suffix of the key': { Authorization: `Bearer ${key.slice(1)}` },
      'the key in upper case': { Authorization: `Bearer ${key.toUpperCase()}` },
      'the key and more': { Authorization: `Bearer ${key}x` },
      'the key as Basic credentials': { Authorization: `Basic ${btoa(`:${key}`)}` },
      'the key in another header': { 'X-Api-Key': key, Cookie: `key=${key}` },
    };
    const headers = { ...given, ...near[label] };
    const url = label === 'the key in the query string' ? `?key=${key}&token=${key}` : query;
    for (const path of paths) {
      const response = await fetch(`${receiver.url}${path}${url}`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.text();
      expect(body).toBe(refusals.get(path));
      for (const secret of [...Object.values(SECRET), 'SK-']) expect(body).not.toContain(secret);
    }
  });

  it('keeps only a hash of each key, never the key itself', async () => {
    const rows = await receiver.db.query<{ key_hash: string }>('SELECT key_hash FROM api_keys');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key_hash).not.toContain(key.slice(8, 20));
  });

  it('refuses every string that is not a key, without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), async (presented) => {
        fc.pre(presented !== key);
        expect(await checkApiKey(receiver.db, presented, new Date())).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});

const BOBBY = "Robert'); DROP TABLE submissions;--";

/** Payloads the schema accepts: each must be stored exactly and run as no SQL. */
const INJECTIONS: readonly [path: string, kind: Submission['kind'], value: string][] = [
  ['text.title', 'need', "'); DROP TABLE submissions; --"],
  [
    'text.body',
    'need',
    "x'; DELETE FROM submissions WHERE '1'='1'; --\n$1 $$ ; TRUNCATE challenges",
  ],
  ['text.body', 'proposal', "\\'; UPDATE submissions SET envelope = '{}'; -- E'\\x00' /* */"],
  ['author.name', 'need', BOBBY],
  ['author.organisation', 'offer', '" OR ""=" ; DROP TABLE schema_migrations; --'],
  ['author.email', 'need', "a'or'1'-'1--@example.dk"],
  ['author.phone', 'need', '+45 12--34 (56) 78'],
  ['challenge.id', 'need', 'x--drop-table-submissions'],
  ['challenge.title', 'need', "'; UPDATE challenges SET data = '{}'; --"],
  ['challenge.url', 'need', "https://kommune.example/?q=';DROP TABLE challenges;--"],
  ['offer.availability', 'offer', "tirsdag'); DELETE FROM challenges; --"],
  ['offer.area', 'offer', "Lunde' || pg_sleep(5) || '"],
  ['consent.textVersion', 'need', "v1'; DROP TABLE submissions;--"],
  ['pageUrl', 'need', "https://kommune.example/side?id=1' OR '1'='1"],
  ['clientVersion', 'need', '1.0.0-drop.table--x+select.1'],
];

/** Payloads the schema refuses: a 422 naming the field, before any SQL runs. */
const REFUSED_INJECTIONS: readonly [path: string, value: string][] = [
  ['id', "'; DROP TABLE submissions; --"],
  ['kind', "need'; --"],
  ['challenge.id', "x'; DROP TABLE challenges; --"],
  ['author.actorType', "citizen' OR '1'='1"],
  ['author.phone', "+45'; DROP TABLE submissions;--"],
  ['locale', "da'; --"],
  ['source', "widget' --"],
  ['clientVersion', "1.0.0-'; --"],
  ['createdAt', "2026-11-24'; DROP TABLE submissions; --"],
];

describe.each(TEST_DATABASES)('SQL and hostile text on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let errors: unknown[];
  let earlier: { id: string; envelope: string };
  let key: string;
  let staff: DeskClient;

  const count = async (table: string) =>
    Number((await database.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

  /** Everything an injection could touch, to compare before and after. */
  const census = async () => ({
    tables: (
      await database.db.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
      )
    ).map((row) => row.name),
    challenges: await database.db.query('SELECT id, position, data FROM challenges ORDER BY id'),
    migrations: await count('schema_migrations'),
    earlier: await database.db.query<{ envelope: string }>(
      'SELECT envelope FROM submissions WHERE id = $1',
      [earlier.id],
    ),
  });

  beforeAll(async () => {
    database = await open();
    ({ receiver, errors } = await startTestReceiver({
      db: database.db,
      seed: [NAMED_ONLY_CHALLENGE],
    }));
    key = await exportKey(receiver);
    staff = await signedIn(receiver);
  }, 60_000);

  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  beforeEach(async () => {
    await database.db.query('TRUNCATE submissions CASCADE');
    const submission = validSubmission('need');
    expect((await postSubmission(receiver, submission)).status).toBe(201);
    earlier = { id: submission.id, envelope: JSON.stringify(submission) };
  });

  afterEach(() => {
    expect(errors).toEqual([]);
  });

  it.each(INJECTIONS)(
    'stores SQL in %s exactly as written and runs none of it',
    async (path, kind, value) => {
      const before = await census();
      const envelope = envelopeWith(kind, path, value);
      const response = await postSubmission(receiver, envelope);
      expect(response.status, await response.clone().text()).toBe(201);
      const { reference, statusUrl } = await response.json();

      expect(await census()).toEqual(before);
      expect(await count('submissions')).toBe(2);
      const [row] = await database.db.query<{ envelope: string }>(
        'SELECT envelope FROM submissions WHERE reference = $1',
        [reference],
      );
      expect(valueAt(JSON.parse(row!.envelope), path)).toBe(value);
      const received = (await receiver.submissions()).find((item) => item.reference === reference);
      expect(valueAt(received?.submission, path)).toBe(value);
      // A replay is compared with what was stored, through the same parameters: still one row.
      const replay = await postSubmission(receiver, envelope);
      expect([replay.status, await replay.json()]).toEqual([200, { reference, statusUrl }]);
      expect(await count('submissions')).toBe(2);
    },
  );

  it.each(REFUSED_INJECTIONS)(
    'refuses SQL in %s with a 422 naming it, touching nothing',
    async (path, value) => {
      const before = await census();
      const envelope = envelopeWith('need', path, value);
      const response = await postSubmission(receiver, envelope);
      expect(response.status).toBe(422);
      const { issues } = await response.json();
      expect(issues.map((issue: { path: string }) => issue.path)).toContain(path);
      expect(await census()).toEqual(before);
      expect(await count('submissions')).toBe(1);
    },
  );

  it('refuses SQL in the Idempotency-Key header, touching nothing', async () => {
    const before = await census();
    const response = await postSubmission(receiver, validSubmission(), {
      'Idempotency-Key': "'; DROP TABLE submissions; --",
    });
    expect(response.status).toBe(400);
    expect(await census()).toEqual(before);
  });

  it.each([
    `?challenge=' OR 1=1 --&kind=need'; DROP TABLE submissions; --`,
    `?q=' OR '1'='1&area=%'; DELETE FROM submissions; --`,
    `?order=received_at; DELETE FROM submissions&from=2026-01-01'--`,
  ])('exports through filters holding SQL, running none of it: %s', async (query) => {
    const before = await census();
    const response = await fetch(`${receiver.url}/desk/export/answers.csv${encodeURI(query)}`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(200);
    expect(await census()).toEqual(before);
    expect(await count('submissions')).toBe(1);
  });

  it.each(["' OR '1'='1", `samskab_' --`, "'; DROP TABLE submissions; --"])(
    'refuses SQL as an API key: %s',
    async (token) => {
      const before = await census();
      const bearer = await fetch(`${receiver.url}/desk/export/answers.csv`, {
        headers: { Authorization: `Bearer ${token.replaceAll(' ', '')}` },
      });
      expect(bearer.status).toBe(401);
      expect(await census()).toEqual(before);
    },
  );

  // PostgreSQL's text cannot hold NUL or a lone surrogate; the envelope is JSON, which writes both
  // as escapes, so they are stored and come back as they were sent. A lone surrogate (a client
  // that cut an emoji in half) is accepted rather than refused: the widget validates with the
  // same schema, so a 422 here would strand an answer the person was told is fine.
  it.each([
    ['a lone high surrogate', 'før \ud83d efter'],
    ['a lone low surrogate', '\udc4b'],
    ['surrogates in the wrong order', '\ude00\ud83d'],
    ['NUL and other control characters', 'a\u0000b\u0001\u0007\u001b[31m\u007f\u0085c'],
    ['a right-to-left override', '\u202Egnp.exe\u202C'],
    ['a byte-order mark and zero-width space', '\uFEFF\u200B'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
    ['emoji with modifiers and joiners', '👵🏼‍👩‍👧 🇩🇰'],
  ])('stores %s exactly and still serves the desk and its export', async (_label, value) => {
    const envelope = envelopeWith('need', 'text.body', `svar: ${value}`);
    envelope.author = { actorType: 'citizen', name: value };
    const response = await postSubmission(receiver, envelope);
    expect(response.status).toBe(201);
    const { reference, statusUrl } = await response.json();
    const received = (await receiver.submissions()).find((item) => item.reference === reference);
    expect(received?.submission?.text.body).toBe(`svar: ${value}`);
    expect(received?.submission?.author.name).toBe(value);
    const replay = await postSubmission(receiver, envelope);
    expect([replay.status, await replay.json()]).toEqual([200, { reference, statusUrl }]);

    // A response is UTF-8, which has no lone surrogates: the desk and the export show U+FFFD there.
    // A NUL, which no spreadsheet or database text takes, is shown as a space.
    const shown = asUtf8(`svar: ${value}`.replaceAll('\u0000', ' '));
    const { rows } = await csvExport(receiver, key);
    expect(rows.find((row) => row.Reference === reference)?.Tekst).toBe(shown);
    const [row] = await database.db.query<{ id: string }>(
      'SELECT id FROM submissions WHERE reference = $1',
      [reference],
    );
    const page = await staff.get(`/desk/answers/${row!.id}`);
    expect(page.status).toBe(200);
    // Control and direction characters are shown as visible marks on the desk, never hidden.
    expect(page.body).toContain(escapeHtml(visibleText(shown)));
  });
});

describe('requests too large or too slow', () => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let errors: unknown[];

  beforeAll(async () => {
    database = await TEST_DATABASES[0]!.open();
    await migrate(database.db);
  });

  afterAll(() => database.close());

  // A receiver per test, so a connection one test leaves behind cannot touch the next; one
  // database for all, since opening PGlite takes seconds.
  beforeEach(async () => {
    await database.db.query('TRUNCATE submissions CASCADE');
    ({ receiver, errors } = await startTestReceiver({
      db: database.db,
      bodyTimeoutMs: 1000,
      headersTimeoutMs: 1000,
    }));
  });

  afterEach(async () => {
    await receiver.close();
    expect(errors).toEqual([]);
  });

  /** Someone else posting an answer meanwhile: it must go through, and when it did. */
  const anotherClient = async () => {
    const submission = validSubmission();
    const response = await postSubmission(receiver, submission);
    expect(response.status).toBe(201);
    return Date.now();
  };

  const stored = async () => (await receiver.submissions()).length;

  const head = (lines: readonly string[]) => `${['Host: receiver', ...lines].join('\r\n')}\r\n`;

  const refusedOrCut = (end: ConnectionEnd, status: number) => {
    // Node answers the status and closes; when it closes before reading everything sent, the
    // kernel may reset the connection first. Either way the request was not served.
    if (end.status === undefined) expect(end.error).toMatch(/ECONNRESET|EPIPE/);
    else expect(end.status).toBe(status);
  };

  it.each([
    ['a header of 100 KB', head([`X-Big: ${'a'.repeat(100_000)}`])],
    [
      '5,000 headers',
      head(Array.from({ length: 5000 }, (_, index) => `X-Flood-${index}: ${index}`)),
    ],
  ])('answers %s with 431 and keeps serving others', async (_label, headers) => {
    const connection = await openConnection(receiver.url);
    connection.write(`GET /api/challenges HTTP/1.1\r\n${headers}\r\n`);
    refusedOrCut(await connection.ended, 431);
    await anotherClient();
  });

  it('takes a request with headers just under 16 KiB, and refuses one just over', async () => {
    const request = (size: number) =>
      `GET /api/challenges HTTP/1.1\r\n${head([`X-Pad: ${'a'.repeat(size)}`, 'Connection: close'])}\r\n`;
    const padding = 16 * 1024 - Buffer.byteLength(request(0));
    const fits = await openConnection(receiver.url);
    fits.write(request(padding - 100));
    expect((await fits.ended).status).toBe(200);
    const over = await openConnection(receiver.url);
    over.write(request(padding + 100));
    refusedOrCut(await over.ended, 431);
  });

  it.each([
    ['two Content-Lengths', ['Content-Length: 2', 'Content-Length: 20']],
    ['Content-Length with Transfer-Encoding', ['Content-Length: 2', 'Transfer-Encoding: chunked']],
  ])(
    'refuses a body framed ambiguously (%s) with 400, storing nothing',
    async (_label, framing) => {
      const submission = JSON.stringify(validSubmission());
      const connection = await openConnection(receiver.url);
      connection.write(
        `POST /api/submissions HTTP/1.1\r\n${head(['Content-Type: application/json', ...framing])}\r\n${submission}`,
      );
      refusedOrCut(await connection.ended, 400);
      expect(await stored()).toBe(0);
    },
  );

  /** A POST whose headers are complete and whose body is still to come. */
  const postHead = (lines: readonly string[]) =>
    `POST /api/submissions HTTP/1.1\r\n${head([
      'Content-Type: application/json',
      `Idempotency-Key: ${validSubmission().id}`,
      ...lines,
    ])}\r\n`;

  it.each([
    ['trickles the body a byte every 200 ms', ['Content-Length: 5000'], ' '],
    ['trickles a chunked body', ['Transfer-Encoding: chunked'], '1\r\n \r\n'],
    ['sends half the body and then nothing', ['Content-Length: 5000'], undefined],
  ])(
    'gives up on a client that %s: 408 within the body timeout, others served meanwhile',
    async (_label, lines, trickle) => {
      const openedAt = Date.now();
      const slow = await openConnection(receiver.url);
      slow.write(`${postHead(lines)}${lines[0]!.startsWith('Transfer') ? '' : '{"id":'}`);
      if (trickle) slow.trickle(trickle, 200);
      const servedAt = await anotherClient();
      const end = await slow.ended;
      expect(end.status, end.text).toBe(408);
      expect(JSON.parse(end.text.slice(end.text.indexOf('\r\n\r\n') + 4))).toEqual({
        error: 'the body did not arrive within 1 s; send it again',
      });
      expect(end.afterMs).toBeGreaterThanOrEqual(900);
      expect(end.afterMs).toBeLessThan(3000);
      expect(servedAt - openedAt).toBeLessThan(end.afterMs);
      expect(await stored()).toBe(1);
    },
  );

  it('gives up on a client that trickles its headers: 408 within the headers timeout', async () => {
    const slow = await openConnection(receiver.url);
    slow.write('POST /api/submissions HTTP/1.1\r\nHost: receiver\r\n');
    slow.trickle('X-Slow: 1\r\n', 200);
    await anotherClient();
    const end = await slow.ended;
    refusedOrCut(end, 408);
    expect(end.afterMs).toBeGreaterThanOrEqual(900);
    expect(end.afterMs).toBeLessThan(3000);
  });

  it('closes a connection that never sends a byte', async () => {
    const silent = await openConnection(receiver.url);
    const end = await silent.ended;
    expect(end.afterMs).toBeGreaterThanOrEqual(900);
    expect(end.afterMs).toBeLessThan(3000);
  });

  it('logs nothing when a client goes away in the middle of its body, and serves the next', async () => {
    const leaving = await openConnection(receiver.url);
    // The 100 comes when the handler starts reading the body (server/http/request-body.ts): then part of it.
    leaving.write(postHead(['Content-Length: 5000', 'Expect: 100-continue']));
    await leaving.received('HTTP/1.1 100 Continue');
    leaving.write('{"id":');
    leaving.destroy();
    await leaving.ended;
    // The receiver has seen it go (Node counts a socket until its 'close'); what the handler does
    // about it follows in the same turn.
    await vi.waitFor(async () => {
      const open = await new Promise<number>((resolve, reject) =>
        receiver.server.getConnections((error, n) => (error ? reject(error) : resolve(n))),
      );
      expect(open).toBe(0);
    });
    await anotherClient();
    // afterEach checks that nothing was logged as an error.
  });

  it('uses the documented defaults: 10 s for the headers, 10 s for the body', async () => {
    const { receiver: defaults } = await startTestReceiver({ db: database.db });
    try {
      expect(defaults.server.headersTimeout).toBe(10_000);
      // Node's limit on the whole request: the receiver's own 408 for the body comes first.
      expect(defaults.server.requestTimeout).toBe(21_000);
    } finally {
      await defaults.close();
    }
  });

  it('refuses timeouts that are not a positive number of milliseconds', async () => {
    await expect(startTestReceiver({ bodyTimeoutMs: 0 })).rejects.toThrow(/bodyTimeoutMs/);
    await expect(startTestReceiver({ headersTimeoutMs: Number.NaN })).rejects.toThrow(
      /headersTimeoutMs/,
    );
  });
});

describe('posts from pages that are not allowed', () => {
  const ALLOWED = 'https://kommune.example';
  let receiver: RunningReceiver;

  beforeAll(async () => {
    ({ receiver } = await startTestReceiver({ allowedOrigins: [ALLOWED] }));
  });

  afterAll(() => receiver.close());

  const corsHeaders = (response: Response) =>
    [...response.headers.keys()].filter((key) => key.startsWith('access-control-'));

  // A browser preflights a JSON post, and the refused preflight (receiver/cors.test.ts) stops it
  // there. So a JSON post that arrives with a refused Origin comes from a client that is not a
  // web page (the extension sends its own origin; curl can send any), which CORS does not bind:
  // it is stored, as docs/protocol.md says, and it gets nothing a page could read.
  it('stores a JSON post with a refused Origin but gives it no CORS headers', async () => {
    for (const origin of ['https://evil.example', 'chrome-extension://abcdefghijklmnopabcdefgh']) {
      const response = await postSubmission(receiver, validSubmission(), { Origin: origin });
      expect(response.status).toBe(201);
      expect(corsHeaders(response)).toEqual([]);
    }
  });

  it('gives a refused Origin no CORS headers on a refusal either', async () => {
    const response = await postSubmission(receiver, envelopeWith('need', 'locale', '!'), {
      Origin: 'https://evil.example',
    });
    expect(response.status).toBe(422);
    expect(corsHeaders(response)).toEqual([]);
  });

  // What a page can send without a preflight: a form, or fetch with a "simple" content type.
  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
  ])('refuses a cross-site post sent as %s with 415, storing nothing', async (_label, type) => {
    const before = (await receiver.submissions()).length;
    const response = await postSubmission(receiver, validSubmission(), {
      Origin: 'https://evil.example',
      'Content-Type': type,
    });
    expect(response.status).toBe(415);
    expect(corsHeaders(response)).toEqual([]);
    expect((await receiver.submissions()).length).toBe(before);
  });

  it.each([
    'https://kommune.example.evil.example',
    'https://evilkommune.example',
    'http://kommune.example',
    'https://kommune.example:8443',
    'https://www.kommune.example',
    'null',
  ])('treats the look-alike origin %s as refused', async (origin) => {
    const preflight = await fetch(`${receiver.url}/api/submissions`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const response = await postSubmission(receiver, validSubmission(), { Origin: origin });
    expect(corsHeaders(response)).toEqual([]);
  });
});
