import { describe, expect, it, vi } from 'vitest';
import { createTabDetector, REPORT_INTERVAL_MS } from '../../../extension/background/tabs';
import { detectedConfig, fakeFetch, json } from '../utils/fixtures';

const endpoint = 'https://lunde.example/api/submissions';
const report = {
  url: 'https://lunde.example/',
  title: 'Lunde',
  mounts: [detectedConfig({ endpoint })],
  scripts: [],
  inline: [
    JSON.stringify({
      challenges: [{ id: 'a', title: 'A', framing: 'F', url: 'https://lunde.example/a' }],
    }),
  ],
};

function setup(inject: (tabId: number) => Promise<unknown>) {
  let t = 0;
  const setBadge = vi.fn(async () => undefined);
  const { fetch } = fakeFetch(() => json(500, {}));
  const tabs = createTabDetector({ fetch, inject, setBadge, now: () => t });
  return { tabs, setBadge, tick: (ms: number) => (t += ms) };
}

describe('tab detection', () => {
  it('counts a page’s challenges on its badge and remembers them', async () => {
    const { tabs, setBadge } = setup(async () => report);
    const result = await tabs.detect(4);
    expect(result.found.map((d) => d.challenge.id)).toEqual(['a']);
    expect(setBadge).toHaveBeenCalledWith(4, 1);
    expect(tabs.get(4)).toEqual(result);
  });

  it('says so when the page cannot be read', async () => {
    const { tabs, setBadge } = setup(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await tabs.detect(4)).toMatchObject({ found: [], problem: 'no-access' });
    expect(setBadge).not.toHaveBeenCalled();
  });

  it('takes a content script’s report at most once per interval per tab', async () => {
    const { tabs, setBadge, tick } = setup(async () => report);
    expect(await tabs.report(4, report)).toBeDefined();
    expect(await tabs.report(4, report)).toBeUndefined();
    expect(await tabs.report(5, report)).toBeDefined();
    tick(REPORT_INTERVAL_MS);
    expect(await tabs.report(4, report)).toBeDefined();
    expect(setBadge).toHaveBeenCalledTimes(3);
  });
});
