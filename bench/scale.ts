// Figure 3, scale of the list: a host page with an inline feed of 10, 1,000 and 10,000
// challenges. Times from navigation start: first card in the shadow root (seen by a rAF loop, so
// "visible" = the frame it was painted in), `samskab:ready`; then the search field is filled in
// the page and timed until the first card is the match (again at a frame); the JS heap after a
// forced GC.
import type { Browser } from '@playwright/test';
import type { RunningReceiver } from '../server/start';
import { syntheticFeed } from '../tests/e2e/support/synthetic-feed';
import { metrics, OBSERVERS, openPage, type Profile, readState } from './browser';
import type { TinyServer } from './serve';
import { median, ratio, round } from './stats';

export const COUNTS = [10, 1000, 10_000];
const RUNS = 5;

export function hostPage(receiverUrl: string, count: number, withWidget = true): string {
  const json = JSON.stringify(syntheticFeed(count)).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Lunde Kommune</title>
${
  withWidget
    ? `<link rel="stylesheet" href="${receiverUrl}/widget/samskab.css">
<script src="${receiverUrl}/widget/samskab.js" defer data-endpoint="${receiverUrl}/api/submissions"></script>`
    : ''
}
<script type="application/json" data-samskab-challenges>${json}</script>
</head><body><main><h1>Samskabelse i Lunde</h1><div data-samskab></div>
<p id="below">Indhold under widgetten.</p></main></body></html>`;
}

const FIRST_CARD = () => {
  const b = (window as unknown as { __bench: { firstCard: number | null } }).__bench;
  const tick = () => {
    const card = document.querySelector('[data-samskab]')?.shadowRoot?.querySelector('.card');
    if (card) b.firstCard = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

interface Sample {
  firstCardMs: number;
  readyMs: number;
  filterMs: number;
  tbt: number;
  longTasks: number;
  heap: number;
  nodes: number;
}

async function loadOnce(browser: Browser, profile: Profile, url: string, count: number) {
  const { page, cdp, close } = await openPage(browser, profile);
  try {
    await page.addInitScript(OBSERVERS);
    await page.addInitScript(FIRST_CARD);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => (window as unknown as { __bench: { ready: number | null } }).__bench.ready !== null,
      undefined,
      { polling: 100, timeout: 60_000 },
    );
    await page.waitForTimeout(300);
    const state = await readState(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await metrics(cdp);
    const filterMs = await page.evaluate(
      async (needle) => {
        const root = document.querySelector('[data-samskab]')!.shadowRoot!;
        const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
        const t0 = performance.now();
        input.value = needle;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        return new Promise<number>((resolve, reject) => {
          const check = () => {
            if (root.querySelector('.card .t')?.textContent?.includes(needle.trim())) {
              resolve(performance.now() - t0);
            } else if (performance.now() - t0 > 20_000) reject(new Error('the list never updated'));
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
      },
      `nummer ${count - 1} `,
    );
    return {
      firstCardMs: state.firstCard ?? Number.NaN,
      readyMs: state.ready ?? Number.NaN,
      filterMs,
      tbt: state.tbt,
      longTasks: state.longTasks,
      heap: m.heapUsed,
      nodes: m.nodes,
    } satisfies Sample;
  } finally {
    await close();
  }
}

export async function measureScale(browser: Browser, receiver: RunningReceiver, tiny: TinyServer) {
  const plan: Record<Profile, number[]> = { desktop: COUNTS, mobile: COUNTS };
  const out: Record<string, Record<string, unknown>> = {};
  for (const profile of ['desktop', 'mobile'] as Profile[]) {
    const samples = new Map<number, Sample[]>();
    for (const count of plan[profile]) {
      const url = tiny.serve(`/scale-${count}.html`, hostPage(receiver.url, count));
      const list: Sample[] = [];
      for (let run = 0; run < RUNS; run++) list.push(await loadOnce(browser, profile, url, count));
      samples.set(count, list);
    }
    const base = samples.get(plan[profile][0]!)!;
    const med = (list: Sample[], key: keyof Sample) => median(list.map((s) => s[key]));
    out[profile] = {};
    for (const [count, list] of samples) {
      out[profile][count] = {
        runs: list.length,
        firstCardMs: round(med(list, 'firstCardMs')),
        firstCardRatio: ratio(med(list, 'firstCardMs'), med(base, 'firstCardMs')),
        readyMs: round(med(list, 'readyMs')),
        filterMs: round(med(list, 'filterMs')),
        filterRatio: ratio(med(list, 'filterMs'), med(base, 'filterMs')),
        tbtMs: round(med(list, 'tbt')),
        longTasks: med(list, 'longTasks'),
        heapMB: round(med(list, 'heap') / 2 ** 20, 1),
        nodes: med(list, 'nodes'),
        raw: list,
      };
    }
  }
  return out;
}
