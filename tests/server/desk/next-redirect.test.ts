// Where the desk sends a person on to (`next`) is a header, `Location`: a `next` with a control
// character (CR/LF, NUL, DEL, C1) once answered sign-in with a 500 (ERR_INVALID_CHAR) after the
// session was made, and linked two answers before failing the same way. Now it is a 400 before
// anything is done, and other characters no header can carry are percent-encoded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../server/data/passwords';
import { createStaff } from '../../../server/data/staff';
import type { RunningReceiver } from '../../../server/start';
import { postSubmission, startTestReceiver, validSubmission } from '../fixtures';
import { formBody, signedIn, TEST_PASSWORD } from './desk-client';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const CONTROLS = [
  ['CR/LF', '/desk/staff\r\nSet-Cookie: planted=1'],
  ['LF', '/desk\n'],
  ['CR', '/desk\r'],
  ['tab', '/desk/answers?q=a\tb'],
  ['NUL', '/desk\u0000'],
  ['ESC', '/desk\u001b[31m'],
  ['DEL', '/desk\u007f'],
  ['C1 NEL', '/desk\u0085'],
  ['C1 CSI', '/desk/answers?q=\u009b'],
] as const;

describe('the desk’s next with characters a header cannot carry', () => {
  let receiver: RunningReceiver;
  let errors: unknown[];
  let accounts = 0;

  beforeAll(async () => {
    ({ receiver, errors } = await startTestReceiver());
  }, 60_000);

  afterAll(async () => {
    await receiver?.close();
    expect(errors).toEqual([]);
  });

  /** A new account each time, so no sign-in throttle is in the way. */
  async function account(): Promise<{ id: string; email: string }> {
    const email = `karin-${++accounts}@lunde.dk`;
    const staff = await createStaff(
      receiver.db,
      {
        email,
        name: 'Karin',
        role: 'facilitator',
        passwordHash: await hashPassword(TEST_PASSWORD, { N: 2 ** 10, r: 8, p: 1 }),
      },
      new Date(),
    );
    return { id: staff.id, email };
  }

  const sessionsOf = async (staffId: string) =>
    (
      await receiver.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM staff_sessions WHERE staff_id = $1',
        [staffId],
      )
    )[0]!.n;

  const signIn = (email: string, next: string) =>
    fetch(`${receiver.url}/desk/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: FORM,
      body: formBody({ email, password: TEST_PASSWORD, next }),
    });

  it.each(CONTROLS)('refuses sign-in with %s in next: 400, no session', async (_, next) => {
    const karin = await account();
    const response = await signIn(karin.email, next);
    expect(response.status).toBe(400);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('Adressen blev afvist');
    expect(await sessionsOf(karin.id)).toBe(0);
  });

  it('still signs in with the same password and an ordinary next', async () => {
    const karin = await account();
    const response = await signIn(karin.email, '/desk/answers?q=ensom%20hed');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/desk/answers?q=ensom%20hed');
    expect(await sessionsOf(karin.id)).toBe(1);
  });

  it.each([
    ['/desk/answers?q=ł', '/desk/answers?q=%C5%82'],
    ['/desk/answers?q=æ ø', '/desk/answers?q=%C3%A6%20%C3%B8'],
    ['/desk/answers?q=🚲', '/desk/answers?q=%F0%9F%9A%B2'],
    ['/desk/answers?q=\ud800', '/desk/answers?q=%EF%BF%BD'],
  ])('percent-encodes %j in next after signing in', async (next, location) => {
    const karin = await account();
    const response = await signIn(karin.email, next);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(location);
  });

  it.each(CONTROLS)('refuses the sign-in page with %s in next', async (_, next) => {
    const url = `${receiver.url}/desk/login?next=${encodeURIComponent(next)}`;
    const signedOut = await fetch(url, { redirect: 'manual' });
    expect(signedOut.status).toBe(400);
    // Already signed in, the page redirects to next at once: refused the same way.
    const desk = await signedIn(receiver);
    const signedInAlready = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: desk.cookie },
    });
    expect(signedInAlready.status).toBe(400);
    expect(signedInAlready.headers.get('location')).toBeNull();
  });

  it.each(CONTROLS)('links no answers when %s is in the form’s next', async (_, next) => {
    const offer = validSubmission('offer');
    const need = validSubmission('need');
    expect((await postSubmission(receiver, offer)).status).toBe(201);
    expect((await postSubmission(receiver, need)).status).toBe(201);
    const desk = await signedIn(receiver);
    const response = await desk.post(`/desk/connect/${offer.id}`, { other: need.id, next });
    expect(response.status).toBe(400);
    expect(response.location).toBeNull();
    const links = await receiver.db.query(
      'SELECT 1 FROM answer_links WHERE offer_id = $1 OR target_id = $1',
      [offer.id],
    );
    expect(links).toEqual([]);
  });
});
