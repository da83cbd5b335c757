// Danish strings of "what others said" and joining in (protocol 1.1): loaded only with the chunk
// that shows them. This catalogue sets the keys; the English one (../en/others.ts) must have the same.
export const others = {
  heading: 'Det har andre sagt',
  counts: 'Svar indtil nu: {need} om hvad de ser, {proposal} forslag, {offer} tilbud.',
  outcome: 'Det kom der ud af det',
  updates: 'Nyt fra kommunen',
  published: 'Svar, kommunen har offentliggjort',
  'kind.need': 'Det ser jeg',
  'kind.proposal': 'Forslag',
  'kind.offer': 'Tilbud',
  from: 'Fra {organisation}',
  status: 'Status: {status}',
  reply: 'Kommunens svar:',
  seeksHelp: 'Forslaget søger folk, der vil hjælpe med at føre det ud i livet.',
  help: 'Jeg vil gerne hjælpe',
  joining: 'Dit tilbud bliver knyttet til forslaget {reference}: “{title}”.',
};

export type OthersMessages = Record<keyof typeof others, string>;
