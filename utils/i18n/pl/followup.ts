// Polish strings of an answer's status in "Dine svar": the keys of ../da/followup.ts.
import type { FollowupMessages } from '../da/followup';

export const followup: FollowupMessages = {
  status: 'Stan',
  changed: 'Nowe',
  reply: 'Odpowiedź gminy',
  updatedAt: 'zaktualizowano {time}',
  gone: 'Gmina usunęła tę odpowiedź.',
};
