// The Danish label table (../labels.ts): the words the desk, its exports and the mails use for
// each code, and the widget's words for the same codes. The server reads these, never a copy of
// its own. The widget never imports this file.
import { labelTable } from '../labels';
import { answer } from './answer';
import { statusLabels } from './status';

export const labels = labelTable(
  {
    kind: { need: 'Behov', proposal: 'Forslag', offer: 'Tilbud' },
    kindHeading: {
      need: 'Behov – hvad de ser',
      proposal: 'Forslag til løsninger',
      offer: 'Tilbud om ressourcer',
    },
    source: {
      widget: 'Hjemmesiden',
      extension: 'Browserudvidelsen',
      desk: 'Registreret på arbejdsbordet',
    },
  },
  statusLabels,
  answer,
);
