// Every receiver the browser tests start writes its JSON log into one folder; when the run ends,
// tests/e2e/support/log-sweep.ts reads every line of it (issue 12: no token, cookie or API key
// in any URL or log line, and nothing a person wrote).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const RECEIVER_LOG_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'test-results',
  'receiver-logs',
);

/** A fresh log file for one receiver. */
export function receiverLog(): string {
  mkdirSync(RECEIVER_LOG_DIR, { recursive: true });
  return join(RECEIVER_LOG_DIR, `${randomUUID()}.jsonl`);
}
