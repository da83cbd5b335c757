// Nothing typed is lost when a desk session ends (issue 20, point 5), over HTTP on PGlite and
// PostgreSQL, attacked as well as used: a note posted after the session ended gets the sign-in
// page, which carries it (and only it) through signing in; the note's page then shows it back,
// once, for its form, and nothing is saved until it is sent again with the new session's token.
// Nothing is carried or kept for a post another site made, a post that does not say where it came
// from, or a sign-in from elsewhere; what is shown back cannot break out of its element; it is
// kept 15 minutes at most, with the session, and never in a backup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../server/data/backup';
import type { RunningReceiver } from '../../../server/start';
import {
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
  validSubmission,
} from '../fixtures';
import { type DeskClient, formBody, signedIn, TEST_PASSWORD } from './desk-client';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
/** What a person might type, and what would break the page if it were not escaped. */
const NOTE = 'Ring tilbage om lokalet.\r\n</script><script>alert("x")</script> & <b>fed</b>';

const hidden = (body: string, name: string) =>
  new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(body)?.[1];
const fromAttribute = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

describe.each(TEST_DATABASES)('forms kept over a sign-in on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let desk: DeskClient;
  let answerId: string;
  let page: string;
  let action: string;
  let ahead = 0;

  const notes = async () =>
    (
      await receiver.db.query<{ text: string }>(
        'SELECT text FROM answer_notes WHERE submission_id = $1 ORDER BY created_at',
        [answerId],
      )
    ).map((row) => row.text);
  const keptRows = async () => receiver.db.query('SELECT * FROM desk_kept_forms');

  /** A post as a browser sends it, signed out (or with `cookie`), with `headers`. */
  const post = (path: string, fields: Record<string, string>, headers: Record<string, string>) =>
    fetch(`${receiver.url}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...FORM, ...headers },
      body: formBody(fields),
    });
  const fromPage = () => ({ origin: receiver.url, referer: `${receiver.url}${page}` });

  const signIn = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    post(
      '/desk/login',
      { email: desk.staff.email, password: TEST_PASSWORD, ...fields },
      { origin: receiver.url, ...headers },
    );
  const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0]!;
  const get = async (path: string, cookie: string) => {
    const response = await fetch(`${receiver.url}${path}`, {
      headers: { cookie },
      redirect: 'manual',
    });
    return { status: response.status, body: await response.text() };
  };

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({
      db: database.db,
      clock: () => Date.now() + ahead,
    }));
    desk = await signedIn(receiver);
    const answer = validSubmission('need');
    expect((await postSubmission(receiver, answer)).status).toBe(201);
    answerId = answer.id;
    page = `/desk/answers/${answerId}`;
    action = `${page}/notes`;
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it('carries a note through signing in, shows it back once, and saves it only when sent again', async () => {
    const signedOut = await post(action, { _csrf: 'the-old-token', note: NOTE }, fromPage());
    expect(signedOut.status).toBe(200);
    const signInPage = await signedOut.text();
    expect(signInPage).toContain('<h1>Log ind på arbejdsbordet</h1>');
    expect(signInPage).toContain('Formularen er ikke gemt');
    expect(hidden(signInPage, 'next')).toBe(page);
    expect(hidden(signInPage, '_kept_action')).toBe(action);
    const carried = fromAttribute(hidden(signInPage, '_kept')!);
    // The note, and not the stale token.
    expect([...new URLSearchParams(carried)]).toEqual([['note', NOTE]]);
    expect(signInPage).not.toContain('<script>alert');
    expect(await notes()).toEqual([]);
    expect(await keptRows()).toEqual([]);

    // A mistyped password keeps carrying it.
    const wrong = await signIn({
      next: page,
      _kept: carried,
      _kept_action: action,
      password: 'forkert',
    });
    expect(wrong.status).toBe(200);
    expect(fromAttribute(hidden(await wrong.text(), '_kept')!)).toBe(carried);

    const signedIn = await signIn({ next: page, _kept: carried, _kept_action: action });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe(`${page}?besked=form-kept`);
    const cookie = cookieOf(signedIn);
    expect(await keptRows()).toHaveLength(1);
    expect(await notes()).toEqual([]);

    const shown = await get(`${page}?besked=form-kept`, cookie);
    expect(shown.status).toBe(200);
    expect(shown.body).toContain('Det, du skrev, er ikke gemt endnu');
    expect(shown.body).toContain('<script src="/assets/desk-keep.js" defer></script>');
    const json = /<script type="application\/json" id="samskab-kept-form">(.*?)<\/script>/s.exec(
      shown.body,
    )?.[1];
    expect(JSON.parse(json!)).toEqual({ action, fields: [['note', NOTE]] });
    // Nothing in it can close its element or start markup.
    expect(json).not.toContain('<');
    expect(shown.body).not.toContain('<script>alert');
    expect(shown.body).toContain('&lt;/script&gt;&lt;script&gt;alert');
    // Shown once: the page again (a reload) has it no more.
    const again = await get(`${page}?besked=form-kept`, cookie);
    expect(again.body).not.toContain('samskab-kept-form');
    expect(await keptRows()).toEqual([]);
    expect(await notes()).toEqual([]);

    // Sent again, with the new page's token: saved.
    const csrf = hidden(shown.body, '_csrf')!;
    const saved = await post(action, { _csrf: csrf, note: NOTE }, { ...fromPage(), cookie });
    expect(saved.status).toBe(303);
    expect(await notes()).toEqual([NOTE]);
  });

  it('carries nothing for a post from another site, or one that does not say where it came from', async () => {
    const cases: Record<string, string>[] = [
      { origin: 'https://evil.example', referer: `https://evil.example${page}` },
      { origin: 'null' },
      {},
      { 'sec-fetch-site': 'cross-site', referer: `${receiver.url}${page}` },
    ];
    for (const headers of cases) {
      const response = await post(action, { note: 'Plantet tekst' }, headers);
      expect(response.status, JSON.stringify(headers)).toBe(303);
      expect(response.headers.get('location')).toBe('/desk/login?next=%2Fdesk');
    }
    // A browser that sends no Origin still says where a form came from in Sec-Fetch-Site.
    const fetchSite = await post(
      action,
      { note: 'Fra egen side' },
      { 'sec-fetch-site': 'same-origin', referer: `${receiver.url}${page}` },
    );
    expect(fetchSite.status).toBe(200);
    expect(hidden(await fetchSite.text(), '_kept')).toBe('note=Fra+egen+side');
    // A form with nothing typed in it (signing out) is refused as before.
    const signOut = await post('/desk/logout', { _csrf: 'x' }, fromPage());
    expect(signOut.status).toBe(303);
  });

  it('keeps nothing a sign-in from elsewhere, or of an address outside the desk, carries', async () => {
    const fields = { next: page, _kept: 'note=Plantet', _kept_action: action };
    const elsewhere = await signIn(fields, { origin: 'https://evil.example' });
    expect(elsewhere.status).toBe(403);
    const unproven = await post(
      '/desk/login',
      { email: desk.staff.email, password: TEST_PASSWORD, ...fields },
      {},
    );
    expect(unproven.status).toBe(303);
    expect(unproven.headers.get('location')).toBe(page);
    for (const badAction of ['https://evil.example/desk', '/desk/../api/submissions', '/nowhere']) {
      const response = await signIn({ ...fields, _kept_action: badAction });
      expect(response.headers.get('location'), badAction).toBe(page);
    }
    // Another site's address as the page: the desk's front page instead, as for any sign-in.
    const away = await signIn({ ...fields, next: 'https://evil.example/desk' });
    expect(away.headers.get('location')).toBe('/desk?besked=form-kept');
    expect(
      await receiver.db.query("SELECT 1 FROM desk_kept_forms WHERE fields LIKE '%Plantet%'"),
    ).toHaveLength(1);
    // The page a form says it was on must be a desk page of this origin.
    const foreignReferer = await post(
      action,
      { note: 'x' },
      { origin: receiver.url, referer: `https://evil.example${page}` },
    );
    expect(hidden(await foreignReferer.text(), 'next')).toBe('/desk');
  });

  it('says so when a form is too large to carry, and carries none of it', async () => {
    const response = await post(action, { note: 'æ'.repeat(40_000) }, fromPage());
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('for stor til at blive husket');
    expect(hidden(body, '_kept')).toBeUndefined();
  });

  it('keeps a form posted from a page older than the session, for the same person', async () => {
    const stale = await post(
      action,
      { _csrf: 'from-before', note: 'Skrevet i en gammel fane' },
      { ...fromPage(), cookie: desk.cookie },
    );
    expect(stale.status).toBe(303);
    expect(stale.headers.get('location')).toBe(`${page}?besked=form-kept`);
    const shown = await desk.get(`${page}?besked=form-kept`);
    expect(shown.body).toContain('Skrevet i en gammel fane');
    // From another site it is refused as before, and nothing is kept.
    const forged = await post(
      action,
      { _csrf: 'forged', note: 'Plantet' },
      { origin: 'https://evil.example', cookie: desk.cookie },
    );
    expect(forged.status).toBe(403);
    const unproven = await desk.post(action, { _csrf: 'forged', note: 'Plantet' });
    expect(unproven.status).toBe(403);
    expect(await desk.get(`${page}?besked=form-kept`)).not.toHaveProperty(
      'body',
      expect.stringContaining('Plantet'),
    );
  });

  it('keeps what was typed 15 minutes at most, with the session, and never in a backup', async () => {
    const carried = 'note=Glemt+i+en+pause';
    const signedIn = await signIn({ next: page, _kept: carried, _kept_action: action });
    const cookie = cookieOf(signedIn);
    const dump: string[] = [];
    for await (const chunk of dumpDatabase(receiver.db, new Date())) dump.push(chunk);
    expect(dump.join('')).not.toContain('desk_kept_forms');
    expect(dump.join('')).not.toContain('Glemt i en pause');
    ahead += 16 * 60 * 1000;
    const late = await get(`${page}?besked=form-kept`, cookie);
    expect(late.status).toBe(200);
    expect(late.body).not.toContain('Glemt i en pause');
    ahead = 0;

    const second = await signIn({ next: page, _kept: carried, _kept_action: action });
    const secondCookie = cookieOf(second);
    const pause = "SELECT 1 FROM desk_kept_forms WHERE fields LIKE '%pause%'";
    expect(await receiver.db.query(pause)).toHaveLength(1);
    const [{ csrf }] = (await receiver.db.query<{ csrf: string }>(
      'SELECT csrf_token AS csrf FROM staff_sessions ORDER BY created_at DESC LIMIT 1',
    )) as [{ csrf: string }];
    await post('/desk/logout', { _csrf: csrf }, { ...fromPage(), cookie: secondCookie });
    expect(await receiver.db.query(pause)).toEqual([]);
  });
});

describe('with a sign-on proxy', () => {
  let receiver: RunningReceiver;
  beforeAll(async () => {
    ({ receiver } = await startTestReceiver({
      deskAuth: 'proxy',
      trustedProxies: ['127.0.0.1'],
    }));
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
  });

  it('asks the browser to keep unsent text, since the proxy takes a post whose session ended', async () => {
    const admin = await signedIn(receiver, { role: 'admin' });
    const response = await fetch(`${receiver.url}/desk`, {
      headers: { 'x-forwarded-email': admin.staff.email },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      '<script src="/assets/desk-keep.js" defer data-keep-typed="session"></script>',
    );
    const script = await fetch(`${receiver.url}/assets/desk-keep.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
});
