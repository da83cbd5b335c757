import * as z from 'zod/mini';
import type { WidgetKey } from '../config-keys';
import { LOCALES } from '../i18n/languages';
import { RemoteUrl, Slug } from './common';

export { LOCALES };
export const WidgetLocale = z.enum(LOCALES);
export type WidgetLocale = z.infer<typeof WidgetLocale>;

/**
 * `light` (the default: the widget sits on the host's page, which is light more often than the
 * visitor's system), `dark`, or `auto` (follows the visitor's system, `prefers-color-scheme`).
 */
export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;

/**
 * What a page may configure on a mount element or the script tag (`data-*` attributes, or the
 * object given to `Samskab.mount`). Keys are the attribute names without `data-`.
 */
export const WidgetConfig = z.object({
  endpoint: RemoteUrl,
  challenges: z.optional(RemoteUrl),
  challenge: z.optional(Slug),
  locale: z.optional(WidgetLocale),
  /** The municipality's privacy notice, linked beside the form's consent. */
  privacyUrl: z.optional(RemoteUrl),
  colorScheme: z.optional(z.enum(COLOR_SCHEMES)),
  /**
   * A JSON file of the municipality's own wording, which replaces catalogue strings (README,
   * "Languages"). Fetched from the page, so its origin must be in the page's CSP `connect-src`.
   */
  strings: z.optional(RemoteUrl),
} satisfies Record<WidgetKey, z.ZodMiniType>);
export type WidgetConfig = z.infer<typeof WidgetConfig>;
