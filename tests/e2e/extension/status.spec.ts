// What became of an answer sent from the side panel (issue 13, protocol 1.1), against a small
// stub receiver on 127.0.0.1 whose receipt carries a `statusUrl` (the real receiver's
// GET /api/status/<token> was being built meanwhile): the background asks when a panel opens,
// the panel shows status and reply, marked new until seen; the saved item says "answered"; the
// panel names the municipality beside the origin.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectNoViolations } from '../support/axe';
import { expect, test } from './support';

const REPLY = 'Tak! Vi prøver en aftenbus fra februar.';

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
<div data-samskab data-endpoint="${origin}/api/submissions"></div>
<script type="application/json" data-samskab-challenges>${JSON.stringify({
        challenges: [
          {
            id: 'aftenbus',
            title: 'Ingen bus om aftenen',
            framing: 'Mange ældre kommer ikke hjem fra aftenarrangementer.',
            url: `${origin}/`,
          },
        ],
      })}</script>`);
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

test('an answer sent from the side panel shows its status and reply, new until seen', async ({
  context,
  extensionId,
  tabIdOf,
}) => {
  const stub = await startStub();
  try {
    const site = await context.newPage();
    await site.goto(`${stub.origin}/`);
    const popup = await context.newPage();
    await popup.goto(
      `chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(`${stub.origin}/`)}`,
    );
    await popup.getByRole('button', { name: 'Gem: Ingen bus om aftenen' }).click();
    await expect(popup.getByTestId('saved')).toContainText('(Interesseret)');

    const id = `challenge:${stub.origin}/api/submissions#aftenbus`;
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(id)}`;
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(panelUrl);
    // The municipality by name (the page's title here: the challenge names no contact).
    await expect(panel.getByTestId('recipient')).toHaveText(
      `Dit svar sendes til Lunde Kommune (${stub.origin}).`,
    );
    await panel.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
    await panel.getByLabel('Hvad ser du?').fill('Bussen kører ikke om aftenen.');
    await panel.getByRole('button', { name: 'Send svar' }).click();
    await expect.poll(() => stub.received.length).toBe(1);
    await popup.reload();
    await expect(popup.getByTestId('saved')).toContainText('(Besvaret)');

    // The next time the panel opens, the background asks what became of it.
    await panel.reload();
    const statuses = panel.getByTestId('answer-statuses');
    await expect(statuses).toContainText('Svar SK-7F3K2Q');
    await expect(statuses).toContainText('Status: Arbejdes videre med');
    await expect(statuses).toContainText(REPLY);
    await expect(statuses.getByText('Nyt')).toBeVisible();
    expect(stub.statusAsked).toHaveLength(1);
    await expectNoViolations(panel, 'side panel with a status');

    // Seen now: no longer new, and not asked again within the hour.
    await panel.reload();
    await expect(statuses).toContainText(REPLY);
    await expect(statuses.getByText('Nyt')).toHaveCount(0);
    expect(stub.statusAsked).toHaveLength(1);
  } finally {
    await stub.close();
  }
});
