import { randomUUID } from 'node:crypto';
import type { ChallengeInput, Submission } from '../../utils/schema/index';

/** A valid envelope of each kind; tests change one field at a time. */
export function validSubmission(kind: Submission['kind'] = 'need'): Submission {
  const base = {
    id: randomUUID(),
    schemaVersion: 1 as const,
    challenge: {
      id: 'ensomhed-lunde',
      title: 'Færre ensomme aftener for ældre i Lunde',
      url: 'https://kommune.example/samskab/ensomhed-lunde',
    },
    text: {
      title: 'Købmandsgården står tom om aftenen',
      body: 'Min mor på 84 sidder alene hver aften.\nHun ville elske et sted at drikke kaffe med andre.',
    },
    author: { actorType: 'relative' as const, name: 'Karen Jensen', email: 'karen@example.dk' },
    consent: { contact: true, textVersion: 'da-2026-11' },
    locale: 'da',
    pageUrl: 'https://kommune.example/samskab',
    source: 'widget' as const,
    clientVersion: '0.1.0',
    createdAt: '2026-11-24T09:00:00.000Z',
    submittedAt: '2026-11-24T09:05:00.000Z',
  };
  if (kind === 'offer') {
    return {
      ...base,
      kind,
      author: { actorType: 'association', organisation: 'Lunde Borgerforening' },
      consent: { contact: false, textVersion: 'da-2026-11' },
      offer: { resourceType: 'venue', availability: 'Tirsdag aften', area: 'Lunde' },
    };
  }
  return { ...base, kind, canHelpImplement: kind === 'proposal' };
}

/** A challenge that takes no anonymous answers, like "cykelture-for-beboere" in the sample. */
export const NAMED_ONLY_CHALLENGE: ChallengeInput = {
  id: 'cykelture-for-beboere',
  title: 'Cykelture for beboere, der ikke selv kan cykle',
  framing: 'Flere plejecentre har fået rickshaw-cykler, men de står stille.',
  seeking: ['offer'],
  allowAnonymous: false,
  url: 'https://kommune.example/samskab/cykelture',
};
