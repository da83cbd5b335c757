// Ukrainian strings of an answer's status in "Dine svar": the keys of ../da/followup.ts.
import type { FollowupMessages } from '../da/followup';

export const followup: FollowupMessages = {
  status: 'Стан',
  changed: 'Нове',
  reply: 'Відповідь комуни',
  updatedAt: 'оновлено {time}',
  gone: 'Комуна видалила цю відповідь.',
};
