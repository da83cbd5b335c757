// What desk handlers read from a request whose access check passed (server/web/desk-access.ts): the
// signed-in person, the posted form, the time. A desk handler on a route without desk access is a
// programming error, said loudly rather than answered as someone.

import type { Session } from '../data/sessions';
import type { PageOptions } from '../ui/layout';
import { noticeFrom } from '../ui/notices';
import type { RequestContext } from './route';

export function sessionOf(context: RequestContext): Session {
  if (!context.session)
    throw new Error(`${context.url.pathname}: a desk handler without a session`);
  return context.session;
}

export function formOf(context: RequestContext): URLSearchParams {
  if (!context.form) throw new Error(`${context.url.pathname}: a desk form handler without a form`);
  return context.form;
}

export const nowOf = (context: RequestContext) => new Date(context.services.clock());

/**
 * The parts of every desk page that come from the request: the shell, a notice, the section, what
 * was typed before the session ended (to fill back in), and whether the browser keeps unsent text
 * itself (with a sign-on proxy, which takes a post whose session ended before the desk sees it).
 */
export function pageBasics(
  context: RequestContext,
  section: string,
): Pick<PageOptions, 'staff' | 'csrf' | 'menu' | 'notice' | 'section' | 'kept' | 'keepTyped'> {
  return {
    ...pageShell(context, sessionOf(context)),
    notice: noticeFrom(context.url),
    section,
    kept: context.kept,
    keepTyped: context.services.config.deskAuth === 'proxy',
  };
}

/** What every page for a signed-in person shows: who, the CSRF token its forms carry, the menu. */
export const pageShell = (
  context: RequestContext,
  session: Session,
): Pick<PageOptions, 'staff' | 'csrf' | 'menu'> => ({
  staff: session.staff,
  csrf: session.csrf,
  menu: context.services.desk.menu,
});

/** A path segment from the route (`:id`), decoded; undefined when it is not valid UTF-8. */
export function param(context: RequestContext, name: string): string | undefined {
  try {
    return decodeURIComponent(context.params[name] ?? '');
  } catch {
    return undefined;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id from the path that can be looked up as a uuid; undefined for anything else. */
export const uuidParam = (context: RequestContext, name: string) => {
  const value = param(context, name);
  return value && UUID.test(value) ? value.toLowerCase() : undefined;
};
