// The extension's trust boundaries in a real Chromium: a web page and a content script in it
// can read none of the volunteer's data and make the background send nothing; an endpoint a page
// names gets no request until the volunteer has confirmed it; malformed messages leave the
// service worker working. The receiver is real and every request to its submissions URL is
// recorded, so "nothing was sent" includes a CORS preflight.
import type { IncomingMessage, Server } from 'node:http';
import type { Page, Worker } from '@playwright/test';
import { MESSAGE_TYPES, SENDER_RULES } from '../../../extension/background/protocol';
import { messageSamples } from '../../unit/extension/message-samples';
import { submission } from '../../unit/utils/fixtures';
import { HostServer } from '../support/host-page';
import { expect, saveFromDemoPage, storedData, test } from './support';

type Receiver = { url: string; server: Server };

/** Every request that reaches the receiver's submissions URL, whatever its method. */
function recordSubmissionRequests(receiver: Receiver): string[] {
  const seen: string[] = [];
  receiver.server.on('request', (request: IncomingMessage) => {
    if ((request.url ?? '').startsWith('/api/submissions')) {
      seen.push(`${request.method} ${request.url}`);
    }
  });
  return seen;
}

type ScriptingChrome = {
  chrome: {
    scripting: {
      executeScript<A extends unknown[], R>(injection: {
        target: { tabId: number };
        world: 'ISOLATED';
        func: (...args: A) => R;
        args: A;
      }): Promise<{ result: Awaited<R> }[]>;
      registerContentScripts(
        scripts: { id: string; matches: string[]; js: string[]; runAt: string }[],
      ): Promise<void>;
    };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  };
};

/** What a content script's `chrome` offers that the test tries. */
type ContentScriptChrome = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(keys: null): Promise<unknown> } };
};

const PROFILE = {
  name: 'Hanne Hemmelig',
  organisation: '',
  actorType: 'volunteer',
  email: 'hanne@hemmelig.example',
  phone: '12345678',
};

/** All that `storage.local` holds: it must be the same after the page had its go. */
const STORED = { settings: { profile: PROFILE, locale: 'da', scanAll: false } };

/**
 * Waits until the background has sent all it was going to: an extension page asks it to flush its
 * outbox, and the reply comes after every flush before it (the outbox runs them in turn). An
 * answer leaves only through the outbox, so a request not seen by then is one not sent.
 */
async function outboxFlushed(extensionPage: Page) {
  expect(await fromExtensionPage(extensionPage, [{ type: 'outbox-flush' }])).toEqual([
    { ok: true, value: null },
  ]);
}

/**
 * After a page or content script had its go (every message it sent answered): nothing sent or
 * queued, `saved` opportunities still saved, settings as they were.
 */
async function expectNothingSentOrChanged(
  extensionPage: Page,
  background: Worker,
  requests: string[],
  saved: number,
) {
  await outboxFlushed(extensionPage);
  expect(requests).toEqual([]);
  const data = await storedData(background);
  expect(data.extension.opportunities ?? 0).toBe(saved);
  expect(data.samskab.outbox ?? 0).toBe(0);
  expect(data.local).toEqual(STORED);
}

/** Saves a profile as the options page does, so there is something to steal. */
async function saveProfile(background: Worker) {
  await background.evaluate(async (items) => {
    const { chrome } = globalThis as unknown as ScriptingChrome;
    await chrome.storage.local.set(items);
  }, STORED);
}

/**
 * Runs in the tab's isolated world, the content script's own: each message sent as our content
 * script would send it, and `storage.local` read as it could. Returns what came back.
 */
function fromContentScript(background: Worker, tabId: number, messages: unknown[]) {
  return background.evaluate(
    async ({ tabId, messages }) => {
      const { chrome } = globalThis as unknown as ScriptingChrome;
      const [injected] = await chrome.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        args: [messages] as [unknown[]],
        func: async (list: unknown[]) => {
          const api = (globalThis as unknown as { chrome: ContentScriptChrome }).chrome;
          const replies: unknown[] = [];
          for (const message of list) {
            replies.push(await api.runtime.sendMessage(message).catch((e) => ({ threw: `${e}` })));
          }
          const storage = await api.storage.local.get(null).then(
            (items) => ({ read: items }),
            (error) => ({ refused: String(error) }),
          );
          const databases = await indexedDB.databases().then((list) => list.map((d) => d.name));
          return { replies, storage, databases };
        },
      });
      return injected!.result;
    },
    { tabId, messages },
  );
}

async function badgeOf(background: Worker, tabId: number) {
  return background.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as ScriptingChrome;
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Sends from an extension page, as the popup and side panel do. */
function fromExtensionPage(page: Page, messages: unknown[]) {
  return page.evaluate(async (list) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    const replies: unknown[] = [];
    for (const message of list) replies.push(await chrome.runtime.sendMessage(message));
    return replies;
  }, messages);
}

test('a content script can read nothing and have nothing sent, whatever it asks', async ({
  context,
  extensionId,
  background,
  receiver,
  tabIdOf,
}) => {
  const requests = recordSubmissionRequests(receiver);
  await saveProfile(background);
  // Something saved, so there is a list to read or delete.
  const popup = await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  const before = await storedData(background);
  expect(before.extension.opportunities).toBe(1);

  const host = await HostServer.start();
  try {
    const pageUrl = host.serve('/plain.html', '<!doctype html><title>Plain</title><p>Hej', {
      'Content-Type': 'text/html; charset=utf-8',
    });
    const site = await context.newPage();
    await site.goto(pageUrl);
    const tabId = await tabIdOf(pageUrl);

    // The web page itself has no way to the extension at all (no externally_connectable).
    expect(
      await site.evaluate(() => {
        const c = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
        return typeof c?.runtime?.sendMessage;
      }),
    ).toBe('undefined');

    const samples = messageSamples({
      submission: submission({ source: 'extension', pageUrl }),
      endpoint: `${receiver.url}/api/submissions`,
      tabId,
      pageUrl,
    });
    const types = MESSAGE_TYPES;
    const { replies, storage, databases } = await fromContentScript(
      background,
      tabId,
      types.map((type) => samples[type]),
    );
    for (const [i, type] of types.entries()) {
      expect(replies[i], type).toEqual(
        SENDER_RULES[type] === 'content-script'
          ? { ok: true, value: null }
          : { ok: false, error: expect.stringMatching(/^sender not allowed/) },
      );
    }
    expect(JSON.stringify(replies)).not.toContain(PROFILE.email);
    // Chrome keeps storage.local (the profile) to the extension's own pages and worker.
    expect(storage).toEqual({ refused: expect.stringContaining('not allowed') });
    // The content script's IndexedDB is the page's: the saved list and drafts are not there.
    expect(databases).not.toContain('samskab-extension');
    expect(databases).not.toContain('samskab');

    // Nothing was sent, deleted or switched on.
    await expectNothingSentOrChanged(popup, background, requests, 1);
  } finally {
    await host.close();
  }
});

test('nothing a page puts in its DOM makes the background send or reveal anything', async ({
  context,
  extensionId,
  background,
  receiver,
  tabIdOf,
}) => {
  const requests = recordSubmissionRequests(receiver);
  await saveProfile(background);
  const endpoint = `${receiver.url}/api/submissions`;
  // The opt-in content script for the loopback host page, as badge.spec.ts registers it.
  await background.evaluate(async () => {
    const { chrome } = globalThis as unknown as ScriptingChrome;
    await chrome.scripting.registerContentScripts([
      {
        id: 'samskab-detect',
        matches: ['http://localhost/*'],
        js: ['content-scripts/detect.js'],
        runAt: 'document_idle',
      },
    ]);
  });
  const host = await HostServer.start();
  try {
    const challenge = { id: 'lokkemad', title: 'Lokkemad', framing: 'Svar her.', url: host.origin };
    const inline = JSON.stringify({ challenges: [challenge] });
    const message = JSON.stringify({ type: 'submit', endpoint, submission: { id: 'x' } });
    const pageUrl = host.serve(
      '/crafted.html',
      `<!doctype html><html lang="da"><title>Crafted</title>
<div data-samskab data-endpoint="${endpoint}" data-type="submit" data-theme="evil"
  data-permissions="&lt;all_urls&gt;" data-message='${message}' data-locale="en"></div>
<script type="application/json" data-samskab-challenges>${inline}</script>
<script>
  // Everything a page can do from its own world.
  const forged = ${message};
  for (let i = 0; i < 50; i++) {
    window.postMessage(forged, '*');
    window.postMessage({ type: 'delete-all' }, '*');
    window.postMessage({ type: 'outbox-list' }, '*');
    document.dispatchEvent(new CustomEvent('samskab', { detail: forged }));
  }
  window.addEventListener('message', (e) => {
    if (e.data && e.data.ok !== undefined) document.title = 'LEAK ' + JSON.stringify(e.data);
  });
</script>`,
      { 'Content-Type': 'text/html; charset=utf-8' },
    );
    const site = await context.newPage();
    await site.goto(pageUrl);
    const tabId = await tabIdOf(pageUrl);
    // The content script's report arrived and was counted: one challenge.
    await expect.poll(() => badgeOf(background, tabId)).toBe('1');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expectNothingSentOrChanged(popup, background, requests, 0);
    expect(await site.title()).toBe('Crafted');
  } finally {
    await host.close();
  }
});

test('an endpoint a page names gets no request until the volunteer confirmed it', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  const requests = recordSubmissionRequests(receiver);
  const endpoint = `${receiver.url}/api/submissions`;
  const { challenges } = (await (await fetch(`${receiver.url}/api/challenges`)).json()) as {
    challenges: { id: string; title: string }[];
  };
  const [first, second] = challenges;
  const answer = (challenge: { id: string; title: string }) =>
    submission({
      source: 'extension',
      pageUrl: `${receiver.url}/`,
      challenge: { id: challenge.id, title: challenge.title.slice(0, 200) },
    });

  // Detected in the popup: shown, not sent.
  const popup = await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
  await outboxFlushed(popup);
  expect(requests).toEqual([]);

  // Even our own page cannot queue an answer for an endpoint nobody saved, nor for a challenge
  // of a saved endpoint that was not itself saved.
  const saved = challenges.find((c) => /Færre ensomme aftener/.test(c.title))!;
  const unsaved = saved.id === first!.id ? second! : first!;
  const refused = await fromExtensionPage(popup, [
    { type: 'submit', submission: answer(saved), endpoint: `${endpoint}?to=elsewhere` },
    { type: 'submit', submission: answer(saved), endpoint: 'https://evil.example/collect' },
    { type: 'submit', submission: answer(unsaved), endpoint },
  ]);
  expect(refused).toEqual(
    Array(3).fill({ ok: false, error: expect.stringMatching(/^endpoint not confirmed/) }),
  );
  await outboxFlushed(popup);
  expect(requests).toEqual([]);

  // The confirmed one (saved, origin granted) goes, once: the recorder would have seen the rest.
  const [sent] = await fromExtensionPage(popup, [
    { type: 'submit', submission: answer(saved), endpoint },
  ]);
  expect(sent).toMatchObject({ ok: true });
  await expect.poll(() => requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
  expect(requests).toEqual(['POST /api/submissions']);
});

test('malformed messages get a clear error and the service worker keeps working', async ({
  context,
  extensionId,
  background,
}) => {
  await background.evaluate(() => {
    const scope = globalThis as unknown as { caught: string[] } & typeof globalThis;
    scope.caught = [];
    addEventListener('error', (e) => scope.caught.push(String((e as ErrorEvent).message)));
    addEventListener('unhandledrejection', (e) =>
      scope.caught.push(String((e as PromiseRejectionEvent).reason)),
    );
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const replies = await page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    const huge = 'x'.repeat(20_000_000);
    let deep: unknown = { type: 'outbox-list' };
    // Chrome's message serialisation caps nesting itself; this deep still arrives.
    for (let i = 0; i < 100; i++) deep = [deep];
    const messages: unknown[] = [
      null,
      'outbox-list',
      [],
      { type: 42 },
      { type: 'nope' },
      { type: 'constructor' },
      { type: 'detect', tabId: 'one' },
      { type: 'submit' },
      { type: 'outbox-list', padding: huge },
      { type: 'detect', tabId: 1, nested: deep },
      JSON.parse('{"type":"outbox-list","__proto__":{"polluted":true}}'),
      JSON.parse('{"type":"delete-all","constructor":{"prototype":{"polluted":true}}}'),
    ];
    const out: unknown[] = [];
    for (const message of messages) {
      out.push(
        await chrome.runtime.sendMessage(message).catch((e: unknown) => ({ threw: String(e) })),
      );
      out.push(await chrome.runtime.sendMessage({ type: 'outbox-list' }));
    }
    return out;
  });
  const errors = replies.filter((_, i) => i % 2 === 0);
  const valid = replies.filter((_, i) => i % 2 === 1);
  expect(errors).toEqual([
    { ok: false, error: 'invalid message: expected an object with a string "type"' },
    { ok: false, error: 'invalid message: expected an object with a string "type"' },
    { ok: false, error: 'invalid message: expected an object with a string "type"' },
    { ok: false, error: 'invalid message: expected an object with a string "type"' },
    { ok: false, error: 'invalid message: unknown type "nope"' },
    { ok: false, error: 'invalid message: unknown type "constructor"' },
    { ok: false, error: expect.stringMatching(/^invalid message: tabId: .*expected number/) },
    { ok: false, error: expect.stringMatching(/^invalid message: submission: .*; endpoint: /) },
    { ok: false, error: expect.stringMatching(/^invalid message: .*Unrecognized key.*"padding"/) },
    { ok: false, error: expect.stringMatching(/^invalid message: .*Unrecognized key.*"nested"/) },
    {
      ok: false,
      error: expect.stringMatching(/^invalid message: .*Unrecognized key.*"__proto__"/),
    },
    {
      ok: false,
      error: expect.stringMatching(/^invalid message: .*Unrecognized key.*"constructor"/),
    },
  ]);
  expect(valid).toEqual(Array(errors.length).fill({ ok: true, value: [] }));
  expect(
    await background.evaluate(() => ({
      caught: (globalThis as unknown as { caught: string[] }).caught,
      polluted: (Object.prototype as Record<string, unknown>).polluted,
    })),
  ).toEqual({ caught: [], polluted: undefined });
});
