// Detection per tab: inject the detector (activeTab, or the opt-in host permission), validate
// what it reports, remember the result for the tab and show the count on the badge.
import type { TabDetection } from '../../utils/messages';
import { type ResolveDeps, resolveReport } from '../detection';
import { createFeedCache } from './feed-cache';

export type TabDeps = ResolveDeps & {
  /** Runs `detectSamskab` in the tab's top frame; throws without permission. */
  inject(tabId: number): Promise<unknown>;
  setBadge(tabId: number, count: number): Promise<void>;
  now?: () => number;
};

/** A page's content script reports once per load; more often than this is ignored. */
export const REPORT_INTERVAL_MS = 2000;

export function createTabDetector(deps: TabDeps) {
  const results = new Map<number, TabDetection>();
  const lastReport = new Map<number, number>();
  const now = deps.now ?? Date.now;
  // One cache for every tab: the popup's "detect" and the content script's reports share it.
  const feeds = createFeedCache({ fetch: deps.fetch, now, warn: deps.warn });
  const resolveDeps: ResolveDeps = { ...deps, loadFeed: (url) => feeds.load(url) };

  const accept = async (tabId: number, report: unknown): Promise<TabDetection> => {
    const resolved = await resolveReport(report, resolveDeps);
    const result: TabDetection = { tabId, ...resolved };
    results.set(tabId, result);
    await deps.setBadge(tabId, resolved.found.length).catch(() => undefined);
    return result;
  };

  return {
    /** On the user's request (popup opened): reads the page now. */
    async detect(tabId: number): Promise<TabDetection> {
      let report: unknown;
      try {
        report = await deps.inject(tabId);
      } catch {
        return { tabId, pageUrl: '', title: '', found: [], problem: 'no-access' };
      }
      return accept(tabId, report);
    },
    /** From the opt-in content script: the same validation, the page is not trusted. */
    async report(tabId: number, report: unknown): Promise<TabDetection | undefined> {
      const last = lastReport.get(tabId);
      if (last !== undefined && now() - last < REPORT_INTERVAL_MS) return undefined;
      lastReport.set(tabId, now());
      return accept(tabId, report);
    },
    get: (tabId: number) => results.get(tabId),
    /** A feed through the same cache and limits (the saved challenges' updates). */
    loadFeed: (url: string) => feeds.load(url),
    forget: (tabId: number) => {
      results.delete(tabId);
      lastReport.delete(tabId);
    },
    clear: () => {
      results.clear();
      lastReport.clear();
      feeds.clear();
    },
  };
}
export type TabDetector = ReturnType<typeof createTabDetector>;
