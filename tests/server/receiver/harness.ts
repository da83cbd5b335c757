// The receiver's behaviour over real HTTP, one topic per file in this folder, each run against
// every database (`describe.each(TEST_DATABASES)`): the same SQL must behave the same on both.
// `useReceiver` gives a file its database, a fresh receiver per test and the helpers they share.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_SEED_FILE, type RateLimit } from '../../../server/config';
import { readSeedFile } from '../../../server/data/challenges';
import type { Database } from '../../../server/data/db';
import { migrate } from '../../../server/data/migrations';
import {
  type RunningReceiver,
  type StartReceiverOptions,
  startReceiver,
} from '../../../server/start';
import type { Submission } from '../../../utils/schema/index';
import { NAMED_ONLY_CHALLENGE, type OpenTestDatabase } from '../fixtures';

export const ALLOWED = 'https://kommune.example';
export const REFUSED = 'https://evil.example';
export const START = Date.parse('2026-11-24T10:00:00.000Z');
const GENEROUS: RateLimit = { limit: 10_000, windowMs: 60_000 };

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** An envelope as JSON that tests may break in any way the schema would not allow. */
export type Json = Record<string, unknown>;

export interface StoredRow extends Record<string, unknown> {
  id: string;
  reference: string;
  challenge_id: string;
  kind: string;
  actor_type: string;
  resource_type: string | null;
  received_at: Date;
  envelope: string;
}

export interface ReceiverUnderTest {
  /** The file's database, emptied of answers and challenges before each test. */
  readonly db: Database;
  /** This test's receiver: the seed's challenges and NAMED_ONLY_CHALLENGE, ALLOWED as origin. */
  readonly receiver: RunningReceiver;
  /** A built widget's files, for the static routes. */
  readonly widgetDir: string;
  /** The receivers' clock; START at the beginning of each test. */
  now: number;
  /** Another receiver on the same database (closed after the test), with `options` changed. */
  start(options?: Partial<StartReceiverOptions>): Promise<RunningReceiver>;
  /** POSTs to /api/submissions as the widget does, with the body's id as Idempotency-Key. */
  post(
    body: string | Json | Submission,
    headers?: Record<string, string>,
    on?: RunningReceiver,
  ): Promise<Response>;
  /** What the submissions table holds. */
  rows(): Promise<StoredRow[]>;
}

/** Call inside a describe: hooks that open `open()` once for the file and a receiver per test. */
export function useReceiver(open: () => Promise<OpenTestDatabase>): ReceiverUnderTest {
  let database: OpenTestDatabase | undefined;
  let receiver: RunningReceiver | undefined;
  let widgetDir: string | undefined;
  const extra: RunningReceiver[] = [];

  const under: ReceiverUnderTest = {
    get db() {
      return database!.db;
    },
    get receiver() {
      return receiver!;
    },
    get widgetDir() {
      return widgetDir!;
    },
    now: START,
    async start(options = {}) {
      const started = await startReceiver({
        db: under.db,
        clock: () => under.now,
        seed: [...readSeedFile(DEFAULT_SEED_FILE), NAMED_ONLY_CHALLENGE],
        allowedOrigins: [ALLOWED],
        rateLimit: GENEROUS,
        staticDirs: { widget: under.widgetDir },
        ...options,
      });
      extra.push(started);
      return started;
    },
    post(body, headers = {}, on = under.receiver) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const id = typeof body === 'object' && typeof body.id === 'string' ? body.id : undefined;
      return fetch(`${on.url}/api/submissions`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(id ? { 'Idempotency-Key': id } : {}),
          ...headers,
        },
        body: text,
      });
    },
    rows: () =>
      under.db.query<StoredRow>(
        'SELECT id, reference, challenge_id, kind, actor_type, resource_type, received_at, envelope FROM submissions',
      ),
  };

  beforeAll(async () => {
    database = await open();
    widgetDir = mkdtempSync(join(tmpdir(), 'samskab-widget-'));
    writeFileSync(join(widgetDir, 'samskab.js'), 'console.log("widget");');
    writeFileSync(join(widgetDir, 'samskab.mjs'), 'export {};');
    writeFileSync(join(widgetDir, 'samskab.js.map'), '{"version":3}');
    mkdirSync(join(widgetDir, 'chunks'));
    writeFileSync(join(widgetDir, 'chunks', 'form.css'), ':host{}');
  }, 60_000);

  afterAll(async () => {
    await database?.close();
    if (widgetDir) rmSync(widgetDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    under.now = START;
    await migrate(under.db);
    await under.db.query('TRUNCATE submissions, challenges CASCADE');
    receiver = await under.start();
  });

  afterEach(async () => {
    await Promise.all(extra.splice(0).map((running) => running.close()));
  });

  return under;
}
