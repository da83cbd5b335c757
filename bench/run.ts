// `npm run bench`: builds first (the npm script), then measures each figure of issue 5 in turn,
// writes bench/results.json and bench/results.md and prints the table. A figure that fails is
// reported as failed; the others still run. Everything runs on 127.0.0.1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReceiver } from '../server/start';
import { measureAutosave } from './autosave';
import { launch } from './browser';
import { measureBytes } from './bytes';
import { measureDesk } from './desk';
import { measureExtension } from './extension';
import { measureHostPage } from './host-page';
import { machine } from './machine';
import { measureOutbox } from './outbox';
import { measureReceiver } from './receiver-load';
import { renderMarkdown } from './report';
import { measureScale } from './scale';
import { startTinyServer } from './serve';
import { measureTransfer } from './transfer';

const started = Date.now();
const results: Record<string, unknown> = {};

// `BENCH_ONLY=outbox,bytes npm run bench` measures just those figures and prints them, leaving
// the committed results alone: for checking a fix before a full run.
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);

async function figure(name: string, run: () => Promise<unknown>) {
  if (only && !only.includes(name)) return;
  const t0 = Date.now();
  process.stdout.write(`bench: ${name}… `);
  try {
    results[name] = await run();
    console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    results[name] = { error: String((error as Error)?.stack ?? error) };
    console.log(`FAILED: ${String(error)}`);
  }
}

const browser = await launch();
const tiny = await startTinyServer();
const receiver = await startReceiver({
  port: 0,
  database: { kind: 'memory' },
  allowedOrigins: [tiny.origin],
  rateLimit: { limit: 1_000_000, windowMs: 60_000 },
});
try {
  results.machine = machine(browser.version());
  await figure('bytes', measureBytes);
  await figure('transfer', () => measureTransfer(browser, receiver));
  await figure('hostPage', () => measureHostPage(browser, receiver, tiny));
  await figure('scale', () => measureScale(browser, receiver, tiny));
  await figure('autosave', () => measureAutosave(browser, receiver));
  await figure('outbox', () => measureOutbox(browser, receiver, tiny));
  await figure('extension', () => measureExtension(browser, receiver, tiny));
} finally {
  await receiver.close();
  await tiny.close();
  await browser.close();
}
// Last, with the browser closed: the receiver under load from a client in its own process, and
// the desk over 100,000 answers.
await figure('receiver', measureReceiver);
await figure('desk', measureDesk);
results.totalSeconds = Math.round((Date.now() - started) / 1000);
if (only) {
  console.log(JSON.stringify(results, null, 1));
  process.exit(0);
}

const dir = import.meta.dirname;
writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
const markdown = renderMarkdown(results);
writeFileSync(join(dir, 'results.md'), markdown);
console.log(`\n${markdown}`);
