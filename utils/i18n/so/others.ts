// Somali strings of "what others said" and joining in: the keys of ../da/others.ts.
import type { OthersMessages } from '../da/others';

export const others: OthersMessages = {
  heading: 'Waxa dadka kale yiraahdeen',
  counts: 'Jawaabaha ilaa hadda: {need}, {proposal}, {offer}.',
  'count.need': {
    one: '{count} ku saabsan waxay arkaan',
    other: '{count} ku saabsan waxay arkaan',
  },
  'count.proposal': {
    one: '{count} soo jeedin',
    other: '{count} soo jeedin',
  },
  'count.offer': {
    one: '{count} dalab caawimo',
    other: '{count} dalab caawimo',
  },
  outcome: 'Maxaa ka soo baxay',
  updates: 'War ka yimid dawladda hoose',
  published: 'Jawaabaha ay dawladda hoose muujiso',
  'kind.need': 'Waxaan arkaa',
  'kind.proposal': 'Soo jeedin',
  'kind.offer': 'Dalab caawimo',
  from: 'Ka yimid {organisation}',
  status: 'Xaaladda: {status}',
  reply: 'Jawaabta dawladda hoose:',
  seeksHelp: 'Soo jeedintan waxay u baahan tahay dad ka caawiya in la bilaabo.',
  help: 'Waxaan rabaa inaan caawiyo',
  joining: 'Dalabkaaga caawimo wuxuu la socdaa soo jeedinta {reference}: “{title}”.',
};
