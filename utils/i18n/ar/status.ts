// What became of an answer, in Arabic (the Danish file sets the wording).
import type { AnswerStatus } from '../../schema/status';

export const statusLabels: Record<AnswerStatus, string> = {
  received: 'جديد',
  'in-review': 'قيد المراجعة',
  'taken-forward': 'سنعمل عليه',
  'not-taken-forward': 'لم يُختر',
  done: 'تم تنفيذه',
};
