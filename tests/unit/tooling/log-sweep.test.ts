import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweep } from '../../e2e/support/log-sweep';

const dir = mkdtempSync(join(tmpdir(), 'samskab-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const request = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    level: 30,
    time: 't',
    msg: 'request',
    id: 'x',
    method: 'GET',
    route: '/desk/answers/:id',
    status: 200,
    ms: 3,
    client: '127.0.0.1',
    ...extra,
  });

describe('the log sweep after the browser tests', () => {
  it('passes lines that hold only what the log may', () => {
    writeFileSync(
      join(dir, 'good.jsonl'),
      `${request()}\n${request({ route: '/widget/*' })}\n${request({ route: 'OPTIONS', status: 403, origin: 'http://localhost:4000' })}\n${request({ origin: 'invalid' })}\n`,
    );
    expect(sweep(dir)).toEqual([]);
  });

  it.each([
    ['a URL with its query', request({ route: '/desk/setup?token=abc' })],
    ['an extra field', request({ url: '/desk' })],
    ['a cookie', request({ client: 'samskab-desk=abc' })],
    ['an API key', request({ client: 'samskab_0123456789abcdefghijklmnop' })],
    [
      'an e-mail address',
      JSON.stringify({
        level: 50,
        time: 't',
        msg: 'failed',
        id: 'x',
        err: { message: 'karen@example.dk' },
      }),
    ],
    [
      'a phone number',
      JSON.stringify({
        level: 50,
        time: 't',
        msg: 'failed',
        id: 'x',
        err: { message: '+45 12 34 56 78' },
      }),
    ],
    ['a refused origin that is no origin', request({ origin: 'https://x.dk/\u001b[2J' })],
    ['a line that is not JSON', 'Samskab receiver listening on http://127.0.0.1:1'],
  ])('finds %s', (_label, line) => {
    const own = mkdtempSync(join(dir, 'case-'));
    writeFileSync(join(own, 'bad.jsonl'), `${request()}\n${line}\n`);
    const problems = sweep(own);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith('bad.jsonl:2:'))).toBe(true);
  });
});
