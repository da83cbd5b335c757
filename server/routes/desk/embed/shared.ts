// What the embed area's pages share: links to them, and the widget's languages as the desk names
// them.
import { deskPaths } from '../../../ui/desk-paths';
import type { EmbedLocale } from '../../../ui/embed-snippet';

export const LOCALES: readonly (readonly [EmbedLocale, string])[] = [
  ['da', 'Dansk'],
  ['en', 'English'],
];

/** The embed page with one challenge chosen (a challenge's desk page links to it). */
export const embedPath = (challenge?: string) =>
  challenge ? `${deskPaths.embed}?challenge=${encodeURIComponent(challenge)}` : deskPaths.embed;

/** The widget alone, as the snippet would show it, for the embed page's frames. */
export const previewPath = (challenge: string | undefined, locale: EmbedLocale) =>
  `${deskPaths.embedPreview}?${new URLSearchParams({ ...(challenge && { challenge }), locale })}`;

export const embedTrail = (here: string) => [
  { href: deskPaths.home, label: 'Overblik' },
  { href: deskPaths.embed, label: 'Indlejr' },
  { label: here },
];
