// Danish strings of what "Dine svar" says about what became of an answer (protocol 1.1): loaded
// only with the status chunk. The English file (../en/followup.ts) has the same keys.
import type { CatalogueOf, Messages } from '../index';

export const followup = {
  status: 'Status',
  changed: 'Nyt',
  reply: 'Kommunens besked',
  updatedAt: 'opdateret {time}',
  gone: 'Kommunen har slettet svaret.',
} satisfies Messages;

export type FollowupMessages = CatalogueOf<typeof followup>;
