// The English label table (../labels.ts), for translators and the glossary; the Danish file sets
// the wording.
import { labelTable } from '../labels';
import { answer } from './answer';
import { statusLabels } from './status';

export const labels = labelTable(
  {
    kind: { need: 'Need', proposal: 'Proposal', offer: 'Offer' },
    kindHeading: {
      need: 'Needs – what people see',
      proposal: 'Proposed solutions',
      offer: 'Offers of resources',
    },
    source: {
      widget: 'The website',
      extension: 'The browser extension',
      desk: 'Registered at the desk',
    },
  },
  statusLabels,
  answer,
);
