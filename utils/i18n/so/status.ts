// What became of an answer, in Somali (the Danish file sets the wording).
import type { AnswerStatus } from '../../schema/status';

export const statusLabels: Record<AnswerStatus, string> = {
  received: 'Cusub',
  'in-review': 'Waa la eegayaa',
  'taken-forward': 'Waa laga shaqaynayaa',
  'not-taken-forward': 'Lama dooran',
  done: 'Waa la dhammeeyay',
};
