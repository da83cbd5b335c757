// Signing in and out of the desk with its own accounts (SAMSKAB_AUTH=password, the default).

import { recordAudit } from '../../data/audit';
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
import { deskPaths } from '../../ui/desk-paths';
import { errorSummary, textField } from '../../ui/forms';
import { html } from '../../ui/html';
import { noticeFrom, withNotice } from '../../ui/notices';
import { formOf, nowOf } from '../../web/context';
import { readCookie, sessionCookie, sessionCookieName } from '../../web/cookies';
import { isSecure } from '../../web/desk-access';
import {
  refuseControlCharacters,
  safeNext,
  seeOther,
  sendPage,
  sendProblem,
} from '../../web/respond';
import type { Handler, RequestContext } from '../../web/route';

function signInPage(
  context: RequestContext,
  options: { email?: string; next: string; error?: string; status?: number },
) {
  const errors = options.error ? [{ field: 'email', message: options.error }] : undefined;
  sendPage(
    context.res,
    {
      title: 'Log ind',
      notice: noticeFrom(context.url),
      body: html`<div class="row"><div class="col-12 col-md-8 col-lg-6">
<h1>Log ind på arbejdsbordet</h1>
${errorSummary(errors)}
<form method="post" action="${deskPaths.signIn}" novalidate>
<input type="hidden" name="next" value="${options.next}">
${textField({ name: 'email', label: 'E-mail', type: 'email', value: options.email, autocomplete: 'username', required: true, errors })}
${textField({ name: 'password', label: 'Adgangskode', type: 'password', autocomplete: 'current-password', required: true })}
<button type="submit" class="button button-primary">Log ind</button>
</form>
<p>Har du glemt din adgangskode? Bed en administrator om et nyt engangslink.</p>
</div></div>`,
    },
    options.status ?? 200,
  );
}

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
  const attempt = { account: normaliseEmail(email), address: clientKey(services.clientOf(req)) };
  const now = nowOf(context);
  // Counted before the hash: a guess over a limit costs nothing (server/data/throttle.ts).
  const counted = await countAttempt(services.db, attempt, now);
  if (counted.kind !== 'allowed') {
    if (counted.kind === 'lock') await recordLock(context, attempt.account, now);
    return signInPage(context, { email, next, ...refusal(context, counted) });
  }
  const found = email ? await findStaffByEmail(services.db, email) : undefined;
  // The hash is checked even for an unknown address, so timing does not tell which exist.
  const matches = await verifyPassword(password, found?.passwordHash);
  if (!found || !matches || found.staff.disabledAt) {
    if (found)
      await recordAudit(services.db, { staffId: found.staff.id, action: 'sign-in-failed' }, now);
    return signInPage(context, { email, next, error: 'E-mail eller adgangskode er forkert.' });
  }
  await signInSucceeded(services.db, attempt);
  if (found.passwordHash && needsRehash(found.passwordHash)) {
    await setPasswordHash(services.db, found.staff.id, await hashPassword(password));
  }
  // Always a new session: an id planted in the browser before sign-in is never promoted.
  await endSession(services.db, readCookie(req, sessionCookieName(isSecure(context))));
  const { cookie } = await startSession(services.db, found.staff, now);
  await recordAudit(services.db, { staffId: found.staff.id, action: 'sign-in' }, now);
  seeOther(res, next, {
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
