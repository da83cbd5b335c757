// The Danish names of a challenge's fields, for its page and its history ("Redigerede
// udfordringen: titel, svarfrist"). Typed by the contract, so a new field needs its name here.
import type { Challenge } from '../../../../utils/schema/challenge';

export const FIELD_LABELS: Record<keyof Challenge, string> = {
  id: 'Id',
  title: 'Titel',
  framing: 'Sådan ser kommunen udfordringen',
  questions: 'Spørgsmål',
  seeking: 'Slags svar',
  resourcesWanted: 'Ressourcer der især søges',
  area: 'Område',
  theme: 'Tema',
  deadline: 'Svarfrist',
  status: 'Status',
  allowAnonymous: 'Svar uden navn',
  contact: 'Kontaktperson',
  url: 'Adresse på hjemmesiden',
  translations: 'Oversættelser',
};
