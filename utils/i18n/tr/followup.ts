// Turkish strings of an answer's status in "Dine svar": the keys of ../da/followup.ts.
import type { FollowupMessages } from '../da/followup';

export const followup: FollowupMessages = {
  status: 'Durum',
  changed: 'Yeni',
  reply: 'Belediyenin yanıtı',
  updatedAt: 'güncellendi {time}',
  gone: 'Belediye yanıtı sildi.',
};
