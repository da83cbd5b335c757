// A small fake of LibreTranslate's API on 127.0.0.1, for the receiver's and the desk's tests:
// `GET /languages` gives `[{ code, name, targets }]` (Argos's usual set: no Somali), and
// `POST /translate` (JSON, as the adapter sends it) gives `{ translatedText }`, a text anyone can
// check: `[uk→da] ` and the original. It records each request, asks for an API key when given one
// (403 otherwise, as LibreTranslate does), and can be told to fail (500) or to never answer.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The languages of LibreTranslate's usual Argos models that matter here: every one but Somali. */
const CODES = ['da', 'en', 'ar', 'fa', 'tr', 'pl', 'uk'];
export const FAKE_LANGUAGES = CODES.map((code) => ({
  code,
  name: code,
  targets: CODES.filter((target) => target !== code),
}));

export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: Record<string, unknown>;
}

export interface FakeLibreTranslate {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  readonly requests: FakeRequest[];
  /** `ok`, `fail` (HTTP 500 to everything) or `hang` (never answers). */
  mode: 'ok' | 'fail' | 'hang';
  close(): Promise<void>;
}

/** What the fake makes of `text` from `source` into `target`. */
export const fakeTranslation = (text: string, source: string, target: string) =>
  `[${source}→${target}] ${text}`;

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
};

export async function startFakeLibreTranslate(
  options: { apiKey?: string } = {},
): Promise<FakeLibreTranslate> {
  const requests: FakeRequest[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake.invalid').pathname;
    const text = await readBody(req);
    let body: Record<string, unknown> | undefined;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    } catch {
      return json(res, 400, { error: 'Invalid request' });
    }
    requests.push({ method: req.method ?? 'GET', path, ...(body && { body }) });
    if (fake.mode === 'hang') return; // Answered never: closed with the server.
    if (fake.mode === 'fail') return json(res, 500, { error: 'Internal error' });
    if (req.method === 'GET' && path === '/languages') return json(res, 200, FAKE_LANGUAGES);
    if (req.method !== 'POST' || path !== '/translate' || !body) {
      return json(res, 404, { error: 'Not found' });
    }
    if (options.apiKey !== undefined && body.api_key !== options.apiKey) {
      return json(res, 403, { error: 'Invalid API key' });
    }
    const { q, source, target, format } = body;
    const known = (code: unknown) => typeof code === 'string' && CODES.includes(code);
    if (typeof q !== 'string' || !known(source) || !known(target) || format !== 'text') {
      return json(res, 400, { error: `${String(source)} is not supported` });
    }
    return json(res, 200, { translatedText: fakeTranslation(q, String(source), String(target)) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeLibreTranslate = {
    url: `http://127.0.0.1:${port}`,
    requests,
    mode: 'ok',
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}
