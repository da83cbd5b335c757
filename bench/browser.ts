// Headless Debian Chromium, launched as the tests do, and a fresh context per measured load (cold
// cache, no state carried between runs). "mobile" = 4x CPU throttling through the DevTools
// protocol and a 390 px viewport, as in shared/performance.md.
import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';

export type Profile = 'desktop' | 'mobile';
export const PROFILES: Profile[] = ['desktop', 'mobile'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

export interface Measured {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

export async function openPage(browser: Browser, profile: Profile): Promise<Measured> {
  const context = await browser.newContext({
    viewport: profile === 'mobile' ? { width: 390, height: 844 } : { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  // tsx compiles with keepNames: functions passed to the page call esbuild's `__name` helper.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profile === 'mobile') await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { page, cdp, close: () => context.close() };
}

/** Chromium's own counters (seconds in the protocol, returned here in ms and bytes). */
export async function metrics(cdp: CDPSession) {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return {
    scriptMs: get('ScriptDuration') * 1000,
    taskMs: get('TaskDuration') * 1000,
    layoutMs: get('LayoutDuration') * 1000,
    heapUsed: get('JSHeapUsedSize'),
    nodes: get('Nodes'),
  };
}

/**
 * Observers installed before any script of the page: long tasks (TBT = the sum of each task's
 * time above 50 ms), layout shifts without recent input (CLS), and `samskab:ready`. Nothing
 * polls the page with locators while this is measured.
 */
export const OBSERVERS = () => {
  const b = {
    tbt: 0,
    longTasks: 0,
    longTaskMs: 0,
    cls: 0,
    ready: null as number | null,
    firstCard: null as number | null,
  };
  (window as unknown as { __bench: typeof b }).__bench = b;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      b.longTasks++;
      b.longTaskMs += entry.duration;
      b.tbt += Math.max(0, entry.duration - 50);
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) b.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('samskab:ready', () => {
    b.ready ??= performance.now();
  });
};

export type BenchState = {
  tbt: number;
  longTasks: number;
  longTaskMs: number;
  cls: number;
  ready: number | null;
  firstCard: number | null;
};

export const readState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);
