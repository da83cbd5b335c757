// The one way a zod issue is put into words: the receiver's 422 body, a skipped feed item's
// console warning and the extension's "invalid message" reply all name the field the same way.
import type * as z from 'zod/mini';

export interface Issue {
  /** Dotted, like `author.email` or `questions.2`; the `root` name for the value as a whole. */
  readonly path: string;
  readonly message: string;
}

type ZodIssue = z.core.$ZodIssue;

/** `root` names the whole value when the issue is about it rather than a field: `(root)`, `(item)`… */
export const issuePath = (issue: Pick<ZodIssue, 'path'>, root = '(root)'): string =>
  issue.path.length > 0 ? issue.path.map(String).join('.') : root;

export function formatIssues(issues: readonly ZodIssue[], root?: string): Issue[] {
  return issues.map((issue) => ({ path: issuePath(issue, root), message: issue.message }));
}

/** One line, `path: message; path: message`, of at most `limit` issues (default: all). */
export function describeIssues(
  issues: readonly ZodIssue[],
  options: { root?: string; limit?: number } = {},
): string {
  return formatIssues(issues.slice(0, options.limit ?? issues.length), options.root)
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join('; ');
}

const IN_WORDS = {
  da: { missing: '{path} mangler', wrong: '{path} er forkert ({message})' },
  en: { missing: '{path} is missing', wrong: '{path} is wrong ({message})' },
};

/** The value at an issue's path, read through own properties only. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * For a webmaster fixing a feed: each issue in words, "url mangler" for a field that is not there
 * and "deadline er forkert (…)" for one that is, in Danish or English; `input` is the value that
 * was checked, to tell the two apart.
 */
export function describeInWords(
  issues: readonly ZodIssue[],
  input: unknown,
  options: { locale?: 'da' | 'en'; root?: string; limit?: number } = {},
): string {
  const words = IN_WORDS[options.locale ?? 'en'];
  return issues
    .slice(0, options.limit ?? issues.length)
    .map((issue) => {
      const path = issuePath(issue, options.root);
      const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined;
      return (missing ? words.missing : words.wrong)
        .replace('{path}', path)
        .replace('{message}', issue.message);
    })
    .join('; ');
}
