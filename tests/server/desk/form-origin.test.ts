// The desk has one check of where a posted form came from (server/web/desk-access.ts). The staff's
// forms get it with their access (`staff`, `admin`); the sign-in and set-up forms, which nobody is
// signed in to send, ask for it in the route table (`public-form`) rather than keeping copies of
// their own: a form from another site would sign the browser in as someone else (login CSRF).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSetupLink } from '../../../server/data/setup-links';
import { ROUTES } from '../../../server/routes/index';
import type { RunningReceiver } from '../../../server/start';
import type { Route } from '../../../server/web/route';
import { startTestReceiver } from '../fixtures';
import { formBody, TEST_PASSWORD } from './desk-client';
import { colleague, FORM } from './sign-in-client';

const ELSEWHERE = 'https://evil.example';
const REFUSED = 'Formularen kom fra en anden hjemmeside end arbejdsbordet.';
const TABLE: readonly Route[] = ROUTES;

describe("the desk's forms: one check of where they came from", () => {
  let receiver: RunningReceiver;
  const post = (path: string, origin: string, fields: Record<string, string>) =>
    fetch(`${receiver.url}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...FORM, origin },
      body: formBody(fields),
    });
  const attempts = async () =>
    (await receiver.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sign_in_attempts'))[0]
      ?.n;

  beforeAll(async () => {
    ({ receiver } = await startTestReceiver());
  }, 60_000);
  afterAll(() => receiver?.close());

  it('is asked for by the sign-in and set-up forms in the route table, and no desk form goes without it', () => {
    const posts = TABLE.filter(
      (route) => route.method === 'POST' && route.path?.startsWith('/desk'),
    );
    const accessAt = (path: string) => posts.find((route) => route.path === path)?.access;
    expect(accessAt('/desk/login')).toBe('public-form');
    expect(accessAt('/desk/setup')).toBe('public-form');
    for (const route of posts) expect(route.access, route.path).not.toBe('public');
  });

  it('refuses the sign-in form from another site before the password is tried', async () => {
    await colleague(receiver.db, 'karin@lunde.dk');
    const fields = { email: 'karin@lunde.dk', password: TEST_PASSWORD, next: '/desk' };
    const refused = await post('/desk/login', ELSEWHERE, fields);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(REFUSED);
    expect(refused.headers.get('set-cookie')).toBeNull();
    // Refused by the access check: the handler, which counts every try first, never ran.
    expect(await attempts()).toBe(0);
    // The same form from the desk's own page signs in.
    const accepted = await post('/desk/login', receiver.url, fields);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('set-cookie')).toContain('samskab-desk=');
  });

  it('refuses the set-up form from another site and leaves its link unused', async () => {
    const staff = await colleague(receiver.db, 'lone@lunde.dk');
    const token = await createSetupLink(receiver.db, staff.id, new Date());
    const password = 'en lang nok adgangskode';
    const fields = { token, password, repeat: password };
    const before = await attempts();
    const refused = await post('/desk/setup', ELSEWHERE, fields);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(REFUSED);
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect(await attempts()).toBe(before);
    const used = await post('/desk/setup', receiver.url, fields);
    expect(used.status).toBe(303);
    expect(used.headers.get('set-cookie')).toContain('samskab-desk=');
  });
});
