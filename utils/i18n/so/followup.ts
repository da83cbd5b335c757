// Somali strings of an answer's status in "Dine svar": the keys of ../da/followup.ts.
import type { FollowupMessages } from '../da/followup';

export const followup: FollowupMessages = {
  status: 'Xaaladda',
  changed: 'Cusub',
  reply: 'Jawaabta dawladda hoose',
  updatedAt: 'la cusboonaysiiyay {time}',
  gone: 'Dawladda hoose waxay tirtirtay jawaabta.',
};
