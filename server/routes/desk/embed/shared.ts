// What the embed area's pages share: where they are, and the widget's languages as the desk names
// them.
import type { EmbedLocale } from '../../../ui/embed-snippet';

export const EMBED_SECTION = '/desk/embed';
export const SITES_PATH = '/desk/embed/sites';
export const ALLOW_PATH = '/desk/embed/sites/allow';

export const LOCALES: readonly (readonly [EmbedLocale, string])[] = [
  ['da', 'Dansk'],
  ['en', 'English'],
];

/** The embed page with one challenge chosen (a challenge's desk page links to it). */
export const embedPath = (challenge?: string) =>
  challenge ? `${EMBED_SECTION}?challenge=${encodeURIComponent(challenge)}` : EMBED_SECTION;

/** The widget alone, as the snippet would show it, for the embed page's frames. */
export const previewPath = (challenge: string | undefined, locale: EmbedLocale) =>
  `${EMBED_SECTION}/preview?${new URLSearchParams({ ...(challenge && { challenge }), locale })}`;

export const embedTrail = (here: string) => [
  { href: '/desk', label: 'Overblik' },
  { href: EMBED_SECTION, label: 'Indlejr' },
  { label: here },
];
