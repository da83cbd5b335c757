import type * as z from 'zod/mini';

export interface Issue {
  /** Dotted, like `author.email` or `questions.2`; `(root)` for the body as a whole. */
  readonly path: string;
  readonly message: string;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
}
