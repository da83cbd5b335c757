// One path for nginx and the receiver. nginx picks a `location` (and with it the headers it clears
// and the sign-on it asks for) from the request's path after decoding it, merging "//" and
// resolving "." and ".."; with `proxy_pass` naming no path it then sends the receiver the request
// target exactly as the client wrote it. The receiver reads that target with WHATWG `new URL`,
// which reads it differently: "\" is "/", "%2e" is ".", tabs and newlines vanish, "//" stays. So
// `GET /widget/..\desk\staff` was the widget to nginx and the desk to the receiver. Every target
// on which the two could differ is refused here, from the raw `req.url`, before anything routes:
//
//   in the path                  nginx 1.22 matches a location on   WHATWG URL reads    here
//   "\" or %5C                   an ordinary character              "\" as "/"          refused
//   a "." or ".." segment        the path with it resolved          it resolved         refused
//   %2E (".")                    it decoded, then resolved          "%2e" as "."        refused
//   %2F ("/")                    it decoded to "/"                  it encoded          refused
//   "//" (an empty segment)      it merged to "/" (merge_slashes)   it kept             refused
//   %00-%1F, %7F                 %00 refused, the others decoded    them encoded        refused
//   %41 etc. (A-Z a-z 0-9 - _ ~) it decoded                         it encoded          refused
//   "%" without 2 hex digits     refused                            it as it is         refused
//   "#"                          the path up to it                  the path up to it   refused
//   ";"                          an ordinary character              an ordinary one     routed
//   in the whole target
//   control, space, non-ASCII    refused                            tab, CR, LF removed refused
//   "*" (asterisk-form)          refused                            -                   refused
//   http://host/p (absolute)     /p, and sends only /p on           -                   /p routed
//
// After these, the receiver routes the very text nginx matched: route paths hold no "%", and no
// encoded character is one a route path holds, so a path that routes to a route is that route's
// path to nginx as well. server/http/static.ts keeps refusing "..", encoded slashes and NUL in file
// paths as a second line.

/** The target to route, in origin-form (`/path?query`), or why it is refused (a 400). */
export type RequestTarget =
  | { readonly ok: true; readonly target: string }
  | { readonly ok: false; readonly reason: string };

/** What a path may not hold, with the reason the 400 gives. */
const PATH_RULES: readonly { readonly refuses: RegExp; readonly reason: string }[] = [
  { refuses: /\\/, reason: 'a backslash' },
  { refuses: /%(?![0-9A-Fa-f]{2})/, reason: 'a "%" that does not start a percent-encoding' },
  { refuses: /%(?:2[EeFf]|5[Cc])/, reason: 'an encoded ".", "/" or "\\"' },
  { refuses: /%(?:[01][0-9A-Fa-f]|7[Ff])/, reason: 'an encoded control character' },
  {
    refuses: /%(?:3[0-9]|4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|2[Dd]|5[Ff]|7[Ee])/,
    reason: 'an encoded letter, digit, "-", "_" or "~"',
  },
  { refuses: /\/\.{1,2}(?:\/|$)/, reason: 'a "." or ".." segment' },
  { refuses: /\/\//, reason: 'an empty segment ("//")' },
];

/** `http://host` or `https://host` in front of an absolute-form target's path. */
const ABSOLUTE_FORM = /^https?:\/\/[^/?#\\]*/i;

const refused = (reason: string): RequestTarget => ({
  ok: false,
  reason: `request target refused: ${reason}`,
});

/**
 * `raw` (a request's `req.url`, as the client sent it) as the receiver routes it, or why it is
 * refused. Only absolute-form is rewritten (to the path and query it names); anything else is
 * routed exactly as received or refused.
 */
export function canonicalTarget(raw: string | undefined): RequestTarget {
  let target = raw ?? '/';
  // Node's parser already refuses most of these; the check does not depend on it.
  if (/[^\x21-\x7e]/.test(target)) {
    return refused('a control character, space or non-ASCII character');
  }
  if (target.includes('#')) return refused('a "#"');
  const absolute = ABSOLUTE_FORM.exec(target);
  if (absolute) {
    target = target.slice(absolute[0].length);
    if (target === '' || target.startsWith('?')) target = `/${target}`;
  }
  if (!target.startsWith('/')) return refused('not a path');
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  const broken = PATH_RULES.find((rule) => rule.refuses.test(path));
  return broken ? refused(`${broken.reason} in the path`) : { ok: true, target };
}
