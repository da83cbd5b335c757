import { deskHeadings } from '../../utils/i18n/da/answer';
import { statusLabels } from '../../utils/i18n/da/status';
import type { ActorType, Kind, ResourceType } from '../../utils/schema/index';

/** Danish names for the desk and its exports; the municipality reads these, not the codes. */
// The kinds' names stand in the Danish catalogue beside the widget's labels for each kind, so that
// a new kind is written in its table and its two catalogues only.
export const KIND_LABELS: Record<Kind, string> = deskHeadings;

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

/** The desk's words for what became of an answer: the Danish catalogue's, as citizens see them. */
export const STATUS_LABELS = statusLabels;
