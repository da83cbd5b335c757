// English strings of "what others said" and joining in (the Danish file sets the keys).
import type { OthersMessages } from '../da/others';

export const others: OthersMessages = {
  heading: 'What others said',
  counts: 'Answers so far: {need} on what they see, {proposal} proposals, {offer} offers.',
  outcome: 'What came of it',
  updates: 'News from the municipality',
  published: 'Answers the municipality has published',
  'kind.need': 'What I see',
  'kind.proposal': 'Proposal',
  'kind.offer': 'Offer',
  from: 'From {organisation}',
  status: 'Status: {status}',
  reply: "The municipality's reply:",
  seeksHelp: 'This proposal is looking for people to help carry it out.',
  help: 'I would like to help',
  joining: 'Your offer will be linked to the proposal {reference}: “{title}”.',
};
