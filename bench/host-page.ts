// Figure 2, host-page cost: the demo page as the receiver serves it, with the widget, without the
// script tag (the baseline) and with the Preact "hello" floor instead, each loaded in a fresh
// context, the three variants interleaved per run so drift hits them alike.
import type { Browser } from '@playwright/test';
import type { RunningReceiver } from '../server/start';
import { metrics, OBSERVERS, openPage, PROFILES, type Profile, readState } from './browser';
import { helloBundle } from './bytes';
import type { TinyServer } from './serve';
import { median, ratio, round } from './stats';

export const RUNS = 5;
const WIDGET_SCRIPT = /<script src="\/widget\/samskab\.js"[\s\S]*?<\/script>/;
type Variant = 'baseline' | 'preact-hello' | 'widget';
const VARIANTS: Variant[] = ['baseline', 'preact-hello', 'widget'];

export async function measureHostPage(
  browser: Browser,
  receiver: RunningReceiver,
  tiny: TinyServer,
) {
  const demo = await (await fetch(`${receiver.url}/`)).text();
  if (!WIDGET_SCRIPT.test(demo)) throw new Error('the demo page has no widget script tag');
  // Same HTML, same host origin; <base> sends the page's own assets to the receiver.
  const withBase = demo.replace('<head>', `<head>\n<base href="${receiver.url}/">`);
  const helloUrl = tiny.serve('/hello.js', await helloBundle(), 'text/javascript');
  const urls: Record<Variant, string> = {
    baseline: tiny.serve('/demo-baseline.html', withBase.replace(WIDGET_SCRIPT, '')),
    'preact-hello': tiny.serve(
      '/demo-hello.html',
      withBase.replace(WIDGET_SCRIPT, `<script src="${helloUrl}" defer></script>`),
    ),
    widget: tiny.serve('/demo-widget.html', withBase),
  };

  const out: Record<string, unknown> = {};
  for (const profile of PROFILES) {
    const samples: Record<Variant, Sample[]> = { baseline: [], 'preact-hello': [], widget: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const variant of VARIANTS) {
        samples[variant].push(await loadOnce(browser, profile, urls[variant], variant));
      }
    }
    out[profile] = summarise(samples);
  }
  return out;
}

interface Sample {
  scriptMs: number;
  taskMs: number;
  tbt: number;
  longTasks: number;
  cls: number;
  loadMs: number;
  readyMs: number | null;
}

async function loadOnce(browser: Browser, profile: Profile, url: string, variant: Variant) {
  const { page, cdp, close } = await openPage(browser, profile);
  try {
    await page.addInitScript(OBSERVERS);
    await page.goto(url, { waitUntil: 'load' });
    if (variant === 'widget') {
      await page.waitForFunction(
        () => (window as unknown as { __bench: { ready: number | null } }).__bench.ready !== null,
        undefined,
        { polling: 100, timeout: 30_000 },
      );
    } else if (variant === 'preact-hello') {
      await page.waitForFunction(() => '__helloReady' in window, undefined, { polling: 100 });
    }
    // Late long tasks and shifts (the answer chunk's validation slices) still count.
    await page.waitForTimeout(500);
    const state = await readState(page);
    const m = await metrics(cdp);
    const loadMs = await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    );
    const readyMs =
      variant === 'widget'
        ? state.ready
        : variant === 'preact-hello'
          ? await page.evaluate(() => (window as unknown as { __helloReady: number }).__helloReady)
          : null;
    return {
      scriptMs: m.scriptMs,
      taskMs: m.taskMs,
      tbt: state.tbt,
      longTasks: state.longTasks,
      cls: state.cls,
      loadMs,
      readyMs,
    } satisfies Sample;
  } finally {
    await close();
  }
}

function summarise(samples: Record<Variant, Sample[]>) {
  const med = (variant: Variant, key: keyof Sample) =>
    median(samples[variant].map((s) => s[key] ?? Number.NaN));
  const base = {
    scriptMs: med('baseline', 'scriptMs'),
    taskMs: med('baseline', 'taskMs'),
    tbt: med('baseline', 'tbt'),
    loadMs: med('baseline', 'loadMs'),
    cls: med('baseline', 'cls'),
  };
  const row = (variant: Variant) => {
    const scriptMs = med(variant, 'scriptMs');
    const taskMs = med(variant, 'taskMs');
    const tbt = med(variant, 'tbt');
    const readyMs = med(variant, 'readyMs');
    return {
      runs: samples[variant].length,
      scriptMs: round(scriptMs),
      scriptRatio: ratio(scriptMs, base.scriptMs),
      taskMs: round(taskMs),
      taskRatio: ratio(taskMs, base.taskMs),
      tbtMs: round(tbt),
      tbtAddedMs: round(tbt - base.tbt),
      longTasks: med(variant, 'longTasks'),
      cls: round(med(variant, 'cls'), 4),
      // The demo page shifts a little by itself (web fonts); what the widget adds is the difference.
      clsAdded: round(med(variant, 'cls') - base.cls, 4),
      loadMs: round(med(variant, 'loadMs')),
      loadRatio: ratio(med(variant, 'loadMs'), base.loadMs),
      readyMs: Number.isNaN(readyMs) ? null : round(readyMs),
      readyRatioToBaselineLoad: Number.isNaN(readyMs) ? null : ratio(readyMs, base.loadMs),
    };
  };
  return {
    baseline: row('baseline'),
    'preact-hello': row('preact-hello'),
    widget: row('widget'),
    raw: samples,
  };
}
