// Issue 13 points 1 and 2, the widget's side: after sending, what happens next; in "Dine svar" the
// answer's status and the municipality's reply from the receipt's statusUrl (protocol 1.1), asked
// at most hourly from a receiver without the batch of protocol 1.4 (this stub's links are not
// 1.4 tokens), a change since the last visit marked in words and marked seen once shown; what the
// person just sent is not marked. The
// receiver's status side is built in parallel, so the endpoint here is a small real HTTP server on
// 127.0.0.1 that answers the protocol (design.md §6); the widget and the feed come from the real
// test receiver. Against a 1.0 receiver (no statusUrl) nothing of this loads.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { type HostServer, openHostPage } from '../support/host-page';
import { effectsRun, NEED_WORDS, outboxIdle } from './support';

interface StatusReport {
  reference: string;
  status: string;
  reply?: string;
  updatedAt: string;
}

/** A receiver as protocol 1.1 describes it, or 1.0 when `statusUrls` is false. */
class StubReceiver {
  readonly posted: unknown[] = [];
  statusAsks = 0;
  report: StatusReport = {
    reference: 'SK-7F3K2Q',
    status: 'received',
    updatedAt: '2026-11-28T05:00:00Z',
  };
  private constructor(
    private readonly server: Server,
    readonly origin: string,
    private readonly statusUrls: boolean,
  ) {}

  static async start(statusUrls: boolean): Promise<StubReceiver> {
    let stub: StubReceiver | undefined;
    const server = createServer((req, res) => stub!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stub = new StubReceiver(server, origin, statusUrls);
    return stub;
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const cors = {
      'Access-Control-Allow-Origin': req.headers.origin ?? '*',
      'Access-Control-Allow-Methods': 'POST, GET',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      Vary: 'Origin',
    };
    const json = (status: number, body: unknown) =>
      res
        .writeHead(status, {
          ...cors,
          'Content-Type': 'application/json',
          'Cache-Control': 'no-store',
        })
        .end(JSON.stringify(body));
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    if (req.method === 'POST' && req.url === '/api/submissions') {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        this.posted.push(JSON.parse(body));
        json(
          201,
          this.statusUrls
            ? {
                reference: this.report.reference,
                statusUrl: `${this.origin}/api/status/k9Q2x7VfT0pLmZr4`,
              }
            : { reference: this.report.reference },
        );
      });
      return;
    }
    if (req.method === 'GET' && req.url === '/api/status/k9Q2x7VfT0pLmZr4') {
      this.statusAsks += 1;
      return json(200, this.report);
    }
    json(404, { error: 'not found' });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const WORDS = {
  da: {
    ...NEED_WORDS.da,
    next: 'Hvad sker der nu?',
    reads: 'Kommunen læser alle svar, der kommer ind.',
    deadline: /Du kan svare indtil 31\. marts 2027/,
    follow: /kan du se status og kommunens besked her på siden under "Dine svar"/,
    news: 'Nyt om udfordringen kommer her på siden.',
    contact: /kontakte Facilitator, Social og Sundhed, samskab@kommune\.example/,
    back: /Tilbage til listen/,
    received: 'Ny',
    forward: 'Arbejdes videre med',
    changed: 'Nyt',
    reply: 'Kommunens besked',
  },
  en: {
    ...NEED_WORDS.en,
    next: 'What happens next?',
    reads: 'The municipality reads every answer it receives.',
    deadline: /You can answer until 31 March 2027/,
    follow:
      /you can see its status and the municipality’s message on this page under "Your answers"/,
    news: 'News about the challenge will appear on this page.',
    contact: /contact Facilitator, Social og Sundhed, samskab@kommune\.example/,
    back: /Back to the list/,
    received: 'New',
    forward: 'Taken forward',
    changed: 'New',
    reply: "The municipality's message",
  },
};

const T0 = Date.parse('2026-11-28T06:00:00Z');

async function open(
  page: Page,
  host: HostServer,
  widgetBase: string,
  stub: StubReceiver,
  lang: 'da' | 'en',
) {
  await openHostPage(page, host, widgetBase, {
    lang,
    script: {
      endpoint: `${stub.origin}/api/submissions`,
      challenges: `${widgetBase}/api/challenges`,
      locale: lang,
    },
  });
  await expect(page.locator('[data-samskab] section[data-ready]')).toBeAttached();
}

/** The one answer in "Dine svar". */
const entry = (page: Page) => page.locator('[data-samskab] .outbox [data-state]').first();

for (const lang of ['da', 'en'] as const) {
  const w = WORDS[lang];
  test(`receipt, then status and reply in "Dine svar", asked hourly, a change marked once (${lang})`, async ({
    page,
    host,
    receiver,
  }) => {
    test.setTimeout(90_000);
    const stub = await StubReceiver.start(true);
    try {
      await page.clock.setFixedTime(T0);
      await open(page, host, receiver.url, stub, lang);
      await page.getByRole('button', { name: w.card }).click();
      await page.getByRole('button', { name: w.kind }).click();
      await page.getByLabel(w.body).fill('Der mangler et sted at mødes om aftenen.');
      await page.getByRole('button', { name: w.send }).click();

      // The receipt: what happens next, with the challenge's deadline and contact.
      await expect(page.getByRole('heading', { name: w.sent })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.next })).toBeVisible();
      await expect(page.getByText(w.reads)).toBeVisible();
      await expect(page.getByText(w.deadline)).toBeVisible();
      await expect(page.getByText(w.follow)).toBeVisible();
      await expect(page.getByText(w.contact)).toBeVisible();
      await expectNoViolations(page, `receipt (${lang})`);

      // "Dine svar": the status, asked once; what the person just sent is not "new".
      await page.getByRole('button', { name: w.back }).click();
      const status = entry(page).locator('.status');
      await expect(status).toContainText(`Status: ${w.received}`);
      await expect(entry(page).locator('.status.new')).toHaveCount(0);
      expect(stub.statusAsks).toBe(1);
      await expectNoViolations(page, `status (${lang})`);

      // The municipality moves it on and replies. Within the hour nothing is asked; the status
      // was seen, so it is no longer marked.
      stub.report = {
        reference: 'SK-7F3K2Q',
        status: 'taken-forward',
        reply: 'Tak! Vi tager det med til mødet i december.\nHilsen Lunde Kommune',
        updatedAt: '2026-11-28T06:30:00Z',
      };
      await page.reload();
      await expect(entry(page).locator('.status')).toContainText(`Status: ${w.received}`);
      await expect(entry(page).locator('.status.new')).toHaveCount(0);
      expect(stub.statusAsks).toBe(1);

      // An hour later: asked again; the change is marked in words, the reply shown as text.
      await page.clock.setFixedTime(T0 + 61 * 60 * 1000);
      await page.reload();
      await expect(entry(page).locator('.status.new')).toContainText(
        `${w.changed}Status: ${w.forward}`,
      );
      await expect(entry(page).getByText(w.reply)).toBeVisible();
      await expect(entry(page).locator('.reply')).toHaveText(stub.report.reply!);
      expect(stub.statusAsks).toBe(2);
      await expectNoViolations(page, `status changed, with reply (${lang})`);

      // Seen: the next visit shows it plainly and asks nothing.
      await page.reload();
      await expect(entry(page).locator('.status')).toContainText(`Status: ${w.forward}`);
      await expect(entry(page).locator('.status.new')).toHaveCount(0);
      expect(stub.statusAsks).toBe(2);
    } finally {
      await stub.close();
    }
  });
}

test('a 1.0 receiver (no statusUrl): no status chunk, no status request, "Dine svar" as before', async ({
  page,
  host,
  receiver,
}) => {
  const stub = await StubReceiver.start(false);
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(r.url()));
  try {
    await open(page, host, receiver.url, stub, 'da');
    await page.getByRole('button', { name: WORDS.da.card }).click();
    await page.getByRole('button', { name: WORDS.da.kind }).click();
    await page.getByLabel(WORDS.da.body).fill('Sendt til en modtager af version 1.0.');
    await page.getByRole('button', { name: WORDS.da.send }).click();
    await expect(page.getByRole('heading', { name: WORDS.da.sent })).toBeVisible();
    await expect(page.getByText(WORDS.da.news)).toBeVisible();
    await expect(page.getByText(WORDS.da.follow)).toHaveCount(0);
    await page.getByRole('button', { name: WORDS.da.back }).click();
    await expect(entry(page)).toContainText('Sendt');
    await expect(entry(page)).toContainText('Dit referencenummer: SK-7F3K2Q');
    await page.reload();
    await expect(entry(page)).toContainText('Dit referencenummer: SK-7F3K2Q');
    // Nothing left to send, and the list's effects (where a status check would start) have run.
    await outboxIdle(page);
    await effectsRun(page);
    expect(stub.posted).toHaveLength(1);
    expect(stub.statusAsks).toBe(0);
    expect(chunks.filter((url) => /\/chunks\/status-/.test(url))).toEqual([]);
    await expect(page.locator('[data-samskab] .status')).toHaveCount(0);
  } finally {
    await stub.close();
  }
});

test('at 390 px the receipt keeps the reference on one line and nothing overflows', async ({
  page,
  host,
  receiver,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const stub = await StubReceiver.start(true);
  try {
    await open(page, host, receiver.url, stub, 'da');
    await page.getByRole('button', { name: WORDS.da.card }).click();
    await page.getByRole('button', { name: WORDS.da.kind }).click();
    await page.getByLabel(WORDS.da.body).fill('Smal skærm.');
    await page.getByRole('button', { name: WORDS.da.send }).click();
    await expect(page.getByRole('heading', { name: WORDS.da.next })).toBeVisible();
    const reference = page.locator('[data-samskab] .nw').first();
    await expect(reference).toHaveText('SK-7F3K2Q');
    expect(await reference.evaluate((el) => el.getClientRects().length)).toBe(1);
    // Whatever the width the page gives the widget, the reference never breaks at its hyphen:
    // narrowing the mount 5 px at a time moves the reference across the line's end.
    const broken = await reference.evaluate((el) => {
      const mount = document.querySelector<HTMLElement>('[data-samskab]')!;
      const widths: number[] = [];
      for (let width = 390; width >= 150; width -= 5) {
        mount.style.width = `${width}px`;
        if (el.getClientRects().length !== 1) widths.push(width);
      }
      mount.style.width = '';
      return widths;
    });
    expect(broken).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    ).toBe(false);
  } finally {
    await stub.close();
  }
});
