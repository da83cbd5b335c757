// Playwright's global teardown: reads every line every receiver logged during the browser tests
// and fails the run when one holds more than the log may (server/http/log.ts): only known fields,
// routes as patterns, no query string, no cookie, no API key or one-time token, no e-mail address
// or phone number. The tests typed answers, names, contact details and secrets in all of them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECEIVER_LOG_DIR } from './receiver-log';

// `origin`: on a request refused for its page's origin, that origin (server/http/log.ts).
const REQUEST_FIELDS = [
  'level',
  'time',
  'msg',
  'id',
  'method',
  'route',
  'status',
  'ms',
  'client',
  'origin',
];
const ERROR_FIELDS = ['level', 'time', 'msg', 'id', 'err'];
const FORBIDDEN: readonly [string, RegExp][] = [
  ['a query string', /\?[^"]*=/],
  ['a session cookie', /samskab-desk=/],
  ['an API key', /samskab_[\w-]{20,}/],
  ['a one-time token', /token=/i],
  ['an e-mail address', /[\w.+-]+@[\w-]+\.[a-z]{2,}/i],
  ['a phone number', /\+45[ \d]{8,}/],
];

export function sweep(dir = RECEIVER_LOG_DIR): string[] {
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  let count = 0;
  for (const file of readdirSync(dir)) {
    for (const [index, text] of readFileSync(join(dir, file), 'utf8').split('\n').entries()) {
      if (!text) continue;
      count++;
      const where = `${file}:${index + 1}`;
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text);
      } catch {
        problems.push(`${where}: not JSON`);
        continue;
      }
      const allowed = line.msg === 'request' ? REQUEST_FIELDS : ERROR_FIELDS;
      const extra = Object.keys(line).filter((key) => !allowed.includes(key));
      if (extra.length) problems.push(`${where}: fields ${extra.join(', ')}`);
      if (line.msg === 'request' && !/^(?:\/[\w.:*-]*)+$|^-$|^OPTIONS$/.test(String(line.route))) {
        problems.push(`${where}: route ${JSON.stringify(line.route)} is no pattern`);
      }
      if (
        'origin' in line &&
        !/^(?:https?:\/\/[a-z0-9.-]+(?::\d+)?|null|invalid)$/.test(String(line.origin))
      ) {
        problems.push(`${where}: origin ${JSON.stringify(line.origin)} is no origin`);
      }
      for (const [what, pattern] of FORBIDDEN) {
        if (pattern.test(text)) problems.push(`${where}: ${what}`);
      }
    }
  }
  console.log(`Receiver logs: ${count} lines read, ${problems.length} problems.`);
  return problems;
}

export default function globalTeardown(): void {
  const problems = sweep();
  if (problems.length > 0) {
    throw new Error(
      `The receivers' logs hold what they must not:\n${problems.slice(0, 20).join('\n')}`,
    );
  }
}
