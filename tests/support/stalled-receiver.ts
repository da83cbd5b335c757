// A receiver process whose database is stuck, for tests/server/stop-deadline.test.ts: started as
// server/main.ts starts it (the environment, the same stop on SIGTERM), then PGlite is kept busy
// in one long statement, so every later query waits behind it. Prints the listening line, then
// `database stalled` once the statement was sent.
import { readEnv } from '../../server/env';
import { stopOnSignals } from '../../server/shutdown';
import { startReceiver } from '../../server/start';

const receiver = await startReceiver(readEnv(process.env, process.cwd()));
console.log(`Samskab receiver listening on ${receiver.url}`);
stopOnSignals(receiver);
receiver.db.query('SELECT pg_sleep(600)').then(
  () => console.log('the stalled statement ended'),
  (error: unknown) => console.log(`the stalled statement failed: ${String(error)}`),
);
console.log('database stalled');
