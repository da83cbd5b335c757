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
