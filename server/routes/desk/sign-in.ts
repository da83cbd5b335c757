// Signing in and out of the desk with its own accounts (SAMSKAB_AUTH=password, the default).

import { recordAudit } from '../../data/audit';
import { decodeKept, isFormAction, keepForm } from '../../data/kept-forms';
import { hashPassword, needsRehash, verifyPassword } from '../../data/passwords';
import { ABSOLUTE_TIMEOUT_MS, endSession, findSession, startSession } from '../../data/sessions';
import { findStaffByEmail, normaliseEmail, setPasswordHash } from '../../data/staff';
import {
  type CountedAttempt,
  countAttempt,
  signInSucceeded,
  tryAgainIn,
} from '../../data/throttle';
import { clientKey } from '../../http/client-address';
import { ownOrigin } from '../../http/cors';
import { deskPaths } from '../../ui/desk-paths';
import { withNotice } from '../../ui/notices';
import { formOf, nowOf } from '../../web/context';
import { readCookie, sessionCookie, sessionCookieName } from '../../web/cookies';
import { isSecure } from '../../web/desk-access';
import { fromOwnPage } from '../../web/form-origin';
import { refuseControlCharacters, safeNext, seeOther, sendProblem } from '../../web/respond';
import type { Handler, RequestContext } from '../../web/route';
import { type SignInOptions, signInPage } from '../../web/sign-in-page';

/** What the page says to an attempt the throttle refused, and the status and header it gets. */
function refusal(
  context: RequestContext,
  counted: Exclude<CountedAttempt, { kind: 'allowed' }>,
): { error: string; status: number } {
  if (counted.kind === 'wait') {
    context.res.setHeader('Retry-After', String(counted.retryAfterSeconds));
    return {
      status: 429,
      error: `For mange forkerte forsøg. ${tryAgainIn(counted.retryAfterSeconds)}`,
    };
  }
  // Locked until an admin's link is used: no time to wait for, so no Retry-After.
  return {
    status: 403,
    error:
      'Kontoen er låst, fordi der er prøvet for mange forkerte adgangskoder. Bed en administrator om et nyt engangslink. Med linket vælger du en ny adgangskode og er logget ind igen.',
  };
}

/** A lock on a staff member's account goes in the audit log, under the account it locked. */
async function recordLock(context: RequestContext, account: string, now: Date) {
  const found = await findStaffByEmail(context.services.db, account);
  if (found) {
    await recordAudit(
      context.services.db,
      { staffId: null, action: 'sign-in-locked', subject: found.staff.id },
      now,
    );
  }
}

export const getSignIn: Handler = async (context) => {
  const { services, req, res, url } = context;
  if (services.config.deskAuth === 'proxy') return seeOther(res, deskPaths.home);
  const next = safeNext(url.searchParams.get('next'));
  if (next === undefined) return refuseControlCharacters(res);
  const cookie = readCookie(req, sessionCookieName(isSecure(context)));
  if (await findSession(services.db, cookie, nowOf(context))) return seeOther(res, next);
  signInPage(context, { next });
};

/**
 * A form that was posted after its session ended, carried through this sign-in (kept-forms.ts):
 * only from a sign-in form on this origin, with a form address of the desk and fields as kept.
 */
function carriedForm(context: RequestContext, form: URLSearchParams) {
  const action = form.get('_kept_action') ?? '';
  const fields = decodeKept(form.get('_kept') ?? '');
  const own = ownOrigin(context.req, context.services.config.publicOrigin);
  if (!fields || !isFormAction(action) || !fromOwnPage(context.req, own)) return undefined;
  return { action, fields };
}

export const postSignIn: Handler = async (context) => {
  const { services, req, res } = context;
  if (services.config.deskAuth === 'proxy') return seeOther(res, deskPaths.home);
  // Read by the access check (`public-form`), which refused a form from another site (login CSRF).
  const form = formOf(context);
  const email = (form.get('email') ?? '').trim().slice(0, 254);
  const password = form.get('password') ?? '';
  const next = safeNext(form.get('next'));
  // Before the throttle, the hash and the session: a `next` no redirect can carry is a 400.
  if (next === undefined) return refuseControlCharacters(res);
  const kept = carriedForm(context, form);
  // A mistyped password must not lose what is carried: every page below carries it on.
  const carried: Pick<SignInOptions, 'carried'> = kept
    ? { carried: { action: kept.action, fields: form.get('_kept') ?? '' } }
    : {};
  const attempt = { account: normaliseEmail(email), address: clientKey(services.clientOf(req)) };
  const now = nowOf(context);
  // Counted before the hash: a guess over a limit costs nothing (server/data/throttle.ts).
  const counted = await countAttempt(services.db, attempt, now);
  if (counted.kind !== 'allowed') {
    if (counted.kind === 'lock') await recordLock(context, attempt.account, now);
    return signInPage(context, { email, next, ...carried, ...refusal(context, counted) });
  }
  const found = email ? await findStaffByEmail(services.db, email) : undefined;
  // The hash is checked even for an unknown address, so timing does not tell which exist.
  const matches = await verifyPassword(password, found?.passwordHash);
  if (!found || !matches || found.staff.disabledAt) {
    if (found)
      await recordAudit(services.db, { staffId: found.staff.id, action: 'sign-in-failed' }, now);
    return signInPage(context, {
      email,
      next,
      ...carried,
      error: 'E-mail eller adgangskode er forkert.',
    });
  }
  await signInSucceeded(services.db, attempt);
  if (found.passwordHash && needsRehash(found.passwordHash)) {
    await setPasswordHash(services.db, found.staff.id, await hashPassword(password));
  }
  // Always a new session: an id planted in the browser before sign-in is never promoted.
  await endSession(services.db, readCookie(req, sessionCookieName(isSecure(context))));
  const { cookie } = await startSession(services.db, found.staff, now);
  await recordAudit(services.db, { staffId: found.staff.id, action: 'sign-in' }, now);
  if (kept) await keepForm(services.db, cookie, { ...kept, page: next }, now);
  seeOther(res, kept ? withNotice(next, 'form-kept') : next, {
    'Set-Cookie': sessionCookie(cookie, {
      secure: isSecure(context),
      maxAgeSeconds: ABSOLUTE_TIMEOUT_MS / 1000,
    }),
  });
};

export const postSignOut: Handler = async (context) => {
  const { services, req, res } = context;
  const secure = isSecure(context);
  await endSession(services.db, readCookie(req, sessionCookieName(secure)));
  if (context.session) {
    await recordAudit(
      services.db,
      { staffId: context.session.staff.id, action: 'sign-out' },
      nowOf(context),
    );
  }
  if (services.config.deskAuth === 'proxy') {
    return sendProblem(
      res,
      200,
      'Log ud',
      'Log ud af kommunens single sign-on for at afslutte din session.',
    );
  }
  seeOther(res, withNotice(deskPaths.signIn, 'signed-out'), {
    'Set-Cookie': sessionCookie('', { secure, maxAgeSeconds: 0 }),
  });
};
