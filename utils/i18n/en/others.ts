// English strings of "what others said" and joining in (the Danish file sets the keys).
import type { OthersMessages } from '../da/others';

export const others: OthersMessages = {
  heading: 'What others said',
  counts: 'Answers so far: {need}, {proposal}, {offer}.',
  'count.need': { one: '{count} on what they see', other: '{count} on what they see' },
  'count.proposal': { one: '{count} proposal', other: '{count} proposals' },
  'count.offer': { one: '{count} offer of help', other: '{count} offers of help' },
  outcome: 'What came of it',
  updates: 'News from the municipality',
  published: 'Answers the municipality shows',
  'kind.need': 'What I see',
  'kind.proposal': 'Proposal',
  'kind.offer': 'Offer of help',
  from: 'From {organisation}',
  status: 'Status: {status}',
  reply: "The municipality's message:",
  seeksHelp: 'This proposal needs people to help get it started.',
  help: 'I would like to help',
  joining: 'Your offer goes with the proposal {reference}: “{title}”.',
};
