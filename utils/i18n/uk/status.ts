// What became of an answer, in Ukrainian (the Danish file sets the wording).
import type { AnswerStatus } from '../../schema/status';

export const statusLabels: Record<AnswerStatus, string> = {
  received: 'Нова',
  'in-review': 'На розгляді',
  'taken-forward': 'Працюємо далі',
  'not-taken-forward': 'Не вибрано',
  done: 'Виконано',
};
