import { describe, expect, it, vi } from 'vitest';
import type { OutboxWorker } from '../../../extension/background/outbox-worker';
import { type RouterDeps, route, type Sender } from '../../../extension/background/router';
import type { TabDetector } from '../../../extension/background/tabs';
import { submission } from '../utils/fixtures';

const ORIGIN = 'chrome-extension://abc/';

function deps() {
  const tabs = {
    detect: vi.fn(async (tabId: number) => ({ tabId, pageUrl: '', title: '', found: [] })),
    report: vi.fn(async () => ({ tabId: 1, pageUrl: '', title: '', found: [] })),
  };
  const worker = {
    submit: vi.fn(async () => ({})),
    outbox: { list: vi.fn(async () => []) },
    retryNow: vi.fn(),
    discard: vi.fn(),
    flush: vi.fn(),
  };
  const d = {
    extensionId: 'abc',
    extensionOrigin: ORIGIN,
    tabs: tabs as unknown as TabDetector,
    worker: worker as unknown as OutboxWorker,
    setScanAll: vi.fn(async (on: boolean) => on),
    savePage: vi.fn(async () => ({})),
    deleteAll: vi.fn(async () => undefined),
  } satisfies RouterDeps;
  return { d, tabs, worker };
}

const page: Sender = { id: 'abc', url: `${ORIGIN}sidepanel.html?id=x` };
const content: Sender = { id: 'abc', url: 'https://lunde.example/', frameId: 0, tab: { id: 7 } };
const report = { url: 'https://lunde.example/', title: '', mounts: [], scripts: [], inline: [] };
const endpoint = 'https://lunde.example/api/submissions';

describe('route', () => {
  it('takes privileged requests from extension pages only', async () => {
    const { d, worker } = deps();
    const message = { type: 'submit', submission: submission({ source: 'extension' }), endpoint };
    expect(await route(message, page, d)).toMatchObject({ ok: true });
    for (const sender of [
      content,
      { ...page, id: 'other' },
      { id: 'abc', url: 'https://evil.example/chrome-extension://abc/' },
      { id: 'abc' },
    ]) {
      expect(await route(message, sender, d)).toMatchObject({ ok: false });
    }
    expect(worker.submit).toHaveBeenCalledTimes(1);
  });

  it('takes only reports from content scripts, validated', async () => {
    const { d, tabs, worker } = deps();
    expect(await route({ type: 'report', report }, content, d)).toEqual({ ok: true, value: null });
    expect(tabs.report).toHaveBeenCalledWith(7, report);
    expect(await route({ type: 'delete-all' }, content, d)).toMatchObject({ ok: false });
    expect(await route({ type: 'report', report: { url: 1 } }, content, d)).toMatchObject({
      ok: false,
    });
    // A subframe's script is not trusted to speak for the tab.
    expect(await route({ type: 'report', report }, { ...content, frameId: 3 }, d)).toMatchObject({
      ok: false,
    });
    expect(d.deleteAll).not.toHaveBeenCalled();
    expect(worker.submit).not.toHaveBeenCalled();
  });

  it('refuses malformed requests and endpoints that are not allowed', async () => {
    const { d, worker } = deps();
    for (const message of [
      null,
      'detect',
      { type: 'detect', tabId: -1 },
      { type: 'detect', tabId: 1.5 },
      { type: 'submit', submission: submission(), endpoint: 'javascript:alert(1)' },
      { type: 'submit', submission: { id: 'x' }, endpoint },
      { type: 'unknown' },
    ]) {
      expect(await route(message, page, d)).toMatchObject({ ok: false, error: 'invalid message' });
    }
    expect(worker.submit).not.toHaveBeenCalled();
  });
});
