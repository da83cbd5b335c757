// The load client for figure 6, run in its own Node process (`node --import tsx`) so it does not
// share the receiver's event loop: CLIENTS concurrent loops on one keep-alive agent, each POSTing
// a fresh valid answer, or (with probability REPLAYS) re-sending an answer already accepted with
// the same bytes and Idempotency-Key. Bounded by time; loopback only. Prints one JSON line.
import { Agent, request } from 'node:http';
import { validSubmission } from '../tests/server/fixtures';

const target = new URL(process.env.BENCH_URL ?? '');
if (target.hostname !== '127.0.0.1') throw new Error('the load client only targets 127.0.0.1');
const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const replayShare = Number(process.env.BENCH_REPLAYS ?? 0);

const agent = new Agent({ keepAlive: true, maxSockets: clients });
const accepted: { id: string; body: string }[] = [];
const latencies: number[] = [];
const statuses: Record<string, number> = {};
let replays = 0;

function post(id: string, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      target,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'Idempotency-Key': id,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

const deadline = performance.now() + seconds * 1000;
async function client() {
  while (performance.now() < deadline) {
    let answer: { id: string; body: string };
    const replay = accepted.length > 0 && Math.random() < replayShare;
    if (replay) {
      answer = accepted[Math.floor(Math.random() * accepted.length)]!;
      replays++;
    } else {
      const submission = validSubmission('need');
      answer = { id: submission.id, body: JSON.stringify(submission) };
    }
    const t0 = performance.now();
    const status = await post(answer.id, answer.body);
    latencies.push(performance.now() - t0);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (!replay && status >= 200 && status < 300) accepted.push(answer);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: clients }, client));
const elapsed = (performance.now() - started) / 1000;
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? 0;
const ok = Object.entries(statuses)
  .filter(([s]) => Number(s) >= 200 && Number(s) < 300)
  .reduce((sum, [, n]) => sum + n, 0);
console.log(
  JSON.stringify({
    clients,
    seconds: Math.round(elapsed * 10) / 10,
    requests: latencies.length,
    answers: ok,
    perSecond: Math.round(ok / elapsed),
    replays,
    p50: Math.round(at(0.5) * 10) / 10,
    p99: Math.round(at(0.99) * 10) / 10,
    statuses,
  }),
);
