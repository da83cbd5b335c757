import { describe, expect, it } from 'vitest';
import { deliver } from '../../../utils/delivery';
import { fakeFetch, json, submission } from './fixtures';

const endpoint = 'https://kommune.example/api/samskab';
const now = () => Date.parse('2026-11-01T10:00:00Z');

async function answer(response: () => Response) {
  const { fetch, calls } = fakeFetch(response);
  const result = await deliver({ submission: submission(), endpoint }, { fetch, now });
  return { result, calls };
}

describe('deliver', () => {
  it('POSTs the envelope with the protocol headers and no credentials', async () => {
    const sub = submission();
    const { fetch, calls } = fakeFetch(() => json(201, { reference: 'SAM-42' }));
    await deliver({ submission: sub, endpoint }, { fetch, now });
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0]!;
    const headers = new Headers(init.headers);
    expect(url).toBe(endpoint);
    expect(init.method).toBe('POST');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Idempotency-Key')).toBe(sub.id);
    expect(init.credentials).toBe('omit');
    expect(init.mode).toBe('cors');
    expect(init.cache).toBe('no-store');
    expect(init.referrerPolicy).toBe('no-referrer');
    expect(init.redirect).toBe('manual');
    expect(JSON.parse(String(init.body))).toEqual(sub);
  });

  it.each([200, 201, 202])('%i is delivered and carries the reference', async (status) => {
    const { result } = await answer(() => json(status, { reference: 'SAM-7' }));
    expect(result).toEqual({ outcome: 'delivered', status, reference: 'SAM-7' });
  });

  it('409 (already received) is delivered', async () => {
    const { result } = await answer(() => json(409, { error: 'duplicate' }));
    expect(result).toEqual({ outcome: 'delivered', status: 409 });
  });

  it('tolerates a success without a body or with a non-JSON body', async () => {
    expect((await answer(() => new Response(null, { status: 204 }))).result).toEqual({
      outcome: 'delivered',
      status: 204,
    });
    expect((await answer(() => new Response('OK', { status: 200 }))).result).toEqual({
      outcome: 'delivered',
      status: 200,
    });
  });

  it.each([400, 422])('%i is rejected with the error and the issues', async (status) => {
    const { result } = await answer(() =>
      json(status, {
        error: 'invalid submission',
        issues: [
          { path: ['text', 'body'], message: 'must not be empty' },
          { path: 'author.email', message: 'invalid email' },
          'junk',
        ],
      }),
    );
    expect(result).toEqual({
      outcome: 'rejected',
      status,
      error: 'invalid submission',
      issues: [
        { path: 'text.body', message: 'must not be empty' },
        { path: 'author.email', message: 'invalid email' },
      ],
    });
  });

  it('a rejection without a body still says what happened', async () => {
    const { result } = await answer(() => new Response('', { status: 400 }));
    expect(result).toEqual({ outcome: 'rejected', status: 400, error: 'HTTP 400' });
  });

  it.each([401, 403, 404, 405, 413, 410, 418, 451])(
    '%i is a configuration problem',
    async (status) => {
      const { result } = await answer(() => json(status, { error: 'nope' }));
      expect(result).toEqual({ outcome: 'misconfigured', status, error: 'nope' });
    },
  );

  it.each([301, 302, 307, 308])('redirect %i is a configuration problem', async (status) => {
    const { result } = await answer(
      () => new Response(null, { status, headers: { Location: 'https://elsewhere.example/' } }),
    );
    expect(result).toMatchObject({ outcome: 'misconfigured', status });
  });

  it('an opaque redirect (what browsers give for redirect: manual) is a configuration problem', async () => {
    const opaque = {
      status: 0,
      type: 'opaqueredirect',
      headers: new Headers(),
      text: async () => '',
    } as Response;
    const { result } = await answer(() => opaque);
    expect(result).toMatchObject({ outcome: 'misconfigured', status: 0 });
  });

  it.each([408, 425, 429, 500, 502, 503, 504, 599])('%i is retried', async (status) => {
    const { result } = await answer(() => new Response('down', { status }));
    expect(result).toEqual({
      outcome: 'retry',
      status,
      error: 'HTTP 500'.replace('500', String(status)),
    });
  });

  it('reads Retry-After as seconds or as a date', async () => {
    const seconds = await answer(() => json(429, { error: 'slow down' }, { 'Retry-After': '2' }));
    expect(seconds.result).toEqual({
      outcome: 'retry',
      status: 429,
      error: 'slow down',
      retryAfterMs: 2000,
    });
    const date = await answer(
      () =>
        new Response(null, {
          status: 503,
          headers: { 'Retry-After': 'Sun, 01 Nov 2026 10:01:00 GMT' },
        }),
    );
    expect(date.result).toMatchObject({ outcome: 'retry', retryAfterMs: 60_000 });
  });

  it('a network error is retried', async () => {
    const { result } = await answer(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toEqual({
      outcome: 'retry',
      error: 'network error: TypeError: Failed to fetch',
    });
  });

  it('gives up after the timeout and asks for a retry', async () => {
    const { fetch, calls } = fakeFetch(
      (call) =>
        new Promise<Response>((_resolve, reject) => {
          call.init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const started = Date.now();
    const result = await deliver(
      { submission: submission(), endpoint },
      { fetch, now, timeoutMs: 30 },
    );
    expect(result).toEqual({ outcome: 'retry', error: 'timeout' });
    expect(calls).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it.each([
    'http://kommune.example/api',
    'javascript:alert(1)',
    'https://user:secret@kommune.example/api',
    '/api/samskab',
    'data:application/json,{}',
  ])('refuses %s without any request', async (bad) => {
    const { fetch, calls } = fakeFetch(() => json(201, {}));
    const result = await deliver({ submission: submission(), endpoint: bad }, { fetch, now });
    expect(result.outcome).toBe('misconfigured');
    expect(calls).toHaveLength(0);
  });

  it('allows plain http on this machine (the reference receiver)', async () => {
    const { fetch, calls } = fakeFetch(() => json(201, {}));
    const result = await deliver(
      { submission: submission(), endpoint: 'http://localhost:8787/api/samskab' },
      { fetch, now },
    );
    expect(result.outcome).toBe('delivered');
    expect(calls).toHaveLength(1);
  });
});
