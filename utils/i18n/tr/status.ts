// What became of an answer, in Turkish (the Danish file sets the wording).
import type { AnswerStatus } from '../../schema/status';

export const statusLabels: Record<AnswerStatus, string> = {
  received: 'Yeni',
  'in-review': 'İnceleniyor',
  'taken-forward': 'Üzerinde çalışılıyor',
  'not-taken-forward': 'Seçilmedi',
  done: 'Tamamlandı',
};
