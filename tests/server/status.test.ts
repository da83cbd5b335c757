// Protocol 1.1's receipt and status link against a running receiver: the receipt's `statusUrl`
// (on the public origin, an HMAC of the id, the same at a replay), and `GET /api/status/:token`
// reporting only what staff published to the citizen (status at the last publish, the reply while
// published), with the endpoint's CORS and rate limit, no-store, HEAD and OPTIONS, and 404 for an
// unknown token and once the answer is erased. The envelope's `updates.email` is stored apart
// from the answer and is absent from the envelope, the desk's pages and the exports.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSecret } from '../../server/data/secret';
import type { RunningReceiver } from '../../server/start';
import { StatusReport } from '../../utils/answer-status';
import type { Submission } from '../../utils/schema/index';
import { type DeskClient, signedIn } from './desk/desk-client';
import { postSubmission, startTestReceiver, TEST_DATABASES, validSubmission } from './fixtures';

const ALLOWED = 'https://www.lunde.dk';
const PUBLIC = 'https://samskab.lunde.dk';
const UPDATES = 'nyt-om-mit-svar@example.dk';

type Receipt = { reference: string; statusUrl: string };

describe.each(TEST_DATABASES)('receipt and status link on $name', ({ open }) => {
  let close: () => Promise<void>;
  let receiver: RunningReceiver;
  let admin: DeskClient;
  let errors: unknown[];
  let now = Date.parse('2026-11-24T10:00:00Z');

  beforeAll(async () => {
    const database = await open();
    ({ receiver, errors } = await startTestReceiver({
      db: database.db,
      allowedOrigins: [ALLOWED],
      clock: () => now,
      // Mail on (an address is kept only when mail can go to it), delivered nowhere.
      smtpUrl: 'smtp://127.0.0.1:9',
      mailFrom: 'samskab@lunde.dk',
      mailTransport: { sendMail: async () => {} },
    }));
    close = async () => {
      await receiver.close();
      await database.close();
    };
    admin = await signedIn(receiver, { role: 'admin' });
  }, 60_000);
  afterAll(() => close?.());

  const send = async (submission: Submission): Promise<Receipt> => {
    const response = await postSubmission(receiver, submission);
    expect(response.status).toBe(201);
    return (await response.json()) as Receipt;
  };
  /** The status link's path on this receiver (the receipt names the listening origin). */
  const local = (statusUrl: string) => `${receiver.url}${new URL(statusUrl).pathname}`;
  const report = async (statusUrl: string) => {
    const response = await fetch(local(statusUrl));
    expect(response.status).toBe(200);
    return StatusReport.parse(await response.json());
  };

  it('gives a status link on its own origin, an HMAC of the id, the same at a replay', async () => {
    const submission = validSubmission('need');
    const receipt = await send(submission);
    const secret = await loadSecret(receiver.db);
    const token = createHmac('sha256', secret)
      .update(`status:${submission.id}`)
      .digest('base64url');
    expect(receipt.statusUrl).toBe(`${receiver.url}/api/status/${token}`);
    expect(receipt.statusUrl).not.toContain(receipt.reference);
    // A Host header chooses nothing: the link is on the origin the receiver knows as its own.
    const forged = await postSubmission(receiver, validSubmission(), { Host: 'evil.example' });
    expect(((await forged.json()) as Receipt).statusUrl.startsWith(`${receiver.url}/`)).toBe(true);
    const replay = await postSubmission(receiver, submission);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(receipt);
  });

  it('puts the link on SAMSKAB_PUBLIC_ORIGIN when one is set', async () => {
    const { receiver: behindProxy } = await startTestReceiver({ publicOrigin: PUBLIC });
    try {
      const response = await postSubmission(behindProxy, validSubmission());
      const { statusUrl } = (await response.json()) as Receipt;
      expect(statusUrl).toMatch(/^https:\/\/samskab\.lunde\.dk\/api\/status\/[\w-]{43}$/);
    } finally {
      await behindProxy.close();
    }
  });

  it('reports only what staff published: the status at the last publish, the reply while published', async () => {
    const submission = validSubmission('proposal');
    const receipt = await send(submission);
    const receivedAt = new Date(now).toISOString();
    expect(await report(receipt.statusUrl)).toEqual({
      reference: receipt.reference,
      status: 'received',
      updatedAt: receivedAt,
    });

    now += 60_000;
    const page = `/desk/answers/${submission.id}`;
    // Saved, not shown: the citizen still sees "received", and no draft.
    await admin.post(`${page}/status`, { status: 'in-review', action: 'save' });
    await admin.post(`${page}/reply`, { reply: 'En kladde, ikke færdig.', action: 'save' });
    expect(await report(receipt.statusUrl)).toMatchObject({ status: 'received' });
    expect(await report(receipt.statusUrl)).not.toHaveProperty('reply');

    now += 60_000;
    const shown = await admin.post(`${page}/status`, { status: 'in-review', action: 'publish' });
    expect(shown.location).toContain('besked=status-published');
    expect(await report(receipt.statusUrl)).toEqual({
      reference: receipt.reference,
      status: 'in-review',
      updatedAt: new Date(now).toISOString(),
    });

    // A later status change waits for the next publish; publishing the reply shows both.
    now += 60_000;
    await admin.post(`${page}/status`, { status: 'taken-forward', action: 'save' });
    expect(await report(receipt.statusUrl)).toMatchObject({ status: 'in-review' });
    now += 60_000;
    await admin.post(`${page}/reply`, { reply: 'Vi går videre med det.', action: 'publish' });
    expect(await report(receipt.statusUrl)).toEqual({
      reference: receipt.reference,
      status: 'taken-forward',
      reply: 'Vi går videre med det.',
      updatedAt: new Date(now).toISOString(),
    });

    // A new draft is not shown; withdrawing the reply takes it away and moves updatedAt.
    await admin.post(`${page}/reply`, { reply: 'Ny kladde', action: 'save' });
    expect((await report(receipt.statusUrl)).reply).toBe('Vi går videre med det.');
    now += 60_000;
    await admin.post(`${page}/reply`, { action: 'withdraw' });
    expect(await report(receipt.statusUrl)).toEqual({
      reference: receipt.reference,
      status: 'taken-forward',
      updatedAt: new Date(now).toISOString(),
    });

    // The answer page tells staff what the citizen sees.
    const answerPage = await admin.get(page);
    expect(answerPage.body).toContain('Borgeren ser status <strong>Arbejdes videre med</strong>');
  });

  it('shows the statuses of answers ticked in the list when staff choose to', async () => {
    const a = validSubmission('need');
    const b = validSubmission('need');
    const [ra, rb] = [await send(a), await send(b)];
    await admin.post('/desk/answers/bulk', { id: [a.id, b.id], action: 'status', status: 'done' });
    expect(await report(ra.statusUrl)).toMatchObject({ status: 'received' });
    const shown = await admin.post('/desk/answers/bulk', {
      id: [a.id, b.id],
      action: 'status',
      status: 'done',
      show: 'ja',
    });
    expect(shown.location).toContain('besked=bulk-status-shown&antal=0.2.2');
    expect(await report(ra.statusUrl)).toMatchObject({ status: 'done' });
    expect(await report(rb.statusUrl)).toMatchObject({ status: 'done' });
  });

  it('answers with no-store, the endpoint CORS, HEAD and OPTIONS', async () => {
    const { statusUrl } = await send(validSubmission());
    const allowed = await fetch(local(statusUrl), { headers: { Origin: ALLOWED } });
    expect(allowed.headers.get('cache-control')).toBe('no-store');
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const other = await fetch(local(statusUrl), { headers: { Origin: 'https://evil.example' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const head = await fetch(local(statusUrl), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const preflight = await fetch(local(statusUrl), {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const refused = await fetch(local(statusUrl), {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(refused.status).toBe(403);
    const post = await fetch(local(statusUrl), { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('answers 404 to an unknown or malformed token, and once the answer is erased', async () => {
    for (const token of ['A'.repeat(43), 'SK-7F3K2Q', 'x'.repeat(44), 'x!y']) {
      const response = await fetch(`${receiver.url}/api/status/${token}`);
      expect(response.status, token).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    // An encoded control character never reaches the route: the request target is refused first
    // (server/http/request-target.ts), so nginx and the receiver cannot read it differently.
    expect((await fetch(`${receiver.url}/api/status/%00`)).status).toBe(400);
    const submission = validSubmission('need');
    const { statusUrl } = await send(submission);
    await report(statusUrl);
    const erased = await admin.post('/desk/people/erase', {
      answer: submission.id,
      confirm: 'ja',
    });
    expect(erased.status).toBe(303);
    expect((await fetch(local(statusUrl))).status).toBe(404);
  });

  it('keeps the updates address apart: not in the envelope, the desk or the exports', async () => {
    const submission: Submission = { ...validSubmission('need'), updates: { email: UPDATES } };
    const { reference } = await send(submission);
    const [row] = await receiver.db.query<{ envelope: string }>(
      'SELECT envelope FROM submissions WHERE id = $1',
      [submission.id],
    );
    expect(row!.envelope).not.toContain(UPDATES);
    expect(JSON.parse(row!.envelope)).not.toHaveProperty('updates');
    const [kept] = await receiver.db.query<{ email: string }>(
      `SELECT r.email FROM answer_update_addresses a
       JOIN mail_recipients r ON r.id = a.recipient_id WHERE a.submission_id = $1`,
      [submission.id],
    );
    expect(kept?.email).toBe(UPDATES);
    // A replay with the address is the same answer.
    expect((await postSubmission(receiver, submission)).status).toBe(200);
    const answerPage = await admin.get(`/desk/answers/${submission.id}?kontakt=vis`);
    expect(answerPage.body).toContain(reference);
    expect(answerPage.body).toContain('Borgeren har bedt om at få en e-mail, når der er nyt');
    const person = await admin.post('/desk/people', { query: 'karen@example.dk' });
    for (const path of [
      '/desk/answers',
      `/desk/answers?q=${encodeURIComponent('Købmandsgården')}`,
      '/desk/export/answers.csv',
      `/desk/connect/${submission.id}`,
      '/desk/audit',
    ]) {
      const page = await admin.get(path);
      expect(page.body, path).not.toContain('nyt-om-mit-svar');
    }
    expect(person.body).not.toContain('nyt-om-mit-svar');
    const personExport = await admin.post('/desk/people/export', { answer: submission.id });
    expect(personExport.status).toBe(200);
    expect(personExport.body).toContain(reference);
    expect(personExport.body).not.toContain('nyt-om-mit-svar');
    const xlsx = await fetch(`${receiver.url}/desk/export/answers.xlsx`, {
      headers: { cookie: admin.cookie },
    });
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).includes('nyt-om-mit-svar')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('limits status checks per client like the endpoint, apart from its answers', async () => {
    const { receiver: limited } = await startTestReceiver({
      rateLimit: { limit: 2, windowMs: 60_000 },
      clock: () => now,
    });
    try {
      const response = await postSubmission(limited, validSubmission());
      const { statusUrl } = (await response.json()) as Receipt;
      const path = `${limited.url}${new URL(statusUrl).pathname}`;
      expect((await fetch(path)).status).toBe(200);
      expect((await fetch(path)).status).toBe(200);
      const third = await fetch(path);
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
      // The answers' own budget is untouched by the checks.
      expect((await postSubmission(limited, validSubmission())).status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
