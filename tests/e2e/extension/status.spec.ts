// What became of an answer sent from the side panel (issue 13, protocol 1.1), against a small
// stub receiver on 127.0.0.1 whose receipt carries a `statusUrl` (the real receiver's
// GET /api/status/<token> was being built meanwhile): the background asks when a panel opens,
// the panel shows status and reply, marked new until seen; the saved item says "answered"; the
// panel names the municipality beside the origin.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectNoViolations } from '../support/axe';
import { chooseEnglish, expect, test } from './support';

const REPLY = 'Tak! Vi prøver en aftenbus fra februar.';
const OLD_NEWS = { at: '2026-11-01T10:00:00.000Z', text: 'Vi har læst alle jeres svar.' };
const NEWS = {
  at: '2026-11-20T10:00:00.000Z',
  text: 'Busselskabet er med: prøveperiode fra februar.',
};

async function startStub() {
  const statusAsked: string[] = [];
  const received: unknown[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="da"><title>Lunde Kommune</title>
<div data-samskab data-endpoint="${origin}/api/submissions" data-challenges="${origin}/api/challenges"></div>`);
      return;
    }
    if (req.method === 'GET' && req.url === '/api/challenges') {
      json(200, {
        challenges: [
          {
            id: 'aftenbus',
            title: 'Ingen bus om aftenen',
            framing: 'Mange ældre kommer ikke hjem fra aftenarrangementer.',
            url: `${origin}/`,
            updates: [NEWS, OLD_NEWS],
          },
        ],
      });
      return;
    }
    if (req.method === 'POST' && req.url === '/api/submissions') {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push(JSON.parse(body));
        json(201, { reference: 'SK-7F3K2Q', statusUrl: `${origin}/api/status/t0k3n` });
      });
      return;
    }
    if (req.method === 'GET' && req.url === '/api/status/t0k3n') {
      statusAsked.push(req.url);
      json(200, {
        reference: 'SK-7F3K2Q',
        status: 'taken-forward',
        reply: REPLY,
        updatedAt: '2026-11-20T10:00:00.000Z',
      });
      return;
    }
    json(404, { error: 'not found' });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    statusAsked,
    received,
    close: () => {
      // Chromium keeps its connections open: without this, close waits a minute for them.
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const WORDS = {
  da: {
    save: 'Gem: Ingen bus om aftenen',
    interested: '(Interesseret)',
    answered: '(Besvaret)',
    recipient: (origin: string) => `Dit svar sendes til Lunde Kommune (${origin}).`,
    kind: /Fortæl hvad du ser/,
    body: 'Hvad ser du?',
    send: 'Send svar',
    answer: 'Svar SK-7F3K2Q',
    status: 'Status: Arbejdes videre med',
    fresh: 'Nyt',
    news: 'Nyt fra kommunen: 1',
  },
  en: {
    save: 'Save: Ingen bus om aftenen',
    interested: '(Interested)',
    answered: '(Answered)',
    recipient: (origin: string) => `Your answer is sent to Lunde Kommune (${origin}).`,
    kind: /Tell us what you see/,
    body: 'What do you see?',
    send: 'Send answer',
    answer: 'Answer SK-7F3K2Q',
    status: 'Status: Taken forward',
    fresh: 'New',
    news: 'News from the municipality: 1',
  },
} as const;

for (const locale of ['da', 'en'] as const) {
  test(`an answer sent from the side panel shows its status and reply, and the saved challenge its news, new until seen (${locale})`, async ({
    context,
    extensionId,
    tabIdOf,
  }) => {
    const w = WORDS[locale];
    const stub = await startStub();
    try {
      if (locale === 'en') await chooseEnglish(context, extensionId);
      const site = await context.newPage();
      await site.goto(`${stub.origin}/`);
      const popup = await context.newPage();
      await popup.goto(
        `chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(`${stub.origin}/`)}`,
      );
      await popup.getByRole('button', { name: w.save }).click();
      await expect(popup.getByTestId('saved')).toContainText(w.interested);
      // Saved from the page that shows its news: none is new. As if last looked at before the
      // newest post (the feed is read again at most once a minute, too slow to wait for here):
      await popup.evaluate(
        async ({ key, at }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('samskab-extension', 1);
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const store = db.transaction('opportunities', 'readwrite').objectStore('opportunities');
          const item = await new Promise<Record<string, unknown>>((resolve) => {
            const get = store.get(key);
            get.onsuccess = () => resolve(get.result as Record<string, unknown>);
          });
          if (item.updatesSeenAt !== '2026-11-20T10:00:00.000Z')
            throw new Error('not seen on save');
          await new Promise((resolve) => {
            store.put({ ...item, updatesSeenAt: at }).onsuccess = resolve;
          });
          db.close();
        },
        { key: `challenge:${stub.origin}/api/submissions#aftenbus`, at: OLD_NEWS.at },
      );
      await popup.reload();
      await expect(popup.getByTestId('saved')).toContainText(w.news);

      const id = `challenge:${stub.origin}/api/submissions#aftenbus`;
      const panelUrl = `chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(id)}`;
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.goto(panelUrl);
      // The municipality by name (the page's title here: the challenge names no contact).
      await expect(panel.getByTestId('recipient')).toHaveText(w.recipient(stub.origin));
      const news = panel.getByTestId('challenge-updates');
      await expect(news.getByRole('listitem')).toHaveCount(2);
      await expect(news.getByRole('listitem').first()).toContainText(NEWS.text);
      await expect(
        news.getByRole('listitem').first().getByText(w.fresh, { exact: true }),
      ).toBeVisible();
      await expect(
        news.getByRole('listitem').last().getByText(w.fresh, { exact: true }),
      ).toHaveCount(0);
      await expectNoViolations(panel, `side panel with news (${locale})`);
      await panel.getByRole('button', { name: w.kind }).click();
      await panel.getByLabel(w.body).fill('Bussen kører ikke om aftenen.');
      await panel.getByRole('button', { name: w.send }).click();
      await expect.poll(() => stub.received.length).toBe(1);
      await popup.reload();
      await expect(popup.getByTestId('saved')).toContainText(w.answered);

      // The next time the panel opens, the background asks what became of it.
      await panel.reload();
      const statuses = panel.getByTestId('answer-statuses');
      await expect(statuses).toContainText(w.answer);
      await expect(statuses).toContainText(w.status);
      await expect(statuses).toContainText(REPLY);
      await expect(statuses.getByText(w.fresh, { exact: true })).toBeVisible();
      expect(stub.statusAsked).toHaveLength(1);
      await expectNoViolations(panel, `side panel with a status (${locale})`);

      // Seen now: no longer new, and not asked again within the hour.
      await panel.reload();
      await expect(statuses).toContainText(REPLY);
      await expect(statuses.getByText(w.fresh, { exact: true })).toHaveCount(0);
      await expect(news.getByText(w.fresh, { exact: true })).toHaveCount(0);
      expect(stub.statusAsked).toHaveLength(1);
    } finally {
      await stub.close();
    }
  });
}
