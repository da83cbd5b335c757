import { describe, expect, it } from 'vitest';
import { resolveReport } from '../../../extension/detection';
import { CONFIG_KEYS } from '../../../utils/config-keys';
import {
  DETECT_LIMITS,
  type DetectDocument,
  type DetectElement,
  detectSamskab,
} from '../../../utils/detect';
import { detectedConfig, fakeFetch, json } from './fixtures';

const el = (attrs: Record<string, string>, text: string | null = null): DetectElement => ({
  getAttribute: (name) => attrs[name] ?? null,
  textContent: text,
});

function fakeDoc(parts: {
  mounts?: DetectElement[];
  scripts?: DetectElement[];
  inline?: DetectElement[];
}): DetectDocument & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    title: 'Samskabelse – Lunde Kommune',
    URL: 'https://lunde.example/samskab',
    querySelectorAll(selector) {
      queries.push(selector);
      if (selector === '[data-samskab]') return parts.mounts ?? [];
      if (selector === 'script[data-endpoint]') return parts.scripts ?? [];
      return parts.inline ?? [];
    },
  };
}

const challenge = (id: string) => ({
  id,
  title: `Udfordring ${id}`,
  framing: 'Sådan ser vi det.',
  url: `https://lunde.example/${id}`,
});

describe('detectSamskab', () => {
  it('reports nothing on a page without the widget, with three queries only', () => {
    const doc = fakeDoc({});
    expect(detectSamskab(CONFIG_KEYS, doc)).toEqual({
      url: 'https://lunde.example/samskab',
      title: 'Samskabelse – Lunde Kommune',
      mounts: [],
      scripts: [],
      inline: [],
    });
    expect(doc.queries).toHaveLength(3);
  });

  it('reads mounts, the script tag and inline challenges', () => {
    const report = detectSamskab(
      CONFIG_KEYS,
      fakeDoc({
        mounts: [el({ 'data-samskab': '', 'data-challenge': 'ensomhed' })],
        scripts: [
          el({ 'data-endpoint': 'https://lunde.example/api', 'data-challenges': 'https://f/x' }),
        ],
        inline: [el({}, '{"challenges":[]}')],
      }),
    );
    expect(report.mounts).toEqual([
      {
        endpoint: null,
        challenges: null,
        challenge: 'ensomhed',
        locale: null,
        privacyUrl: null,
        colorScheme: null,
      },
    ]);
    expect(report.scripts[0]).toMatchObject({
      endpoint: 'https://lunde.example/api',
      challenges: 'https://f/x',
    });
    expect(report.inline).toEqual(['{"challenges":[]}']);
  });

  it('bounds its work on huge pages', () => {
    const many = Array.from({ length: 10_000 }, () => el({ 'data-endpoint': 'x'.repeat(10_000) }));
    const report = detectSamskab(
      CONFIG_KEYS,
      fakeDoc({ mounts: many, scripts: many, inline: [el({}, 'x'.repeat(3_000_000))] }),
    );
    expect(report.mounts).toHaveLength(DETECT_LIMITS.elements);
    expect(report.scripts[0]?.endpoint).toHaveLength(DETECT_LIMITS.attribute);
    expect(report.inline).toEqual([null]);
  });

  it('stays a few hundred bytes once minified', async () => {
    const { transform } = await import('esbuild');
    const { code } = await transform(`(${detectSamskab.toString()})`, { minify: true });
    expect(code.length).toBeLessThan(600);
  });

  it('is self-contained, so executeScript can serialise it', () => {
    // Serialised functions lose their module scope: a fresh Function must behave the same.
    const source = detectSamskab.toString();
    const rebuilt = new Function(`return (${source})`)() as typeof detectSamskab;
    expect(
      rebuilt(CONFIG_KEYS, fakeDoc({ mounts: [el({ 'data-challenge': 'a' })] })).mounts,
    ).toHaveLength(1);
  });
});

describe('resolveReport', () => {
  const endpoint = 'https://lunde.example/api/submissions';
  const base = { url: 'https://lunde.example/', title: 't', mounts: [], scripts: [], inline: [] };

  it('loads the feed named by the script tag and keeps its endpoint', async () => {
    const { fetch, calls } = fakeFetch(() =>
      json(200, { challenges: [challenge('a'), challenge('b')] }),
    );
    const resolved = await resolveReport(
      {
        ...base,
        mounts: [detectedConfig()],
        scripts: [
          detectedConfig({ endpoint, challenges: 'https://lunde.example/feed', locale: 'da' }),
        ],
      },
      { fetch },
    );
    expect(calls.map((c) => c.url)).toEqual(['https://lunde.example/feed']);
    expect(resolved.found.map((d) => [d.challenge.id, d.endpoint])).toEqual([
      ['a', endpoint],
      ['b', endpoint],
    ]);
  });

  it('narrows to the challenge a mount names, from inline JSON', async () => {
    const { fetch, calls } = fakeFetch(() => json(500, {}));
    const resolved = await resolveReport(
      {
        ...base,
        mounts: [detectedConfig({ endpoint, challenge: 'b' })],
        inline: [JSON.stringify({ challenges: [challenge('a'), challenge('b')] })],
      },
      { fetch },
    );
    expect(calls).toHaveLength(0);
    expect(resolved.found.map((d) => d.challenge.id)).toEqual(['b']);
  });

  it('refuses javascript: endpoints and feeds, fetching nothing', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { challenges: [challenge('a')] }));
    const resolved = await resolveReport(
      {
        ...base,
        scripts: [
          detectedConfig({ endpoint: 'javascript:alert(1)', challenges: 'javascript:alert(2)' }),
        ],
        inline: [JSON.stringify({ challenges: [challenge('a')] })],
      },
      { fetch },
    );
    expect(calls).toHaveLength(0);
    expect(resolved.found).toEqual([]);
    expect(resolved.problem).toBe('no-endpoint');
  });

  it('keeps at most maxChallenges of 10,000 forged ones', async () => {
    const { fetch } = fakeFetch(() => json(500, {}));
    const many = Array.from({ length: 10_000 }, (_, i) => challenge(`c-${i}`));
    const resolved = await resolveReport(
      {
        ...base,
        mounts: [detectedConfig({ endpoint })],
        inline: [JSON.stringify({ challenges: many })],
      },
      { fetch, maxChallenges: 50 },
    );
    expect(resolved.found).toHaveLength(50);
  });

  it('rejects reports that are not reports', async () => {
    const { fetch } = fakeFetch(() => json(500, {}));
    for (const junk of [null, 42, 'x', { ...base, mounts: 'no' }, { ...base, title: 1 }]) {
      expect((await resolveReport(junk, { fetch })).problem).toBe('invalid-report');
    }
  });
});
