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
