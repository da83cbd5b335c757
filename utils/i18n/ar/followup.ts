// Arabic strings of an answer's status in "Dine svar": the keys of ../da/followup.ts.
import type { FollowupMessages } from '../da/followup';

export const followup: FollowupMessages = {
  status: 'الحالة',
  changed: 'جديد',
  reply: 'رد البلدية',
  updatedAt: 'حُدّث {time}',
  gone: 'حذفت البلدية الرد.',
};
