// Stops the extension's service worker as the browser does when it is idle, and watches it start
// again, through the DevTools protocol's ServiceWorker domain.
//
// Why not the Worker object: a restarted MV3 worker keeps its Playwright Worker (no new
// 'serviceworker' event; microsoft/playwright#39475), and `evaluate` on a stopped worker waits for
// the next start instead of failing. "evaluate fails, so it stopped" therefore passed only when an evaluate was in
// flight at the very moment of the stop, and failed whenever something woke the worker first.
// The runningStatus the browser itself reports is what says stopped or started.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect } from './support';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface VersionUpdate {
  versionId: string;
  scriptURL: string;
  runningStatus: RunningStatus;
}

export interface StatusChange {
  readonly status: RunningStatus;
  /** When the test heard of it: never earlier than the change itself. */
  readonly at: number;
}

export interface WorkerLifecycle {
  /** Every running status the browser reported for the extension's worker, in order. */
  readonly changes: readonly StatusChange[];
  /** Stops the worker; asks again until the browser reports it stopped (a stop can be lost). */
  stop(): Promise<void>;
  /** Starts the stopped worker, as an event for it would. */
  start(): Promise<void>;
  /** The first start reported after `changes[from]`, once it is reported. */
  startedAfter(from: number, timeout: number): Promise<StatusChange>;
  detach(): Promise<void>;
}

/** Watches the worker of `extensionId` through a DevTools session on one of its pages. */
export async function watchWorker(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<WorkerLifecycle> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const origin = `chrome-extension://${extensionId}/`;
  const changes: StatusChange[] = [];
  let versionId: string | undefined;
  const waiting = new Set<() => void>();
  /** Resolves at the next reported change, or after `ms` (then the caller looks again). */
  const nextChange = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiting.add(done);
    });
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: VersionUpdate[] }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(origin)) continue;
      versionId = version.versionId;
      if (changes.at(-1)?.status !== version.runningStatus) {
        changes.push({ status: version.runningStatus, at: Date.now() });
        for (const done of [...waiting]) done();
      }
    }
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => versionId, { message: 'the worker was never reported' }).toBeDefined();
  const status = () => changes.at(-1)?.status;

  return {
    changes,
    async stop() {
      // A loop on what the browser reports, not a retry of the test: a stop sent while the worker
      // is busy starting or dispatching an event can come to nothing, and then the next one takes.
      const deadline = Date.now() + 60_000;
      while (status() !== 'stopped') {
        if (Date.now() > deadline) {
          throw new Error(`the worker did not stop: ${JSON.stringify(changes)}`);
        }
        if (status() !== 'stopping') {
          await cdp.send('ServiceWorker.stopWorker', { versionId: versionId! });
        }
        await nextChange(5_000);
      }
    },
    async start() {
      await cdp.send('ServiceWorker.startWorker', { scopeURL: origin });
      await expect.poll(status).toBe('running');
    },
    async startedAfter(from, timeout) {
      const started = () => changes.slice(from + 1).find((change) => change.status === 'starting');
      await expect.poll(() => started(), { timeout }).toBeDefined();
      return started()!;
    },
    async detach() {
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** The outbox's alarm as the browser keeps it, read from an extension page (not the worker). */
export function outboxAlarm(page: Page): Promise<{ scheduledTime: number } | undefined> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> } };
    };
    const alarm = await chrome.alarms.get('samskab-outbox');
    return alarm ? { scheduledTime: alarm.scheduledTime } : undefined;
  });
}
