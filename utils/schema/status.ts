// What became of an answer: one vocabulary for the desk, the feed, the status URL and the widget
// (protocol 1.1). Labels per locale live in the catalogues.
import * as z from 'zod/mini';

export const ANSWER_STATUSES = [
  'received',
  'in-review',
  'taken-forward',
  'not-taken-forward',
  'done',
] as const;
export const AnswerStatus = z.enum(ANSWER_STATUSES);
export type AnswerStatus = z.infer<typeof AnswerStatus>;
