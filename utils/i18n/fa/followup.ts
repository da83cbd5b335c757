// Farsi strings of an answer's status in "Dine svar": the keys of ../da/followup.ts.
import type { FollowupMessages } from '../da/followup';

export const followup: FollowupMessages = {
  status: 'وضعیت',
  changed: 'تازه',
  reply: 'پاسخ شهرداری',
  updatedAt: 'به‌روز شده {time}',
  gone: 'شهرداری پاسخ را پاک کرده است.',
};
