// The status link as a page for people (issue 20 point 1), against a running receiver: a browser's
// Accept gets a Danish page (noindex, no-store, no script, no text of the answer) with the status
// and its meaning, the published reply, the challenge's news and outcome; every other request the
// JSON report as before. Its forms stop the news mails about the answer and withdraw it, each only
// with a form token the page served for that answer and purpose; withdrawing erases the answer as
// staff would, once however many posts race, and the audit log names no staff member.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../../server/start';
import { StatusReport } from '../../../utils/answer-status';
import type { Submission } from '../../../utils/schema/index';
import { type DeskClient, signedIn } from '../desk/desk-client';
import { postSubmission, startTestReceiver, TEST_DATABASES, validSubmission } from '../fixtures';

/** What Chromium sends when a person opens a link. */
const BROWSER =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';
const CHALLENGE = 'status-side';
const TITLE = 'Flere frivillige i Nordvest';

describe.each(TEST_DATABASES)('the status page on $name', ({ open }) => {
  let close: () => Promise<void>;
  let receiver: RunningReceiver;
  let admin: DeskClient;
  let errors: unknown[];

  beforeAll(async () => {
    const database = await open();
    ({ receiver, errors } = await startTestReceiver({
      db: database.db,
      smtpUrl: 'smtp://127.0.0.1:9',
      mailFrom: 'samskab@lunde.dk',
      mailTransport: { sendMail: async () => {} },
    }));
    close = async () => {
      await receiver.close();
      await database.close();
    };
    admin = await signedIn(receiver, { role: 'admin' });
    const created = await admin.post('/desk/challenges', {
      id: CHALLENGE,
      title: TITLE,
      framing: 'Vi ser, at foreningerne mangler hænder.',
      'question-1': 'Hvad holder jer tilbage?',
      seeking: ['need', 'proposal', 'offer'],
      status: 'open',
      allowAnonymous: 'ja',
      'contact-name': 'Mette Facilitator',
      'contact-email': 'mette@lunde.dk',
      url: 'https://kommune.example/samskab/frivillige',
    });
    expect(created.status).toBe(303);
    // A new challenge is a draft: published, it takes answers.
    expect((await admin.post(`/desk/challenges/${CHALLENGE}/publish`, {})).status).toBe(303);
  }, 60_000);
  afterAll(() => close?.());

  const send = async (
    fields: Partial<Submission> = {},
  ): Promise<{ submission: Submission; path: string; reference: string }> => {
    const base = validSubmission('need');
    const submission = {
      ...base,
      challenge: { ...base.challenge, id: CHALLENGE },
      updates: { email: 'nyt@example.dk' },
      ...fields,
    } as Submission;
    const response = await postSubmission(receiver, submission);
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { reference: string; statusUrl: string };
    return { submission, path: new URL(receipt.statusUrl).pathname, reference: receipt.reference };
  };
  const page = async (path: string, accept = BROWSER) => {
    const response = await fetch(`${receiver.url}${path}`, { headers: { Accept: accept } });
    return { response, body: await response.text() };
  };
  const formIn = (body: string, action: string) => {
    const form = new RegExp(
      `<form method="post" action="${action}">\\s*<input type="hidden" name="form" value="([^"]+)">`,
    ).exec(body);
    expect(form, `a form posting to ${action}`).not.toBeNull();
    return form![1]!;
  };
  const postForm = (path: string, fields: Record<string, string>) =>
    fetch(`${receiver.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: BROWSER },
      body: new URLSearchParams(fields),
      redirect: 'manual',
    });
  const json = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${receiver.url}${path}`, { headers });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return response;
  };

  it('shows a browser the answer as people read it, never what it said', async () => {
    const { submission, path, reference } = await send();
    const { response, body } = await page(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('vary')).toBe('Origin, Accept');
    expect(body).toContain('<html lang="da" dir="ltr">');
    expect(body).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(body).toContain('href="/dkfds/css/dkfds.min.css"');
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toContain('/widget/');
    expect(body).toContain(`<h1>Dit svar ${reference}</h1>`);
    expect(body).toContain('<dd>Det ser jeg</dd>');
    expect(body).toContain(`<dd>${TITLE}</dd>`);
    expect(body).toContain('Status: Ny');
    expect(body).toContain('Dit svar er kommet frem, men kommunen har ikke set på det endnu.');
    expect(body).toContain('Den kommer, når du har bekræftet din e-mailadresse');
    expect(body).toContain(`action="${path}/stop-news"`);
    expect(body).toContain(`href="${path}/withdraw"`);
    expect(body).toContain('href="/om/privatliv"');
    expect(body).toContain('href="/om/tilgaengelighed"');
    // Neither the text nor the person: a link can be forwarded.
    for (const secret of [
      submission.text.title!,
      'Min mor på 84',
      'Karen',
      'karen@example.dk',
      'nyt@example.dk',
    ]) {
      expect(body).not.toContain(secret);
    }
    for (const notice of ['/om/privatliv', '/om/tilgaengelighed']) {
      const about = await page(notice);
      expect(about.response.status, notice).toBe(200);
      expect(about.body).not.toMatch(/<script/i);
    }
  });

  it('shows the published reply, the status with its meaning, the news and the outcome', async () => {
    const { submission, path } = await send();
    const answer = `/desk/answers/${submission.id}`;
    await admin.post(`${answer}/reply`, { reply: 'En kladde, ikke færdig.', action: 'save' });
    expect((await page(path)).body).not.toContain('En kladde');
    await admin.post(`${answer}/status`, { status: 'taken-forward', action: 'save' });
    await admin.post(`${answer}/reply`, {
      reply: 'Tak. Vi tager det med\ntil mødet i januar.',
      action: 'publish',
    });
    await admin.post(`/desk/challenges/${CHALLENGE}/updates`, { update: 'Mødet er 12. januar.' });
    let { body } = await page(path);
    expect(body).toContain('Status: Arbejdes videre med');
    expect(body).toContain('Kommunen arbejder videre med dit svar.');
    expect(body).toContain(
      '<h2>Kommunens besked til dig</h2><p>Tak. Vi tager det med<br>til mødet i januar.</p>',
    );
    expect(body).toContain('<h2>Nyt fra kommunen</h2>');
    expect(body).toContain('Mødet er 12. januar.');
    expect(body).not.toContain('Det kom der ud af det');
    expect(
      (
        await admin.post(`/desk/challenges/${CHALLENGE}/close`, {
          outcome: 'Nu er der kaffe hver tirsdag.',
        })
      ).status,
    ).toBe(303);
    ({ body } = await page(path));
    expect(body).toMatch(/<h2>Det kom der ud af det<\/h2>\s*<p>Nu er der kaffe hver tirsdag.<\/p>/);
    // The same link still answers JSON to the clients already deployed.
    const report = StatusReport.parse(await (await json(path)).json());
    expect(report).toMatchObject({
      status: 'taken-forward',
      reply: 'Tak. Vi tager det med\ntil mødet i januar.',
    });
    await admin.post(`/desk/challenges/${CHALLENGE}/reopen`, {});
  });

  it('answers JSON to every request that does not prefer HTML, as deployed clients expect', async () => {
    const { path, reference } = await send();
    for (const accept of [undefined, '*/*', 'application/json', 'application/json, text/html']) {
      const response = await json(path, accept ? { Accept: accept } : {});
      expect(response.status, accept).toBe(200);
      expect(response.headers.get('vary')).toBe('Origin, Accept');
      expect(await response.json()).toMatchObject({ reference, status: 'received' });
    }
    const unknown = await json(`/api/status/${'A'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    const gone = await page(`/api/status/${'A'.repeat(43)}`);
    expect(gone.response.status).toBe(404);
    expect(gone.body).toContain('Linket virker ikke');
  });

  it('stops the news mails about the answer, only from its own form', async () => {
    const { submission, path } = await send();
    const linked = async () =>
      (
        await receiver.db.query('SELECT 1 FROM answer_update_addresses WHERE submission_id = $1', [
          submission.id,
        ])
      ).length;
    expect(await linked()).toBe(1);
    const token = formIn((await page(path)).body, `${path}/stop-news`);
    expect((await postForm(`${path}/stop-news`, {})).status).toBe(400);
    expect((await postForm(`${path}/stop-news`, { form: `${token}x` })).status).toBe(400);
    expect(await linked()).toBe(1);
    const stopped = await postForm(`${path}/stop-news`, { form: token });
    expect(stopped.status).toBe(200);
    expect(await stopped.text()).toContain('Du får ikke flere e-mails om svaret');
    expect(await linked()).toBe(0);
    expect((await page(path)).body).toContain('Du får ikke e-mails om nyt om dette svar.');
  });

  it('withdraws the answer after asking, erasing it once however many posts race', async () => {
    const { submission, path, reference } = await send();
    const other = await send();
    const asked = await page(`${path}/withdraw`);
    expect(asked.response.status).toBe(200);
    expect(asked.body).toContain('<h1>Træk dit svar tilbage?</h1>');
    expect(asked.body).toContain('Det kan ikke fortrydes.');
    // A GET changes nothing: mail scanners follow links.
    expect((await json(path)).status).toBe(200);
    const token = formIn(asked.body, `${path}/withdraw`);
    const otherToken = formIn(
      (await page(`${other.path}/withdraw`)).body,
      `${other.path}/withdraw`,
    );
    const stopNewsToken = formIn((await page(path)).body, `${path}/stop-news`);
    // No token, another answer's, another purpose's, or the right one in JSON: refused.
    for (const form of [undefined, otherToken, stopNewsToken]) {
      const refused = await postForm(`${path}/withdraw`, form ? { form } : {});
      expect(refused.status, String(form)).toBe(400);
      expect(await refused.text()).toContain('Intet er ændret');
    }
    const asJson = await fetch(`${receiver.url}${path}/withdraw`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ form: token }),
    });
    expect(asJson.status).toBe(400);
    expect((await json(path)).status).toBe(200);

    const posts = await Promise.all(
      Array.from({ length: 4 }, () => postForm(`${path}/withdraw`, { form: token })),
    );
    const statuses = posts.map((post) => post.status);
    expect(statuses).toContain(200);
    expect(statuses.every((status) => status === 200 || status === 404)).toBe(true);
    expect((await json(path)).status).toBe(404);
    expect((await page(path)).response.status).toBe(404);
    // The other answer is untouched.
    expect((await json(other.path)).status).toBe(200);

    const [row] = await receiver.db.query<{
      erased_at: Date | null;
      body: string;
      envelope: string;
    }>('SELECT erased_at, body, envelope FROM submissions WHERE id = $1', [submission.id]);
    expect(row!.erased_at).not.toBeNull();
    expect(row!.body).toBe('');
    expect(row!.envelope).not.toContain('Karen');
    const events = await receiver.db.query<{ what: string; staff_id: string | null }>(
      "SELECT what, staff_id FROM answer_events WHERE submission_id = $1 AND what IN ('erased', 'withdrawn')",
      [submission.id],
    );
    expect(events).toEqual([{ what: 'withdrawn', staff_id: null }]);
    const audit = await receiver.db.query<{ staff_id: string | null }>(
      "SELECT staff_id FROM audit_log WHERE action = 'answer-withdrawn' AND subject = $1",
      [reference],
    );
    expect(audit).toEqual([{ staff_id: null }]);
    expect((await admin.get('/desk/audit')).body).toContain('Borgeren trak sit svar tilbage');
    expect((await admin.get(`/desk/answers/${submission.id}`)).body).toContain(
      'Trukket tilbage af borgeren',
    );
    expect(errors).toEqual([]);
  });
});

it('links the municipality’s own notices when they are set', async () => {
  const { receiver: own } = await startTestReceiver({
    privacyUrl: 'https://lunde.dk/privatliv',
    accessibilityUrl: 'https://lunde.dk/was',
  });
  try {
    const response = await fetch(`${own.url}/api/status/${'A'.repeat(43)}`, {
      headers: { Accept: BROWSER },
    });
    const body = await response.text();
    expect(body).toContain('href="https://lunde.dk/privatliv"');
    expect(body).toContain('href="https://lunde.dk/was"');
  } finally {
    await own.close();
  }
}, 60_000); // It starts a receiver of its own, which takes long on a loaded machine.
