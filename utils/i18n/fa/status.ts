// What became of an answer, in Farsi (the Danish file sets the wording).
import type { AnswerStatus } from '../../schema/status';

export const statusLabels: Record<AnswerStatus, string> = {
  received: 'تازه',
  'in-review': 'در حال بررسی',
  'taken-forward': 'روی آن کار می‌شود',
  'not-taken-forward': 'انتخاب نشد',
  done: 'انجام شد',
};
