// Turns a page's raw detection report into challenges the extension can show: every string is
// checked with the shared schemas, feeds are fetched only from allowed URLs, and the endpoint
// must be https (or http on loopback). Pure apart from the injected fetch.

import { type Detected, DetectionReport, type Problem } from '../utils/messages';
import type { Challenge } from '../utils/schema/challenge';
import { HttpUrl, isAllowedRemoteUrl } from '../utils/schema/common';
import type { ChallengeUpdate } from '../utils/schema/loop';
import { type LoadedFeed, loadFeed, parseFeed } from './feed-updates';

export type ResolveDeps = {
  fetch: typeof fetch;
  /** Loads a feed (the background's rate-limited cache); defaults to fetching it each time. */
  loadFeed?: (url: string) => Promise<LoadedFeed>;
  warn?: (message: string) => void;
  /** At most this many challenges per page are kept (a page may list 10,000 fake ones). */
  maxChallenges?: number;
};

export type Resolved = { pageUrl: string; title: string; found: Detected[]; problem?: Problem };

const MAX_FEEDS = 3;

/** Validates the report and loads the challenges it points to. Never throws. */
export async function resolveReport(raw: unknown, deps: ResolveDeps): Promise<Resolved> {
  const parsed = DetectionReport.safeParse(raw);
  if (!parsed.success) return { pageUrl: '', title: '', found: [], problem: 'invalid-report' };
  const report = parsed.data;
  const pageUrl = HttpUrl.safeParse(report.url).success ? report.url : '';
  const warn = deps.warn ?? (() => undefined);
  const max = deps.maxChallenges ?? 200;
  const script = report.scripts.find((s) => s.endpoint && isAllowedRemoteUrl(s.endpoint));
  // A mount's own attributes win over the script tag's, as in the widget.
  const configs = (report.mounts.length ? report.mounts : report.scripts).map((mount) => ({
    endpoint: mount.endpoint ?? script?.endpoint ?? null,
    challenges: mount.challenges ?? script?.challenges ?? null,
    challenge: mount.challenge,
  }));
  const found: Detected[] = [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const inlineFeeds: LoadedFeed[] = [];
  for (const text of report.inline.slice(0, MAX_FEEDS)) {
    if (text === null) continue;
    try {
      inlineFeeds.push(await parseFeed(JSON.parse(text), warn));
    } catch {
      problems.push('invalid-inline');
    }
  }
  const feeds = new Map<string, Promise<LoadedFeed>>();
  for (const config of configs) {
    if (found.length >= max) break;
    const { endpoint } = config;
    if (!endpoint || !isAllowedRemoteUrl(endpoint)) {
      problems.push('no-endpoint');
      continue;
    }
    let list: Challenge[];
    let updates: ReadonlyMap<string, ChallengeUpdate[]>;
    let feedUrl: string | undefined;
    if (config.challenges) {
      if (!isAllowedRemoteUrl(config.challenges)) {
        problems.push('feed-url');
        continue;
      }
      if (!feeds.has(config.challenges) && feeds.size >= MAX_FEEDS) continue;
      const url = config.challenges;
      const loading =
        feeds.get(url) ?? deps.loadFeed?.(url) ?? loadFeed(url, { fetch: deps.fetch, warn });
      feeds.set(url, loading);
      try {
        ({ challenges: list, updates } = await loading);
        feedUrl = url;
      } catch {
        problems.push('feed-failed');
        continue;
      }
    } else {
      list = inlineFeeds.flatMap((feed) => feed.challenges);
      updates = new Map(inlineFeeds.flatMap((feed) => [...feed.updates]));
    }
    const only = config.challenge;
    for (const challenge of list) {
      if (found.length >= max) break;
      if (only && challenge.id !== only) continue;
      const key = `${endpoint}#${challenge.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const posts = updates.get(challenge.id);
      found.push({
        challenge,
        endpoint,
        pageUrl,
        ...(feedUrl ? { feedUrl } : {}),
        ...(posts?.length ? { updates: posts } : {}),
      });
    }
  }
  const problem = found.length === 0 && problems.length ? problems[0] : undefined;
  return problem
    ? { pageUrl, title: report.title, found, problem }
    : { pageUrl, title: report.title, found };
}
