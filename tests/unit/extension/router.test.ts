import { describe, expect, it, vi } from 'vitest';
import type { OutboxWorker } from '../../../extension/background/outbox-worker';
import {
  MESSAGE_SCHEMAS,
  MESSAGE_TYPES,
  SENDER_RULES,
  type SenderKind,
} from '../../../extension/background/protocol';
import {
  type RouterDeps,
  respond,
  route,
  type Sender,
  senderKind,
} from '../../../extension/background/router';
import type { TabDetector } from '../../../extension/background/tabs';
import type { Opportunity } from '../../../utils/opportunities';
import { submission } from '../utils/fixtures';
import { messageSamples } from './message-samples';

const ORIGIN = 'chrome-extension://abc/';
/** What the deps hand back: it must never reach a sender that is not an extension page. */
const SECRET = 'hanne@secret.example';

function deps(overrides: Partial<RouterDeps> = {}) {
  const tabs = {
    detect: vi.fn(async (tabId: number) => ({ tabId, pageUrl: '', title: SECRET, found: [] })),
    report: vi.fn(async () => ({ tabId: 1, pageUrl: '', title: SECRET, found: [] })),
  };
  const worker = {
    submit: vi.fn(async () => ({ id: 'x', endpoint: SECRET })),
    outbox: { list: vi.fn(async () => [{ id: 'x', submission: { author: { email: SECRET } } }]) },
    retryNow: vi.fn(),
    discard: vi.fn(),
    flush: vi.fn(),
  };
  const d = {
    extensionId: 'abc',
    extensionOrigin: ORIGIN,
    tabs: tabs as unknown as TabDetector,
    worker: worker as unknown as OutboxWorker,
    endpointConfirmed: vi.fn(async () => true),
    setScanAll: vi.fn(async (on: boolean) => on),
    savePage: vi.fn(async () => ({ id: 'page:1', note: SECRET }) as Opportunity),
    deleteAll: vi.fn(async () => undefined),
    checkStatuses: vi.fn(async () => 0),
    refreshSaved: vi.fn(async () => 0),
    markStatusSeen: vi.fn(async () => undefined),
    ...overrides,
  } satisfies RouterDeps;
  const calls = () =>
    [
      tabs.detect,
      tabs.report,
      worker.submit,
      worker.outbox.list,
      worker.retryNow,
      worker.discard,
      worker.flush,
      d.endpointConfirmed,
      d.setScanAll,
      d.savePage,
      d.deleteAll,
      d.checkStatuses,
      d.refreshSaved,
      d.markStatusSeen,
    ].reduce((sum, fn) => sum + vi.mocked(fn).mock.calls.length, 0);
  return { d, tabs, worker, calls };
}

const sidePanel: Sender = {
  id: 'abc',
  url: `${ORIGIN}sidepanel.html?id=x`,
  origin: ORIGIN.slice(0, -1),
};
const popup: Sender = { id: 'abc', url: `${ORIGIN}popup.html` };
/** `options_ui.open_in_tab`: the options page is the top document of a tab of its own. */
const optionsTab: Sender = {
  id: 'abc',
  url: `${ORIGIN}options.html`,
  frameId: 0,
  tab: { id: 5, url: `${ORIGIN}options.html` },
};
const content: Sender = { id: 'abc', url: 'https://lunde.example/', frameId: 0, tab: { id: 7 } };
const report = { url: 'https://lunde.example/', title: '', mounts: [], scripts: [], inline: [] };
const endpoint = 'https://lunde.example/api/submissions';

const ALLOWED: Record<SenderKind, Sender[]> = {
  'extension-page': [sidePanel, popup, optionsTab, { ...optionsTab, tab: { id: 5 } }],
  'content-script': [content, { ...content, tab: { id: 7, url: 'https://lunde.example/' } }],
};

/** Every sender a page, another extension or a forged frame could present. */
const FORGED: Record<string, Sender> = {
  'a content script in a subframe': { ...content, frameId: 3 },
  'a web page (externally_connectable)': {
    url: 'https://evil.example/',
    frameId: 0,
    tab: { id: 7 },
  },
  'another extension': { id: 'other', url: 'chrome-extension://other/popup.html' },
  'another extension claiming our URL': { id: 'other', url: `${ORIGIN}popup.html` },
  'our id, a URL that only contains our origin': {
    id: 'abc',
    url: `https://evil.example/${ORIGIN}`,
  },
  'our id, no URL': { id: 'abc' },
  'our id, no URL, in a tab': { id: 'abc', frameId: 0, tab: { id: 7 } },
  'our page framed in a web page': {
    id: 'abc',
    url: `${ORIGIN}sidepanel.html`,
    frameId: 2,
    tab: { id: 7, url: 'https://evil.example/' },
  },
  'our page in a tab that shows a web page': {
    id: 'abc',
    url: `${ORIGIN}sidepanel.html`,
    frameId: 0,
    tab: { id: 7, url: 'https://evil.example/' },
  },
  'our URL from another origin': {
    id: 'abc',
    url: `${ORIGIN}popup.html`,
    origin: 'https://evil.example',
  },
};

const SAMPLES = messageSamples({
  submission: submission({ source: 'extension' }),
  endpoint,
  tabId: 7,
  pageUrl: 'https://lunde.example/',
});

const KINDS: SenderKind[] = ['extension-page', 'content-script'];

describe('route: who may send what', () => {
  it('has a sender rule and a sample for every message schema', () => {
    const types = MESSAGE_TYPES;
    expect(types.length).toBeGreaterThan(1);
    expect(new Set(types).size).toBe(types.length);
    for (const type of types) {
      expect(KINDS, type).toContain(SENDER_RULES[type]);
      expect(MESSAGE_SCHEMAS[type].safeParse(SAMPLES[type]).success, type).toBe(true);
    }
    expect(Object.keys(SENDER_RULES).sort()).toEqual([...types].sort());
    expect(Object.keys(MESSAGE_SCHEMAS).sort()).toEqual([...types].sort());
  });

  it('classifies the senders the tests forge', () => {
    for (const kind of KINDS) {
      for (const sender of ALLOWED[kind]) expect(senderKind(sender, deps().d)).toBe(kind);
    }
    for (const [name, sender] of Object.entries(FORGED)) {
      expect(senderKind(sender, deps().d), name).toBeUndefined();
    }
  });

  for (const type of MESSAGE_TYPES) {
    const rule = SENDER_RULES[type];
    const others = KINDS.filter((k) => k !== rule).flatMap((k) => ALLOWED[k]);

    it(`"${type}" is taken from ${rule}s only, and nobody else learns anything`, async () => {
      for (const sender of ALLOWED[rule]) {
        const { d } = deps();
        expect(await route(SAMPLES[type], sender, d), `${type} from ${sender.url}`).toMatchObject({
          ok: true,
        });
      }
      const refused: Sender[] = [...others, ...Object.values(FORGED)];
      for (const sender of refused) {
        const { d, calls } = deps();
        const reply = await route(SAMPLES[type], sender, d);
        expect(reply, `${type} from ${JSON.stringify(sender)}`).toMatchObject({
          ok: false,
          error: expect.stringMatching(/^sender not allowed/),
        });
        expect(JSON.stringify(reply)).not.toContain(SECRET);
        expect(calls(), `${type} from ${JSON.stringify(sender)}`).toBe(0);
      }
    });
  }

  it('answers a content script with nothing but null', async () => {
    const { d, tabs } = deps();
    expect(await route({ type: 'report', report }, content, d)).toEqual({ ok: true, value: null });
    expect(tabs.report).toHaveBeenCalledWith(7, report);
  });

  it('reveals data only to extension pages', async () => {
    const { d } = deps();
    const reply = await route({ type: 'outbox-list' }, sidePanel, d);
    expect(JSON.stringify(reply)).toContain(SECRET);
  });
});

describe('route: malformed messages', () => {
  const polluted = () => (Object.prototype as Record<string, unknown>).polluted;

  it('refuses each with a clear error, and the next valid message still works', async () => {
    const { d, calls } = deps();
    const cases: [unknown, RegExp][] = [
      [null, /expected an object with a string "type"/],
      [undefined, /expected an object/],
      ['detect', /expected an object/],
      [42, /expected an object/],
      [[{ type: 'detect', tabId: 1 }], /expected an object/],
      [{ type: 1 }, /expected an object with a string "type"/],
      [{}, /expected an object/],
      [{ type: 'unknown' }, /unknown type "unknown"/],
      [{ type: 'constructor' }, /unknown type "constructor"/],
      [{ type: '__proto__' }, /unknown type "__proto__"/],
      [{ type: 'toString' }, /unknown type "toString"/],
      [{ type: 'detect' }, /tabId: .*expected number/],
      [{ type: 'detect', tabId: '7' }, /tabId: .*expected number/],
      [{ type: 'detect', tabId: -1 }, /tabId: /],
      [{ type: 'detect', tabId: 1.5 }, /tabId: .*int/i],
      [{ type: 'detect', tabId: 1, extra: 'x' }, /Unrecognized key.*"extra"/],
      [{ type: 'outbox-retry', id: 'x'.repeat(101) }, /id: .*Too big/i],
      [{ type: 'scan-all', enabled: 'yes' }, /enabled: .*expected boolean/],
      [{ type: 'submit', submission: { id: 'x' }, endpoint }, /^invalid message: submission\./],
      [
        { type: 'submit', submission: submission(), endpoint: 'javascript:alert(1)' },
        /endpoint: must be an absolute https URL/,
      ],
      [{ type: 'submit', submission: submission() }, /endpoint: /],
    ];
    for (const [message, error] of cases) {
      const reply = await route(message, sidePanel, d);
      expect(reply, JSON.stringify(message)).toEqual({
        ok: false,
        error: expect.stringMatching(error),
      });
      expect(await route({ type: 'outbox-list' }, sidePanel, d)).toMatchObject({ ok: true });
    }
    // Only the outbox-list after each refusal ran.
    expect(calls()).toBe(cases.length);
  });

  it('refuses extra and huge payloads, with a short reply', async () => {
    const { d, worker, tabs } = deps();
    const huge = 'x'.repeat(5_000_000);
    for (const [message, sender] of [
      [{ type: 'outbox-list', padding: huge }, sidePanel],
      [{ type: 'outbox-list', [huge]: 1 }, sidePanel],
      [{ type: 'report', report: { ...report, title: huge } }, content],
      [{ type: 'report', report: { ...report, padding: huge } }, content],
      [{ type: 'report', report: { ...report, inline: Array(21).fill('{}') } }, content],
      [{ type: 'detect', tabId: 1, nested: { deep: Array(10_000).fill({ a: huge }) } }, sidePanel],
    ] as const) {
      const reply = await route(message, sender, d);
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message/) });
      if (!reply.ok) expect(reply.error.length).toBeLessThanOrEqual(320);
    }
    expect(worker.outbox.list).not.toHaveBeenCalled();
    expect(tabs.report).not.toHaveBeenCalled();
    expect(await route({ type: 'report', report }, content, d)).toEqual({ ok: true, value: null });
  });

  it('refuses prototype-polluting keys and pollutes nothing', async () => {
    const { d, worker, tabs } = deps();
    for (const [json, sender] of [
      ['{"type":"outbox-list","__proto__":{"polluted":true}}', sidePanel],
      ['{"type":"delete-all","constructor":{"prototype":{"polluted":true}}}', sidePanel],
      [
        `{"type":"report","report":${JSON.stringify(report).replace('{', '{"__proto__":{"polluted":true},')}}`,
        content,
      ],
      [
        `{"type":"report","report":${JSON.stringify({ ...report, mounts: [{ endpoint: null, challenges: null, challenge: null, locale: null, privacyUrl: null, colorScheme: null }] }).replace('{"endpoint"', '{"__proto__":{"polluted":true},"endpoint"')}}`,
        content,
      ],
    ] as const) {
      const message: unknown = JSON.parse(json);
      const reply = await route(message, sender, d);
      expect(reply, json).toMatchObject({
        ok: false,
        error: expect.stringMatching(/Unrecognized key.*"(__proto__|constructor)"/),
      });
    }
    expect(polluted()).toBeUndefined();
    expect(worker.outbox.list).not.toHaveBeenCalled();
    expect(d.deleteAll).not.toHaveBeenCalled();
    expect(tabs.report).not.toHaveBeenCalled();

    // Inside a shared schema (the submission) such keys are dropped before the worker sees it.
    const envelope = JSON.parse(
      JSON.stringify(submission({ source: 'extension' })).replace(
        '"author":{',
        '"author":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
      ),
    ) as unknown;
    expect(
      await route({ type: 'submit', submission: envelope, endpoint }, sidePanel, d),
    ).toMatchObject({ ok: true });
    const [queued] = worker.submit.mock.calls[0] as unknown as [{ author: object }];
    expect(Object.keys(queued.author)).toEqual(['actorType']);
    expect(Object.getPrototypeOf(queued.author)).toBe(Object.prototype);
    expect(polluted()).toBeUndefined();
  });

  it('turns a failure inside the worker into a reply, and goes on', async () => {
    const { d } = deps({
      deleteAll: vi.fn(async () => {
        throw new Error('disk full');
      }),
    });
    vi.mocked(d.tabs.report).mockRejectedValueOnce(new Error(`badge of ${SECRET}`));
    expect(await route({ type: 'delete-all' }, sidePanel, d)).toEqual({
      ok: false,
      error: 'failed: Error: disk full',
    });
    // The content script learns nothing of what went wrong.
    expect(await route({ type: 'report', report }, content, d)).toEqual({
      ok: false,
      error: 'failed',
    });
    expect(await route({ type: 'outbox-list' }, sidePanel, d)).toMatchObject({ ok: true });
    expect(await route({ type: 'report', report }, content, d)).toEqual({ ok: true, value: null });
  });
});

describe('route: submit', () => {
  it('queues nothing for an endpoint the volunteer did not confirm', async () => {
    const { d, worker } = deps({ endpointConfirmed: vi.fn(async () => false) });
    const envelope = submission({ source: 'extension' });
    const reply = await route({ type: 'submit', submission: envelope, endpoint }, sidePanel, d);
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^endpoint not confirmed: https:\/\/lunde\.example/),
    });
    expect(d.endpointConfirmed).toHaveBeenCalledWith(endpoint, envelope.challenge.id);
    expect(worker.submit).not.toHaveBeenCalled();
  });

  it('queues a confirmed one', async () => {
    const { d, worker } = deps();
    const envelope = submission({ source: 'extension' });
    expect(
      await route({ type: 'submit', submission: envelope, endpoint }, sidePanel, d),
    ).toMatchObject({ ok: true });
    expect(worker.submit).toHaveBeenCalledWith(envelope, endpoint);
  });
});

describe('respond', () => {
  it('routes once the background is ready, and replies even when it cannot get ready', async () => {
    const { d } = deps();
    expect(await respond({ type: 'outbox-list' }, sidePanel, Promise.resolve(d))).toMatchObject({
      ok: true,
    });
    expect(
      await respond({ type: 'outbox-list' }, sidePanel, Promise.reject(new Error('no database'))),
    ).toEqual({ ok: false, error: 'Error: no database' });
  });
});
