// What became of an answer, in Polish (the Danish file sets the wording).
import type { AnswerStatus } from '../../schema/status';

export const statusLabels: Record<AnswerStatus, string> = {
  received: 'Nowa',
  'in-review': 'W trakcie sprawdzania',
  'taken-forward': 'Dalsze prace',
  'not-taken-forward': 'Nie wybrano',
  done: 'Zrealizowano',
};
