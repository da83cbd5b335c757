import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

export interface HostPageOptions {
  /** Attributes on the widget's script tag (without `data-`). */
  script?: Record<string, string>;
  /** Mount elements: attributes of each (without `data-`), e.g. [{}] or [{ challenge: 'x' }]. */
  mounts?: Record<string, string>[];
  /** Inline challenges feed, as the page would embed it. */
  inline?: unknown;
  csp?: string;
  /** A stylesheet of the host page, served from the host origin. */
  css?: string;
  lang?: string;
  body?: string;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const attrs = (data: Record<string, string>) =>
  Object.entries(data)
    .map(([key, value]) => ` data-${key}="${escapeAttr(value)}"`)
    .join('');

interface HostFile {
  body: string;
  headers: Record<string, string>;
}

/**
 * A municipal web server on `http://localhost:PORT`: another origin than the receiver on
 * 127.0.0.1, as a real site would be. Pages are registered per test.
 */
export class HostServer {
  private readonly files = new Map<string, HostFile>();
  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<HostServer> {
    const files = new Map<string, HostFile>();
    const server = createServer((req, res) => {
      const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, file.headers).end(file.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const host = new HostServer(
      server,
      `http://localhost:${(server.address() as AddressInfo).port}`,
    );
    (host as unknown as { files: Map<string, HostFile> }).files = files;
    return host;
  }

  serve(path: string, body: string, headers: Record<string, string>): string {
    this.files.set(path, { body, headers });
    return `${this.origin}${path}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The host page's HTML, with the widget embedded exactly as a webmaster would. */
export function hostPageHtml(origin: string, widgetBase: string, options: HostPageOptions): string {
  return `<!doctype html><html lang="${options.lang ?? 'da'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lunde Kommune</title>
${options.css ? `<link rel="stylesheet" href="${origin}/host/host.css">` : ''}
<link rel="stylesheet" href="${widgetBase}/widget/samskab.css">
<script src="${widgetBase}/widget/samskab.js" defer${attrs(options.script ?? {})}></script>
${
  options.inline
    ? `<script type="application/json" data-samskab-challenges>${JSON.stringify(options.inline).replace(/</g, '\\u003c')}</script>`
    : ''
}
</head><body><main><h1>Samskabelse i Lunde</h1>
${(options.mounts ?? [{}]).map((m) => `<div data-samskab${attrs(m)}></div>`).join('\n')}
<p id="below">Indhold under widgetten.</p>${options.body ?? ''}</main></body></html>`;
}

export async function openHostPage(
  page: Page,
  host: HostServer,
  widgetBase: string,
  options: HostPageOptions = {},
  name = 'page.html',
): Promise<string> {
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
  if (options.csp) headers['Content-Security-Policy'] = options.csp;
  host.serve('/host/host.css', options.css ?? '', { 'Content-Type': 'text/css' });
  const url = host.serve(`/host/${name}`, hostPageHtml(host.origin, widgetBase, options), headers);
  await page.goto(url);
  return url;
}
