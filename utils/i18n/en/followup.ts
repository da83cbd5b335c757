// English strings of an answer's status in "Your answers": the keys of ../da/followup.ts.
import type { FollowupMessages } from '../da/followup';

export const followup: FollowupMessages = {
  status: 'Status',
  changed: 'New',
  reply: "The municipality's message",
  updatedAt: 'updated {time}',
  gone: 'The municipality has deleted the answer.',
};
