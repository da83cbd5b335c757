// Who gets into the desk, over HTTP against a running receiver, on PGlite and PostgreSQL: no page
// or export without a session or key, CSRF and other sites' forms refused, the cookie's flags, a
// new session at every sign-in, throttled guessing, admin-only pages, and proxy sign-on believed
// only from the trusted proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFirstAdmin } from '../../../server/data/first-admin';
import { hashPassword } from '../../../server/data/passwords';
import { createStaff } from '../../../server/data/staff';
import type { RunningReceiver } from '../../../server/start';
import { type OpenTestDatabase, startTestReceiver, TEST_DATABASES } from '../fixtures';
import { apiKey, type DeskClient, formBody, signedIn } from './desk-client';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const PASSWORD = 'korrekt hest batteri staple';

/** Every desk page and form a signed-out person might try, with a sample of its path. */
const STAFF_PAGES = ['/desk', '/desk/staff', '/desk/settings'];
const STAFF_FORMS = ['/desk/logout', '/desk/staff', '/desk/api-keys'];

async function signIn(receiver: RunningReceiver, email: string, password: string, headers = {}) {
  return fetch(`${receiver.url}/desk/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...FORM, ...headers },
    body: formBody({ email, password, next: '/desk/staff' }),
  });
}

describe.each(TEST_DATABASES)('desk sign-in on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let admin: DeskClient;
  let facilitator: DeskClient;

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({ db: database.db }));
    admin = await signedIn(receiver, { role: 'admin' });
    facilitator = await signedIn(receiver, { role: 'facilitator' });
    await createStaff(
      receiver.db,
      {
        email: 'karin@lunde.dk',
        name: 'Karin',
        role: 'facilitator',
        passwordHash: await hashPassword(PASSWORD),
      },
      new Date(),
    );
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it('sends a signed-out browser to the sign-in page, and a script a 401', async () => {
    for (const path of STAFF_PAGES) {
      const response = await fetch(`${receiver.url}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location')).toBe(`/desk/login?next=${encodeURIComponent(path)}`);
    }
    for (const path of STAFF_FORMS) {
      const response = await fetch(`${receiver.url}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: FORM,
        body: 'x=1',
      });
      expect(response.status, path).toBe(303);
    }
    const forged = await fetch(`${receiver.url}/desk`, {
      redirect: 'manual',
      headers: { cookie: 'samskab-desk=made-up' },
    });
    expect(forged.status).toBe(303);
  });

  it('signs in with the right password only, with a fresh session each time', async () => {
    const wrong = await signIn(receiver, 'karin@lunde.dk', 'forkert adgangskode');
    expect(wrong.status).toBe(200);
    expect(await wrong.text()).toContain('E-mail eller adgangskode er forkert.');
    expect(wrong.headers.get('set-cookie')).toBeNull();

    // A session id planted before sign-in (fixation) is not the one the sign-in gives.
    const planted = 'samskab-desk=planted-by-someone-else';
    const right = await signIn(receiver, 'Karin@Lunde.dk', PASSWORD, { cookie: planted });
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/desk/staff');
    const setCookie = right.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^samskab-desk=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/,
    );
    expect(setCookie).not.toContain('planted');
    const again = await signIn(receiver, 'karin@lunde.dk', PASSWORD);
    expect(again.headers.get('set-cookie')).not.toBe(setCookie);

    const cookie = setCookie.split(';')[0]!;
    const page = await fetch(`${receiver.url}/desk`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('Karin');
  });

  it('goes only to desk pages after signing in, never to another site', async () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/desk',
      '/\\evil.example',
      '/deskx',
    ]) {
      const response = await fetch(`${receiver.url}/desk/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: FORM,
        body: formBody({ email: 'karin@lunde.dk', password: PASSWORD, next }),
      });
      expect(response.headers.get('location'), next).toBe('/desk');
    }
  });

  it('signs out: the session no longer opens a page', async () => {
    const client = await signedIn(receiver);
    expect((await client.get('/desk')).status).toBe(200);
    const out = await client.post('/desk/logout', {});
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await client.get('/desk')).status).toBe(303);
  });

  it('refuses a form without the session’s CSRF token, or from another site', async () => {
    const before = await receiver.db.query('SELECT id FROM staff');
    const cases = [
      { _csrf: 'guessed' },
      { _csrf: '' },
      { _csrf: `${admin.csrf}x` },
      { _csrf: facilitator.csrf },
    ];
    for (const fields of cases) {
      const response = await admin.post('/desk/staff', {
        ...fields,
        name: 'Mallory',
        email: 'mallory@evil.example',
        role: 'admin',
      });
      expect(response.status).toBe(403);
      expect(response.body).toContain('Formularen er udløbet');
    }
    const crossSite = await fetch(`${receiver.url}/desk/staff`, {
      method: 'POST',
      headers: { ...FORM, cookie: admin.cookie, origin: 'https://evil.example' },
      body: formBody({
        _csrf: admin.csrf,
        name: 'Mallory',
        email: 'm@evil.example',
        role: 'admin',
      }),
    });
    expect(crossSite.status).toBe(403);
    const signInFromElsewhere = await signIn(receiver, 'karin@lunde.dk', PASSWORD, {
      origin: 'https://evil.example',
    });
    expect(signInFromElsewhere.status).toBe(403);
    expect(await receiver.db.query('SELECT id FROM staff')).toHaveLength(before.length);
  });

  it('keeps staff, keys and settings to admins', async () => {
    for (const path of ['/desk/staff', '/desk/settings']) {
      expect((await facilitator.get(path)).status, path).toBe(403);
      expect((await admin.get(path)).status, path).toBe(200);
    }
    const refused = await facilitator.post('/desk/staff', {
      name: 'Mallory',
      email: 'mallory2@lunde.dk',
      role: 'admin',
    });
    expect(refused.status).toBe(403);
    expect(
      await receiver.db.query("SELECT id FROM staff WHERE email = 'mallory2@lunde.dk'"),
    ).toHaveLength(0);
    expect((await facilitator.post('/desk/api-keys', { name: 'x' })).status).toBe(403);
    expect((await facilitator.get('/desk')).body).not.toContain('href="/desk/staff"');
  });

  it('lets an API key in only where exports are, and only in the Authorization header', async () => {
    const key = await apiKey(receiver, admin.staff);
    const asKey = await fetch(`${receiver.url}/desk`, {
      redirect: 'manual',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(asKey.status).toBe(303);
    const inUrl = await fetch(`${receiver.url}/desk?key=${key}&token=${key}`, {
      redirect: 'manual',
    });
    expect(inUrl.status).toBe(303);
  });

  it('keeps the last admin an admin', async () => {
    const { receiver: lonely } = await startTestReceiver();
    try {
      const only = await signedIn(lonely, { role: 'admin' });
      const demote = await only.post(`/desk/staff/${only.staff.id}`, {
        action: 'role',
        role: 'facilitator',
      });
      expect(demote.status).toBe(409);
      const disable = await only.post(`/desk/staff/${only.staff.id}`, { action: 'disable' });
      expect(disable.status).toBe(409);
      expect((await only.get('/desk/staff')).status).toBe(200);
    } finally {
      await lonely.close();
    }
  });
});

describe('sign-in throttling', () => {
  let receiver: RunningReceiver;
  beforeAll(async () => {
    ({ receiver } = await startTestReceiver());
    await createStaff(
      receiver.db,
      {
        email: 'bo@lunde.dk',
        name: 'Bo',
        role: 'admin',
        passwordHash: await hashPassword(PASSWORD),
      },
      new Date(),
    );
  });
  afterAll(() => receiver?.close());

  it('refuses an account after five wrong passwords, even the right one, for a while', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await signIn(receiver, 'bo@lunde.dk', `gæt nummer ${i}`)).status).toBe(200);
    }
    const blocked = await signIn(receiver, 'bo@lunde.dk', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await blocked.text()).toContain('For mange forkerte forsøg');
    expect(blocked.headers.get('set-cookie')).toBeNull();
  });

  it('makes each guess cost a password hash, so guessing is slow', async () => {
    const started = performance.now();
    await signIn(receiver, 'nobody@lunde.dk', 'a guess');
    expect(performance.now() - started).toBeGreaterThan(10);
  });
});

describe('the session cookie over https', () => {
  it('is a __Host- cookie with Secure when the public origin is https', async () => {
    const { receiver } = await startTestReceiver({ publicOrigin: 'https://samskab.lunde.dk' });
    try {
      await createStaff(
        receiver.db,
        {
          email: 'eva@lunde.dk',
          name: 'Eva',
          role: 'admin',
          passwordHash: await hashPassword(PASSWORD),
        },
        new Date(),
      );
      const response = await signIn(receiver, 'eva@lunde.dk', PASSWORD, {
        origin: 'https://samskab.lunde.dk',
      });
      expect(response.headers.get('set-cookie')).toMatch(
        /^__Host-samskab-desk=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure; Max-Age=\d+$/,
      );
      const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
      expect((await fetch(`${receiver.url}/desk`, { headers: { cookie } })).status).toBe(200);
      // The plain-http name is not read on an https desk.
      const plain = cookie.replace('__Host-', '');
      expect(
        (await fetch(`${receiver.url}/desk`, { redirect: 'manual', headers: { cookie: plain } }))
          .status,
      ).toBe(303);
    } finally {
      await receiver.close();
    }
  });
});

describe('single sign-on through a trusted proxy (SAMSKAB_AUTH=proxy)', () => {
  let receiver: RunningReceiver;
  beforeAll(async () => {
    ({ receiver } = await startTestReceiver({
      deskAuth: 'proxy',
      trustedProxies: ['127.0.0.1'],
      adminEmail: 'anne@lunde.dk',
    }));
  });
  afterAll(() => receiver?.close());

  it('creates the first admin from SAMSKAB_ADMIN_EMAIL and prints no set-up link', async () => {
    expect(receiver.setupPath).toBeUndefined();
    const page = await fetch(`${receiver.url}/desk`, {
      headers: { 'x-forwarded-email': 'Anne@Lunde.dk' },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Medarbejdere');
  });

  it('refuses an address it does not know, and no header at all', async () => {
    const stranger = await fetch(`${receiver.url}/desk`, {
      headers: { 'x-forwarded-email': 'stranger@evil.example' },
    });
    expect(stranger.status).toBe(403);
    expect((await fetch(`${receiver.url}/desk`)).status).toBe(401);
  });

  it('takes a form only with the CSRF token from its own pages', async () => {
    const headers = { 'x-forwarded-email': 'anne@lunde.dk' };
    const page = await (await fetch(`${receiver.url}/desk/staff`, { headers })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const post = (token: string) =>
      fetch(`${receiver.url}/desk/staff`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...headers, ...FORM },
        body: formBody({ _csrf: token, name: 'Bo', email: 'bo@lunde.dk', role: 'facilitator' }),
      });
    expect((await post('guessed')).status).toBe(403);
    expect((await post(csrf)).status).toBe(303);
  });

  it('ignores the header from an address that is not the trusted proxy', async () => {
    const { receiver: untrusting } = await startTestReceiver({
      deskAuth: 'proxy',
      trustedProxies: ['10.0.0.1'],
      adminEmail: 'anne@lunde.dk',
    });
    try {
      const response = await fetch(`${untrusting.url}/desk`, {
        headers: { 'x-forwarded-email': 'anne@lunde.dk' },
      });
      expect(response.status).toBe(401);
      expect(await response.text()).toContain('single sign-on');
    } finally {
      await untrusting.close();
    }
  });
});

describe('the first admin', () => {
  it('gets a one-time link at start that works once, and no link once an admin can sign in', async () => {
    const { receiver } = await startTestReceiver();
    try {
      expect(receiver.setupPath).toMatch(/^\/desk\/setup\?token=[\w-]{43}$/);
      const token = new URL(`http://x${receiver.setupPath}`).searchParams.get('token')!;
      const fields = {
        token,
        name: 'Anne',
        email: 'anne@lunde.dk',
        password: PASSWORD,
        repeat: PASSWORD,
      };
      const post = () =>
        fetch(`${receiver.url}/desk/setup`, {
          method: 'POST',
          redirect: 'manual',
          headers: FORM,
          body: formBody(fields),
        });
      const first = await post();
      expect(first.status).toBe(303);
      expect(first.headers.get('set-cookie')).toMatch(/^samskab-desk=/);
      expect((await post()).status).toBe(410);
      const [admin] = await receiver.db.query<{ role: string }>(
        "SELECT role FROM staff WHERE email = 'anne@lunde.dk'",
      );
      expect(admin?.role).toBe('admin');
      // The next start prints no link: an admin can sign in now.
      expect(await prepareFirstAdmin(receiver.db, receiver.config, new Date())).toBeUndefined();
    } finally {
      await receiver.close();
    }
  });

  it('asks for a real password and says what is wrong at the field', async () => {
    const { receiver } = await startTestReceiver();
    try {
      const token = new URL(`http://x${receiver.setupPath}`).searchParams.get('token')!;
      const response = await fetch(`${receiver.url}/desk/setup`, {
        method: 'POST',
        headers: FORM,
        body: formBody({ token, name: '', email: 'nej', password: 'kort', repeat: 'kort' }),
      });
      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain('Skriv dit navn.');
      expect(page).toContain('mindst 12 tegn');
      expect(page).toContain('aria-invalid="true"');
      // The link still works after a form with mistakes.
      expect((await fetch(`${receiver.url}${receiver.setupPath}`)).status).toBe(200);
    } finally {
      await receiver.close();
    }
  });
});
