// The desk's, the exports' and the mails' words for the codes: the Danish label table
// (utils/i18n/da/labels.ts), under the names the server's pages use. Never a copy of its own.
import { labels } from '../../utils/i18n/da/labels';
import type { Kind } from '../../utils/kinds';

export const KIND_LABELS = labels.kind;
export const KIND_HEADINGS = labels.kindHeading;
export const SOURCE_LABELS = labels.source;
export const STATUS_LABELS = labels.status;
export const ACTOR_LABELS = labels.actor;
export const RESOURCE_LABELS = labels.resource;

/** The kind in running text: "et behov", "forslaget". */
export const kindNoun = (kind: Kind) => KIND_LABELS[kind].toLocaleLowerCase('da');

/** A yes-or-no fact. */
export const yesNo = (value: boolean) => (value ? 'Ja' : 'Nej');

/** Where an answer came from, in words; a source this receiver does not know by its code. */
export const sourceLabel = (code: string): string =>
  (SOURCE_LABELS as Readonly<Record<string, string | undefined>>)[code] ?? code;
