// The widget's configuration keys, in one place: the `data-<key>` attributes on the script tag and
// mount elements, and the keys of the object given to `Samskab.mount`. The widget's reader, the
// config schema, the extension's detector and its message schema all take them from here, so a
// new key is this one edit plus its use (its schema in `schema/config.ts` does not compile
// without it). No imports: the detector that reads them is serialised into web pages.
// `privacyUrl` is `data-privacy-url`, `colorScheme` is `data-color-scheme` (the dataset's spelling).
export const CONFIG_KEYS = [
  'endpoint',
  'challenges',
  'challenge',
  'locale',
  'privacyUrl',
  'colorScheme',
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/**
 * The widget's keys besides: `strings`, the municipality's own wording (README, "Languages").
 * The extension never reads it: a page may say what it offers, never how the extension speaks
 * (design §4), so its detector does not even look.
 */
export const WIDGET_KEYS = [...CONFIG_KEYS, 'strings'] as const;
export type WidgetKey = (typeof WIDGET_KEYS)[number];
