// Danish strings of "what others said" and joining in (protocol 1.1): loaded only with the chunk
// that shows them. This catalogue sets the keys; every other language's others.ts has the same.
import type { CatalogueOf, Messages } from '../index';

export const others = {
  heading: 'Det har andre sagt',
  /** "Svar indtil nu: 3 om hvad de ser, 1 forslag, 2 tilbud om hjælp." The counts below fill it. */
  counts: 'Svar indtil nu: {need}, {proposal}, {offer}.',
  'count.need': { one: '{count} om hvad de ser', other: '{count} om hvad de ser' },
  'count.proposal': { one: '{count} forslag', other: '{count} forslag' },
  'count.offer': { one: '{count} tilbud om hjælp', other: '{count} tilbud om hjælp' },
  outcome: 'Det kom der ud af det',
  updates: 'Nyt fra kommunen',
  published: 'Svar, som kommunen viser',
  'kind.need': 'Det ser jeg',
  'kind.proposal': 'Forslag',
  'kind.offer': 'Tilbud om hjælp',
  from: 'Fra {organisation}',
  status: 'Status: {status}',
  reply: 'Kommunens besked:',
  seeksHelp: 'Forslaget mangler folk, der vil hjælpe med at sætte det i gang.',
  help: 'Jeg vil gerne hjælpe',
  joining: 'Dit tilbud hører til forslaget {reference}: “{title}”.',
} satisfies Messages;

export type OthersMessages = CatalogueOf<typeof others>;
