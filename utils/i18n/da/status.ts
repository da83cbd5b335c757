// What became of an answer, in Danish: the desk's words and the citizen's (protocol 1.1). A file
// of its own, so the widget loads it only with the chunk that shows statuses.
import type { AnswerStatus } from '../../schema/status';

export const statusLabels: Record<AnswerStatus, string> = {
  received: 'Ny',
  'in-review': 'Under behandling',
  'taken-forward': 'Arbejdes videre med',
  'not-taken-forward': 'Ikke valgt',
  done: 'Gennemført',
};

/**
 * What each status means to the person who sent the answer, one sentence each: the status page
 * (server/web/status-page.ts) shows it under the status.
 */
export const statusMeanings: Record<AnswerStatus, string> = {
  received: 'Dit svar er kommet frem, men kommunen har ikke set på det endnu.',
  'in-review': 'Kommunen er i gang med at se på dit svar.',
  'taken-forward': 'Kommunen arbejder videre med dit svar.',
  'not-taken-forward': 'Kommunen har valgt ikke at arbejde videre med dit svar denne gang.',
  done: 'Det, dit svar handlede om, er gennemført.',
};
