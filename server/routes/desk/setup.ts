// A one-time link's page: the first admin (printed by `npm start`) or a colleague sets a password
// and is signed in. The secret travels in the link once; the form posts it back in its body, and
// the page is sent with no Referer and no caching, so it is not left behind in other sites' logs.

import { recordAudit } from '../../data/audit';
import { hashPassword, MIN_PASSWORD_LENGTH, passwordProblem } from '../../data/passwords';
import { ABSOLUTE_TIMEOUT_MS, endSessionsOf, startSession } from '../../data/sessions';
import { readSetupLink, useSetupLink } from '../../data/setup-links';
import {
  countAdmins,
  createStaff,
  findStaff,
  findStaffByEmail,
  isEmail,
  type StaffMember,
  setPasswordHash,
} from '../../data/staff';
import {
  countAttempt,
  giveBack,
  SIGN_IN_LIMITS,
  tryAgainIn,
  unlockAccount,
} from '../../data/throttle';
import { clientKey } from '../../http/client-address';
import { deskPaths } from '../../ui/desk-paths';
import { errorSummary, type FieldError, textField } from '../../ui/forms';
import { html } from '../../ui/html';
import { withNotice } from '../../ui/notices';
import { formOf, nowOf } from '../../web/context';
import { sessionCookie } from '../../web/cookies';
import { isSecure } from '../../web/desk-access';
import { seeOther, sendPage, sendProblem } from '../../web/respond';
import type { Handler, RequestContext } from '../../web/route';

const expired = (context: RequestContext) =>
  sendProblem(
    context.res,
    410,
    'Linket virker ikke længere',
    'Et engangslink virker én gang og i en time. Bed en administrator om et nyt, eller genstart modtageren for et nyt link til den første administrator.',
  );

/**
 * A one-time link is a secret like a password: each try is counted per address before the link is
 * looked up (server/data/throttle.ts), and a right one is given back. The attempt's id, or
 * undefined when the address is over its limit and the 429 is sent.
 */
async function countLinkAttempt(context: RequestContext): Promise<string | undefined> {
  const { services, req, res } = context;
  const address = clientKey(services.clientOf(req));
  const counted = await countAttempt(services.db, { address }, nowOf(context));
  if (counted.kind === 'allowed') return counted.id;
  // Without an account only the address's limit applies, so the refusal is always a wait.
  const seconds =
    counted.kind === 'wait' ? counted.retryAfterSeconds : SIGN_IN_LIMITS.windowMs / 1000;
  res.setHeader('Retry-After', String(seconds));
  sendProblem(
    res,
    429,
    'For mange forsøg',
    `Der er prøvet for mange forkerte links eller adgangskoder herfra. ${tryAgainIn(seconds)}`,
  );
  return undefined;
}

function setupPage(
  context: RequestContext,
  token: string,
  staff: StaffMember | null,
  values: { name?: string; email?: string } = {},
  errors?: readonly FieldError[],
) {
  const first = staff === null;
  sendPage(
    context.res,
    {
      title: first ? 'Opret den første administrator' : 'Vælg adgangskode',
      body: html`<div class="row"><div class="col-12 col-md-8 col-lg-6">
<h1>${first ? 'Opret den første administrator' : `Vælg adgangskode, ${staff.name}`}</h1>
${first ? html`<p>Du er den første på arbejdsbordet. Du bliver administrator og kan derefter oprette dine kolleger.</p>` : html`<p>Du logger ind som ${staff.email}.</p>`}
${errorSummary(errors)}
<form method="post" action="${deskPaths.setup}" novalidate>
<input type="hidden" name="token" value="${token}">
${first && textField({ name: 'name', label: 'Dit navn', value: values.name, autocomplete: 'name', required: true, errors })}
${first && textField({ name: 'email', label: 'Din e-mail', type: 'email', value: values.email, autocomplete: 'username', required: true, errors })}
${textField({ name: 'password', label: 'Adgangskode', type: 'password', autocomplete: 'new-password', required: true, hint: `Mindst ${MIN_PASSWORD_LENGTH} tegn. Et par ord, du kan huske, er godt.`, errors })}
${textField({ name: 'repeat', label: 'Gentag adgangskoden', type: 'password', autocomplete: 'new-password', required: true, errors })}
<button type="submit" class="button button-primary">Gem og log ind</button>
</form></div></div>`,
    },
    errors?.length ? 400 : 200,
  );
}

export const getSetup: Handler = async (context) => {
  const token = context.url.searchParams.get('token') ?? '';
  const attempt = await countLinkAttempt(context);
  if (attempt === undefined) return;
  const target = await readSetupLink(context.services.db, token, nowOf(context));
  if (target === undefined) return expired(context);
  await giveBack(context.services.db, attempt);
  const staff = target === null ? null : await findStaff(context.services.db, target);
  if (staff === undefined || staff?.disabledAt) return expired(context);
  setupPage(context, token, staff);
};

export const postSetup: Handler = async (context) => {
  const { services, res } = context;
  // Read by the access check (`public-form`), which refused a form from another site.
  const form = formOf(context);
  const token = form.get('token') ?? '';
  const now = nowOf(context);
  const attempt = await countLinkAttempt(context);
  if (attempt === undefined) return;
  const target = await readSetupLink(services.db, token, now);
  if (target === undefined) return expired(context);
  await giveBack(services.db, attempt);
  const existing = target === null ? null : await findStaff(services.db, target);
  if (existing === undefined || existing?.disabledAt) return expired(context);

  const name = (form.get('name') ?? '').trim();
  const email = (form.get('email') ?? '').trim();
  const password = form.get('password') ?? '';
  const errors: FieldError[] = [];
  if (existing === null) {
    if (!name) errors.push({ field: 'name', message: 'Skriv dit navn.' });
    else if (name.length > 200)
      errors.push({ field: 'name', message: 'Navnet må højst være 200 tegn.' });
    if (!isEmail(email)) {
      errors.push({ field: 'email', message: 'Skriv en e-mailadresse som navn@kommune.dk.' });
    } else if (await findStaffByEmail(services.db, email)) {
      errors.push({
        field: 'email',
        message: 'Der findes allerede en medarbejder med den e-mail.',
      });
    }
  }
  const problem = passwordProblem(password);
  if (problem) errors.push({ field: 'password', message: problem });
  else if (form.get('repeat') !== password) {
    errors.push({ field: 'repeat', message: 'De to adgangskoder er ikke ens.' });
  }
  if (errors.length) return setupPage(context, token, existing, { name, email }, errors);

  // Only one use of a link can win; a second tab or a replay finds it used.
  if ((await useSetupLink(services.db, token, now)) === undefined) return expired(context);
  const hash = await hashPassword(password);
  let staff: StaffMember;
  if (existing === null) {
    if ((await countAdmins(services.db)) > 0) return expired(context);
    staff = await createStaff(services.db, { email, name, role: 'admin', passwordHash: hash }, now);
  } else {
    staff = existing;
    await setPasswordHash(services.db, staff.id, hash);
    // A new password ends the sessions made with the old one.
    await endSessionsOf(services.db, staff.id);
  }
  // A locked account signs in again: the link is how an admin unlocks it.
  await unlockAccount(services.db, staff.email);
  await recordAudit(services.db, { staffId: staff.id, action: 'password-set' }, now);
  const { cookie } = await startSession(services.db, staff, now);
  seeOther(res, withNotice(deskPaths.home, 'password-set'), {
    'Set-Cookie': sessionCookie(cookie, {
      secure: isSecure(context),
      maxAgeSeconds: ABSOLUTE_TIMEOUT_MS / 1000,
    }),
  });
};
