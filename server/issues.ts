import * as z from 'zod/mini';

export interface Issue {
  /** Dotted, like `author.email` or `questions.2`; `(root)` for the body as a whole. */
  readonly path: string;
  readonly message: string;
}

/**
 * English messages for zod/mini, which has none of its own ("Invalid input"); passed per parse
 * rather than set globally, so the widget's bundle and locale are not touched.
 */
export const englishErrors = { error: z.locales.en().localeError };

export function formatIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
}
