import type { ActorType, Kind, ResourceType } from '../utils/schema/index';

/** Danish names for the inbox and the CSV header; the municipality reads these, not the codes. */
export const KIND_LABELS: Record<Kind, string> = {
  need: 'Behov – hvad de ser',
  proposal: 'Forslag til løsninger',
  offer: 'Tilbud om ressourcer',
};

export const ACTOR_LABELS: Record<ActorType, string> = {
  citizen: 'Borger',
  volunteer: 'Frivillig',
  relative: 'Pårørende',
  association: 'Forening',
  business: 'Virksomhed',
  'informal-group': 'Uformel sammenslutning',
  other: 'Andet',
};

export const RESOURCE_LABELS: Record<ResourceType, string> = {
  time: 'Tid',
  skills: 'Kompetencer',
  venue: 'Lokaler',
  equipment: 'Udstyr',
  network: 'Netværk',
  funding: 'Økonomi',
  other: 'Andet',
};
