// The desk at scale (issue 12): 100,000 answers in the database (PGlite in memory, inserted by
// SQL: answers of 300–800 characters across 20 challenges, every desk column filled), then the
// pages staff open most, timed over HTTP as the desk serves them, medians of 7 after a warm-up.
// The goal for the list page is ≤ 300 ms; `/healthz` in the same run is the baseline (the cost
// of a request that does nothing). Memory is the receiver process's own, before and after.
import { startReceiver } from '../server/start';
import { signedIn } from '../tests/server/desk/desk-client';
import { median, ratio, round } from './stats';

const ANSWERS = 100_000;
const RUNS = 7;

const WORDS = [
  'ensomme',
  'ældre',
  'aften',
  'fællesspisning',
  'cykelture',
  'lokale',
  'minibus',
  'naboer',
  'frivillige',
  'biblioteket',
  'lektier',
  'stationen',
  'lys',
  'bænke',
  'haven',
  'kaffe',
];

async function fill(db: Parameters<typeof signedIn>[0]['db']) {
  // One statement per 10,000 rows: generate_series writes the rows inside the database.
  for (let start = 0; start < ANSWERS; start += 10_000) {
    await db.query(
      `INSERT INTO submissions (id, reference, challenge_id, kind, actor_type, resource_type,
         received_at, envelope, updated_at, source, title, body, area, may_contact, can_help,
         status, contact_name, contact_email)
       SELECT gen_random_uuid(), 'B-' || n, 'udfordring-' || (n % 20), (ARRAY['need','proposal','offer'])[1 + n % 3],
         'citizen', CASE WHEN n % 3 = 2 THEN 'venue' END,
         now() - (n || ' minutes')::interval, '{}', now(), 'widget',
         'Svar nummer ' || n,
         repeat((ARRAY[${WORDS.map((w) => `'${w} '`).join(',')}])[1 + n % ${WORDS.length}] || 'og ' || (ARRAY[${WORDS.map((w) => `'${w} '`).join(',')}])[1 + (n / 7) % ${WORDS.length}], 12 + n % 20),
         CASE WHEN n % 3 = 2 THEN 'Lunde' END, n % 2 = 0, n % 5 = 0,
         (ARRAY['received','in-review','taken-forward','not-taken-forward','done'])[1 + n % 5],
         'person ' || n, 'person' || n || '@example.dk'
       FROM generate_series($1::int, $2::int) AS n`,
      [start, Math.min(ANSWERS, start + 10_000) - 1],
    );
  }
}

export async function measureDesk() {
  const receiver = await startReceiver({ database: { kind: 'memory' }, seed: false });
  try {
    const t0 = Date.now();
    await fill(receiver.db);
    const fillSeconds = round((Date.now() - t0) / 1000);
    const staff = await signedIn(receiver);
    const time = async (path: string) => {
      const times: number[] = [];
      let bytes = 0;
      await staff.get(path);
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const response = await staff.get(path);
        times.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        bytes = Buffer.byteLength(response.body);
      }
      return { ms: round(median(times)), bytes };
    };
    const memoryBefore = process.memoryUsage().rss;
    const baseline = await time('/healthz');
    const pages: Record<string, { ms: number; bytes: number; ratio: number | null }> = {};
    for (const [name, path] of [
      ['list, first page', '/desk/answers'],
      ['list, page 1,000 (offset 49,950)', '/desk/answers?side=1000'],
      [
        'list, one challenge and status',
        '/desk/answers?challenge=udfordring-7&status=taken-forward',
      ],
      ['search "cykelture"', '/desk/answers?q=cykelture'],
      ['resource register', '/desk/resources'],
      ['front page', '/desk'],
    ] as const) {
      const result = await time(path);
      pages[name] = { ...result, ratio: ratio(result.ms, baseline.ms) };
    }
    return {
      answers: ANSWERS,
      fillSeconds,
      baselineMs: baseline.ms,
      pages,
      rssGrowthMB: round((process.memoryUsage().rss - memoryBefore) / 2 ** 20),
    };
  } finally {
    await receiver.close();
  }
}
