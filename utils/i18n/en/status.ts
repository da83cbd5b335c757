// What became of an answer, in English (the Danish file sets the wording).
import type { AnswerStatus } from '../../schema/status';

export const statusLabels: Record<AnswerStatus, string> = {
  received: 'New',
  'in-review': 'Under review',
  'taken-forward': 'Taken forward',
  'not-taken-forward': 'Not taken forward',
  done: 'Done',
};
