// Figure 5, outbox drain: 1,000 answers written straight into the widget's IndexedDB outbox (as
// the outbox stores them: state queued, due now), then the widget page is opened online and the
// outbox flushes them to the receiver. Timed from navigation to the 1,000th row in the receiver's
// database; every POST the receiver saw is counted.
import type { IncomingMessage } from 'node:http';
import type { Browser } from '@playwright/test';
import type { RunningReceiver } from '../server/start';
import { queuedAnswer, seedOutbox } from '../tests/e2e/support/outbox-seed';
import { openPage } from './browser';
import { hostPage } from './scale';
import type { TinyServer } from './serve';
import { round } from './stats';

// 1,000 is the figure asked for; 100 shows how the drain time grows with the queue. The run is
// time-boxed so the whole bench stays under 10 minutes: what was delivered by then is reported.
const PLAN = [
  { answers: 100, timeoutMs: 60_000 },
  { answers: 1000, timeoutMs: 75_000 },
];

export async function measureOutbox(browser: Browser, receiver: RunningReceiver, tiny: TinyServer) {
  const out = [];
  for (const { answers, timeoutMs } of PLAN) {
    out.push(await drain(browser, receiver, tiny, answers, timeoutMs));
  }
  return out;
}

async function drain(
  browser: Browser,
  receiver: RunningReceiver,
  tiny: TinyServer,
  ANSWERS: number,
  TIMEOUT_MS: number,
) {
  const endpoint = `${receiver.url}/api/submissions`;
  const blank = tiny.serve(`/outbox-blank-${ANSWERS}.html`, '<!doctype html><title>seed</title>');
  const widgetPage = tiny.serve(`/outbox-${ANSWERS}.html`, hostPage(receiver.url, 10));
  const [before] = await receiver.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM submissions',
  );
  let posts = 0;
  const count = (req: IncomingMessage) => {
    if (req.method === 'POST' && req.url?.startsWith('/api/submissions')) posts++;
  };
  receiver.server.on('request', count);
  const { page, close } = await openPage(browser, 'desktop');
  try {
    await page.goto(blank);
    const items = Array.from({ length: ANSWERS }, () => queuedAnswer(endpoint, Date.now()));
    await seedOutbox(page, items);
    posts = 0;
    const t0 = Date.now();
    await page.goto(widgetPage);
    let delivered = 0;
    while (Date.now() - t0 < TIMEOUT_MS) {
      const [row] = await receiver.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM submissions',
      );
      delivered = row!.n - before!.n;
      if (delivered >= ANSWERS) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (Date.now() - t0) / 1000;
    // Anything still in flight or retried shows up in the request count.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [after] = await receiver.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM submissions',
    );
    const deliveredAfterSettle = after!.n - before!.n;
    return {
      queued: ANSWERS,
      delivered,
      requests: posts,
      // Counted a second after the drain stopped being timed, against the rows stored by then.
      deliveredAfterSettle,
      requestsEqualDelivered: posts === deliveredAfterSettle,
      requestsEqualAnswers: posts === ANSWERS,
      seconds: round(seconds, 2),
      perSecond: round(delivered / seconds, 0),
      timedOut: delivered < ANSWERS,
      timeBoxSeconds: TIMEOUT_MS / 1000,
    };
  } finally {
    receiver.server.off('request', count);
    await close();
  }
}
