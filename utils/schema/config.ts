import * as z from 'zod/mini';
import type { ConfigKey } from '../config-keys';
import { LANGUAGE_CODES } from '../languages';
import { RemoteUrl, Slug } from './common';

export const LOCALES = ['da', 'en'] as const;
export const WidgetLocale = z.enum(LOCALES);
export type WidgetLocale = z.infer<typeof WidgetLocale>;

/**
 * What a page may configure on a mount element or the script tag (`data-*` attributes, or the
 * object given to `Samskab.mount`). Keys are the attribute names without `data-`.
 */
export const WidgetConfig = z.object({
  endpoint: RemoteUrl,
  challenges: z.optional(RemoteUrl),
  challenge: z.optional(Slug),
  /**
   * Any supported language (utils/languages.ts): the challenges' own texts come in it where the
   * feed has them (protocol 1.3); the interface's words are Danish or English (`pickLocale`).
   */
  locale: z.optional(z.enum(LANGUAGE_CODES)),
  /** The municipality's privacy notice, linked beside the form's consent. */
  privacyUrl: z.optional(RemoteUrl),
} satisfies Record<ConfigKey, z.ZodMiniType>);
export type WidgetConfig = z.infer<typeof WidgetConfig>;
