// Issue 21 over HTTP, on PGlite and PostgreSQL: the embed page and the sites page for staff; admins
// allow a site (after a page that shows it in Unicode and punycode) and remove one, each change in
// the audit log and applied at once on this receiver; SAMSKAB_ALLOWED_ORIGINS's sites shown as
// fixed and never removed in the desk; the forms refused to facilitators, to the signed-out,
// without the session's token and from another site; and GET /api/embed-check.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sri } from '../../../scripts/release-package';
import { ALLOWED_ORIGINS_TTL_MS } from '../../../server/data/allowed-origins';
import { PREFLIGHT_MAX_AGE_SECONDS } from '../../../server/http/cors';
import type { RunningReceiver } from '../../../server/start';
import { type DeskClient, signedIn } from '../desk/desk-client';
import { type OpenTestDatabase, startTestReceiver, TEST_DATABASES } from '../fixtures';

const FIXED = 'https://www.lunde.dk';
const NEW = 'https://borger.lunde.dk';
const LOOK_ALIKE = 'https://www.lund\u0435.dk'; // a Cyrillic "е"

/** A built widget of version 9.8.7, with files whose digests the test knows. */
function builtWidget(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samskab-widget-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ version: '9.8.7' }));
  for (const file of ['samskab.js', 'samskab.css', 'samskab.mjs', 'chunks/after-paint-AB12.mjs'])
    writeFileSync(join(dir, file), `/* ${file} */`);
  writeFileSync(join(dir, 'samskab.js.map'), '{}');
  return dir;
}
const digest = (file: string) => sri(new TextEncoder().encode(`/* ${file} */`));

const challenge = (id: string) => ({
  id,
  title: `Udfordring ${id}`,
  framing: 'Hvad kan vi gøre sammen?',
  url: `https://kommune.example/samskab/${id}`,
});

describe.each(TEST_DATABASES)('the sites that may send answers, on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let admin: DeskClient;
  let facilitator: DeskClient;
  const widget = builtWidget();

  const preflight = (origin: string) =>
    fetch(`${receiver.url}/api/submissions`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
  const audit = (action: string) =>
    receiver.db.query<{ staff_id: string; subject: string }>(
      'SELECT staff_id, subject FROM audit_log WHERE action = $1 ORDER BY at',
      [action],
    );

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({
      db: database.db,
      allowedOrigins: [FIXED],
      seed: [challenge('aaben'), challenge('arkiveret')],
      staticDirs: { widget },
    }));
    await receiver.db.query("UPDATE challenges SET archived_at = now() WHERE id = 'arkiveret'");
    admin = await signedIn(receiver, { role: 'admin', name: 'Anne Admin' });
    facilitator = await signedIn(receiver, { role: 'facilitator' });
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
    rmSync(widget, { recursive: true, force: true });
  });

  it('applies a removal within 10 s on every receiver: list TTL plus the preflight’s Max-Age', async () => {
    expect(ALLOWED_ORIGINS_TTL_MS / 1000 + PREFLIGHT_MAX_AGE_SECONDS).toBeLessThanOrEqual(10);
    expect((await preflight(FIXED)).headers.get('access-control-max-age')).toBe(
      String(PREFLIGHT_MAX_AGE_SECONDS),
    );
  });

  it('gives staff the embed page with published challenges only, and links each challenge to it', async () => {
    const page = await facilitator.get('/desk/embed?challenge=aaben&locale=en');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<option value="aaben" selected>');
    expect(page.body).not.toContain('value="arkiveret"');
    expect(page.body).toContain('data-challenge=&quot;aaben&quot;');
    expect(page.body).toContain('data-locale=&quot;en&quot;');
    expect(page.body).not.toContain('integrity=');
    expect(page.body).toContain('/desk/embed/preview?challenge=aaben&amp;locale=en');
    const archived = await facilitator.get('/desk/embed?challenge=arkiveret');
    expect(archived.body).toContain('er ikke offentliggjort');
    const challengePage = await facilitator.get('/desk/challenges/aaben');
    expect(challengePage.body).toContain('href="/desk/embed?challenge=aaben"');
    expect((await facilitator.get('/desk/challenges/arkiveret')).body).not.toContain(
      '/desk/embed?challenge=',
    );
  });

  it('writes integrity only for a release folder named by the receiver’s version', async () => {
    const unversioned = await facilitator.get(
      `/desk/embed?release=${encodeURIComponent('https://cdn.lunde.dk/samskab/')}`,
    );
    expect(unversioned.body).toContain('Adressen skal indeholde versionen');
    expect(unversioned.body).not.toContain('integrity=');
    const base = 'https://cdn.lunde.dk/samskab/9.8.7/';
    const release = await facilitator.get(`/desk/embed?release=${encodeURIComponent(base)}`);
    expect(release.body).not.toContain('Adressen skal indeholde versionen');
    expect(release.body).toContain(
      `src=&quot;${base}samskab.js&quot; integrity=&quot;${digest('samskab.js')}&quot;`,
    );
    expect(release.body).toContain(`integrity=&quot;${digest('samskab.css')}&quot;`);
    expect(release.body).toContain(digest('chunks/after-paint-AB12.mjs'));
    expect(release.body).toContain(digest('samskab.mjs'));
    // The CSP checklist names the release's origin for the scripts, the receiver for the rest.
    expect(release.body).toMatch(/script-src &#39;self&#39; https:\/\/cdn\.lunde\.dk &#39;sha256-/);
    expect(release.body).toContain(`connect-src &#39;self&#39; ${receiver.url}`);
  });

  it('shows SAMSKAB_ALLOWED_ORIGINS’s sites as fixed, and never removes one in the desk', async () => {
    const page = await admin.get('/desk/embed/sites');
    expect(page.body).toContain(FIXED);
    expect(page.body).toMatch(/SAMSKAB_ALLOWED_ORIGINS/);
    expect(page.body).not.toContain(`name="origin" value="${FIXED}"`);
    const removed = await admin.post('/desk/embed/sites/remove', { origin: FIXED });
    expect(removed.status).toBe(400);
    expect(removed.body).toContain('SAMSKAB_ALLOWED_ORIGINS');
    expect((await preflight(FIXED)).status).toBe(204);
    const again = await admin.post('/desk/embed/sites/allow', { origin: FIXED });
    expect(again.location).toBe('/desk/embed/sites?besked=origin-already');
    expect(await receiver.db.query('SELECT * FROM allowed_origins')).toEqual([]);
  });

  it('lets an admin allow a refused site, seen at once, audited, and off the refused list', async () => {
    expect((await preflight(NEW)).status).toBe(403);
    const before = await admin.get('/desk/embed/sites');
    expect(before.body).toContain(`/desk/embed/sites/allow?origin=${encodeURIComponent(NEW)}`);
    expect(before.body).toContain('Tillad dette site');
    const confirm = await admin.get(`/desk/embed/sites/allow?origin=${encodeURIComponent(NEW)}`);
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain('Ja, tillad sitet');
    const allowed = await admin.post('/desk/embed/sites/allow', { origin: NEW });
    expect(allowed.status).toBe(303);
    expect(allowed.location).toBe('/desk/embed/sites?besked=origin-allowed');
    expect((await preflight(NEW)).status).toBe(204);
    expect(await audit('origin-allowed')).toEqual([{ staff_id: admin.staff.id, subject: NEW }]);
    const after = await admin.get('/desk/embed/sites');
    expect(after.body).not.toContain(`allow?origin=${encodeURIComponent(NEW)}`);
    expect(after.body).toContain(`name="origin" value="${NEW}"`);
    expect(after.body).toContain('Anne Admin');

    const removed = await admin.post('/desk/embed/sites/remove', { origin: NEW });
    expect(removed.location).toBe('/desk/embed/sites?besked=origin-removed');
    expect((await preflight(NEW)).status).toBe(403);
    expect(await audit('origin-removed')).toEqual([{ staff_id: admin.staff.id, subject: NEW }]);
  });

  it('shows a look-alike in Unicode and in punycode before it is allowed', async () => {
    const confirm = await admin.get(
      `/desk/embed/sites/allow?origin=${encodeURIComponent(LOOK_ALIKE)}`,
    );
    expect(confirm.body).toContain(LOOK_ALIKE);
    const punycode = new URL(LOOK_ALIKE).origin;
    expect(punycode).toMatch(/xn--/);
    expect(confirm.body).toContain(`value="${punycode}"`);
    expect(confirm.body).toContain('Tjek bogstaverne');
    for (const bad of ['javascript:alert(1)', 'https://a\u0007.dk', 'https://k:p@lunde.dk']) {
      const refused = await admin.get(`/desk/embed/sites/allow?origin=${encodeURIComponent(bad)}`);
      expect(refused.status, bad).toBe(400);
      expect(refused.body).not.toContain('Ja, tillad sitet');
    }
    const posted = await admin.post('/desk/embed/sites/allow', { origin: 'https://a\r\nb.dk' });
    expect(posted.status).toBe(400);
    expect(await receiver.db.query('SELECT * FROM allowed_origins')).toEqual([]);
  });

  it('refuses the admin forms to a facilitator, to the signed-out, without the token and from another site', async () => {
    const site = 'https://angriber.example';
    expect((await facilitator.post('/desk/embed/sites/allow', { origin: site })).status).toBe(403);
    expect(
      (await facilitator.get(`/desk/embed/sites/allow?origin=${encodeURIComponent(site)}`)).status,
    ).toBe(403);
    expect((await facilitator.post('/desk/embed/sites/remove', { origin: FIXED })).status).toBe(
      403,
    );
    expect((await facilitator.get('/desk/embed/sites')).body).not.toContain('Tillad dette site');
    const form = (headers: Record<string, string>, body: string) =>
      fetch(`${receiver.url}/desk/embed/sites/allow`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
    const origin = `origin=${encodeURIComponent(site)}`;
    expect((await form({}, origin)).status).toBe(303); // to sign in
    expect((await form({ cookie: admin.cookie }, origin)).status).toBe(403);
    expect(
      (await form({ cookie: admin.cookie, origin: site }, `_csrf=${admin.csrf}&${origin}`)).status,
    ).toBe(403);
    expect(await receiver.db.query('SELECT * FROM allowed_origins')).toEqual([]);
    expect((await preflight(site)).status).toBe(403);
  });
});

describe('GET /api/embed-check', () => {
  let receiver: RunningReceiver;
  beforeAll(async () => {
    ({ receiver } = await startTestReceiver({
      allowedOrigins: [FIXED],
      seed: [challenge('aaben'), challenge('arkiveret')],
    }));
    await receiver.db.query("UPDATE challenges SET archived_at = now() WHERE id = 'arkiveret'");
  }, 60_000);
  afterAll(() => receiver?.close());

  const check = async (query: string, origin?: string) => {
    const response = await fetch(`${receiver.url}/api/embed-check${query}`, {
      headers: origin ? { Origin: origin } : {},
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('no-store');
    return (await response.json()) as Record<string, unknown>;
  };

  it('says whether the calling origin may post, and nothing else about anyone', async () => {
    expect(await check('', FIXED)).toEqual({ origin: FIXED, allowed: true });
    expect(await check('', receiver.url)).toEqual({ origin: receiver.url, allowed: true });
    expect(await check('', 'https://ny.example')).toEqual({
      origin: 'https://ny.example',
      allowed: false,
    });
    expect(await check('')).toEqual({ origin: null, allowed: false });
    expect(await check('', 'https://x.dk/?token=1')).toEqual({ origin: null, allowed: false });
  });

  it('says whether the named challenge exists and is published', async () => {
    expect((await check('?challenge=aaben', FIXED)).challenge).toEqual({
      exists: true,
      published: true,
    });
    expect((await check('?challenge=arkiveret', FIXED)).challenge).toEqual({
      exists: true,
      published: false,
    });
    for (const id of ['findes-ikke', "x' OR 1=1 --", 'A'.repeat(5000)])
      expect((await check(`?challenge=${encodeURIComponent(id)}`, FIXED)).challenge).toEqual({
        exists: false,
        published: false,
      });
  });

  it('puts a site it says no to on the refused list', async () => {
    await check('', 'https://tjek.example');
    const admin = await signedIn(receiver, { role: 'admin' });
    expect((await admin.get('/desk/embed/sites')).body).toContain('https://tjek.example');
  });
});
