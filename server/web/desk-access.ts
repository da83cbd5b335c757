// Who may use the desk, checked before any desk handler runs (the route table names the kind):
// - `staff`: a signed-in facilitator or admin; a POST must also carry the session's CSRF token in
//   its form (`_csrf`) and, where the browser says where it came from (Origin), come from here;
// - `admin`: the same, and the admin role (staff, API keys, retention, the audit log);
// - `export`: staff as above, or a system with an API key in `Authorization: Bearer`;
// - `public-form`: anyone (signing in, a set-up link's password), but a POST's form, like every
//   desk form, must not come from another site.
// Sign-in is the desk's own accounts (a session cookie), or with SAMSKAB_AUTH=proxy the
// municipality's single sign-on in front of the receiver, which names the user in
// X-Forwarded-Email: believed only from SAMSKAB_TRUSTED_PROXIES, ignored from anywhere else.

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { checkApiKey } from '../data/api-keys';
import {
  encodeKept,
  isFormAction,
  type KeptForm,
  keepForm,
  takeKeptForm,
} from '../data/kept-forms';
import { findSession, type Session } from '../data/sessions';
import { findStaffByEmail } from '../data/staff';
import { ownOrigin } from '../http/cors';
import { PRIVATE_HEADERS, sendJson } from '../http/responses';
import { deskPaths } from '../ui/desk-paths';
import type { PageOptions } from '../ui/layout';
import { withNotice } from '../ui/notices';
import { pageShell } from './context';
import { readCookie, sessionCookieName } from './cookies';
import { formPage, fromOwnPage } from './form-origin';
import type { DeskAccess, Grant } from './grant';
import { readForm } from './read-form';
import { seeOther, sendProblem } from './respond';
import type { RequestContext } from './route';
import { signInPage } from './sign-in-page';

/** The bearer token of a request, if it has one. */
export function bearerToken(req: Pick<IncomingMessage, 'headers'>): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
}

/** Whether the desk is served over https (its cookie can then be `__Host-` and Secure). */
export const isSecure = (context: RequestContext) =>
  context.services.config.publicOrigin?.startsWith('https://') === true;

const equal = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The CSRF token of a proxy sign-on user: nothing is stored, so it is derived from the secret. */
export const proxyCsrf = (secret: string, staffId: string) =>
  createHmac('sha256', secret).update(`csrf:${staffId}`).digest('base64url');

/** The signed-in person, by the configured sign-in mode; undefined when there is none. */
async function currentSession(
  context: RequestContext,
): Promise<Session | 'unknown-user' | undefined> {
  const { services, req } = context;
  const now = new Date(services.clock());
  if (services.config.deskAuth === 'proxy') {
    if (!services.desk.trustedProxy(req.socket.remoteAddress)) return undefined;
    const header = req.headers['x-forwarded-email'];
    const email = Array.isArray(header) ? undefined : header?.trim();
    if (!email) return undefined;
    const found = await findStaffByEmail(services.db, email);
    if (!found || found.staff.disabledAt) return 'unknown-user';
    return {
      staff: found.staff,
      csrf: proxyCsrf(services.desk.secret, found.staff.id),
      expiresAt: new Date(now.getTime() + 60_000),
    };
  }
  const cookie = readCookie(req, sessionCookieName(isSecure(context)));
  return findSession(services.db, cookie, now);
}

/**
 * A desk form posted after its session ended, from one of the desk's own pages: the sign-in page,
 * carrying what was typed (kept-forms.ts). False when there is nothing to carry, or the post did
 * not prove where it came from: then it is refused as any signed-out request.
 */
async function signInCarrying(context: RequestContext): Promise<boolean> {
  const { req, res, url, services } = context;
  const own = ownOrigin(req, services.config.publicOrigin);
  if (!isFormAction(url.pathname) || !fromOwnPage(req, own)) return false;
  const read = await readForm(req, services.config.bodyTimeoutMs);
  if (!read.ok) {
    sendProblem(res, read.status, 'Formularen blev afvist', read.reason);
    return true;
  }
  const fields = encodeKept(read.form);
  if (fields === undefined) return false;
  signInPage(context, {
    next: formPage(req, own) ?? deskPaths.home,
    carried: fields === 'too-large' ? fields : { action: url.pathname, fields },
  });
  return true;
}

async function refuseSignedOut(context: RequestContext, page: boolean): Promise<false> {
  const { res, url, services } = context;
  if (!page) {
    sendJson(
      res,
      401,
      { error: 'sign in, or send an API key as a bearer token' },
      {
        ...PRIVATE_HEADERS,
        'WWW-Authenticate': 'Bearer realm="samskab-desk"',
      },
    );
  } else if (services.config.deskAuth === 'proxy') {
    // Nothing to sign in to here: the sign-on proxy should have named the user.
    sendProblem(
      res,
      401,
      'Ikke logget ind',
      'Arbejdsbordet kræver, at du er logget ind via kommunens single sign-on.',
    );
  } else if (context.req.method !== 'POST' || !(await signInCarrying(context))) {
    const next = context.req.method === 'GET' ? `${url.pathname}${url.search}` : deskPaths.home;
    seeOther(res, `${deskPaths.signIn}?next=${encodeURIComponent(next)}`);
  }
  return false;
}

/**
 * A form's one check of where it came from, for every desk form: the staff's (with their CSRF
 * token after it) and the sign-in and set-up forms (`public-form`, where a form from elsewhere
 * would sign the browser in as someone else: login CSRF). A POST whose browser says it came from
 * another origin is refused before its body is read; `shell` puts the refusal in the signed-in
 * person's page. The form, or false once the refusal has been sent.
 */
async function formFromHere(
  context: RequestContext,
  shell: Partial<PageOptions> = {},
): Promise<URLSearchParams | false> {
  const { req, res, services } = context;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== ownOrigin(req, services.config.publicOrigin)) {
    sendProblem(
      res,
      403,
      'Formularen blev afvist',
      'Formularen kom fra en anden hjemmeside end arbejdsbordet.',
      shell,
    );
    return false;
  }
  const read = await readForm(req, services.config.bodyTimeoutMs);
  if (!read.ok) {
    sendProblem(res, read.status, 'Formularen blev afvist', read.reason, shell);
    return false;
  }
  return read.form;
}

/** A form from another site, or one whose page is older than the session, is not obeyed. */
async function checkForm(context: RequestContext, session: Session): Promise<Grant | false> {
  const shell = pageShell(context, session);
  const form = await formFromHere(context, shell);
  if (!form) return false;
  if (!equal(form.get('_csrf') ?? '', session.csrf)) {
    // A page older than this session (signed in again in another tab): what it posted is kept,
    // when it came from the desk's own page, and shown back in its form, as after a sign-in.
    if (await keepForNewerSession(context, form)) return false;
    sendProblem(
      context.res,
      403,
      'Formularen er udløbet',
      'Siden var for gammel til at sende formularen (eller du er logget ind på ny siden). Gå tilbage, genindlæs siden og prøv igen.',
      shell,
    );
    return false;
  }
  return { session, form };
}

async function keepForNewerSession(
  context: RequestContext,
  form: URLSearchParams,
): Promise<boolean> {
  const { req, res, url, services } = context;
  const cookie = readCookie(req, sessionCookieName(isSecure(context)));
  const own = ownOrigin(req, services.config.publicOrigin);
  const fields = encodeKept(form);
  if (!cookie || typeof fields !== 'string' || !isFormAction(url.pathname)) return false;
  if (!fromOwnPage(req, own)) return false;
  const page = formPage(req, own) ?? deskPaths.home;
  const kept = { action: url.pathname, fields: [...new URLSearchParams(fields)], page };
  await keepForm(services.db, cookie, kept, new Date(services.clock()));
  seeOther(res, withNotice(page, 'form-kept'));
  return true;
}

/** On the page signing in led to (`?besked=form-kept`), what was typed before, taken once. */
async function keptFor(context: RequestContext): Promise<{ kept?: KeptForm }> {
  const { req, url, services } = context;
  if (services.config.deskAuth === 'proxy' || url.searchParams.get('besked') !== 'form-kept')
    return {};
  const cookie = readCookie(req, sessionCookieName(isSecure(context)));
  const kept = await takeKeptForm(services.db, cookie, new Date(services.clock()));
  return kept ? { kept } : {};
}

async function staffAccess(
  context: RequestContext,
  page: boolean,
  adminOnly: boolean,
): Promise<Grant | false> {
  const session = await currentSession(context);
  if (session === 'unknown-user') {
    sendProblem(
      context.res,
      403,
      'Ingen adgang',
      'Din bruger har ikke adgang til arbejdsbordet. Bed en administrator om at oprette dig.',
    );
    return false;
  }
  if (!session) return refuseSignedOut(context, page);
  if (adminOnly && session.staff.role !== 'admin') {
    sendProblem(
      context.res,
      403,
      'Kun for administratorer',
      'Denne side kan kun bruges af administratorer.',
      pageShell(context, session),
    );
    return false;
  }
  return context.req.method === 'POST'
    ? checkForm(context, session)
    : { session, ...(await keptFor(context)) };
}

export const DESK_ACCESS_CHECKS: Readonly<
  Record<DeskAccess, (context: RequestContext, page: boolean) => Promise<Grant | false>>
> = {
  staff: (context, page) => staffAccess(context, page, false),
  admin: (context, page) => staffAccess(context, page, true),
  'public-form': async (context) => {
    if (context.req.method !== 'POST') return {};
    const form = await formFromHere(context);
    return form && { form };
  },
  export: async (context, page) => {
    const presented = bearerToken(context.req);
    if (presented !== undefined) {
      const key = await checkApiKey(
        context.services.db,
        presented,
        new Date(context.services.clock()),
      );
      if (key) return { apiKey: { id: key.id, name: key.name } };
      return refuseSignedOut(context, false);
    }
    return staffAccess(context, page, false);
  },
};
