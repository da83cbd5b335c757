// The volunteer's profile and preferences, kept in `storage.local`. Only extension pages read
// them; nothing here ever reaches a web page or a content script.
import * as z from 'zod/mini';
import type { AnswerFields } from '../utils/answer-form';
import { LOCALES, type Locale } from '../utils/i18n/languages';
import { ActorType, text } from '../utils/schema/common';
import { WidgetLocale } from '../utils/schema/config';
import { EMAIL_MAX, NAME_MAX, ORGANISATION_MAX, PHONE_MAX } from '../utils/schema/limits';

export const Profile = z.object({
  name: text(NAME_MAX),
  organisation: text(ORGANISATION_MAX),
  actorType: ActorType,
  email: text(EMAIL_MAX),
  phone: text(PHONE_MAX),
});
export type Profile = z.infer<typeof Profile>;

export const Settings = z.object({
  profile: Profile,
  locale: WidgetLocale,
  /** "Find challenges on every site": the optional host permission was granted. */
  scanAll: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  profile: { name: '', organisation: '', actorType: 'volunteer', email: '', phone: '' },
  locale: 'da',
  scanAll: false,
};

const KEY = 'settings';

/** The part of `storage.local` used here, so tests can pass a plain object. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The browser's language as the extension's: any of the catalogues' languages in any region
 * (`ar-EG`, `uk_UA`); English for the others, as the store's texts (public/_locales).
 */
export function browserLocale(uiLanguage: string): Locale {
  const code = uiLanguage.toLowerCase().split(/[-_]/)[0] as Locale;
  return LOCALES.includes(code) ? code : 'en';
}

/**
 * Stored settings, or the defaults when missing or not valid (never throws). Until the volunteer
 * chooses a language in the settings, it is `fallbackLocale`: the browser's (`browserLocale`).
 */
export async function loadSettings(
  area: StorageArea,
  fallbackLocale: Locale = DEFAULT_SETTINGS.locale,
): Promise<Settings> {
  const stored = (await area.get(KEY))[KEY];
  const parsed = Settings.safeParse(stored);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, locale: fallbackLocale };
}

export async function saveSettings(area: StorageArea, settings: Settings): Promise<Settings> {
  const valid = Settings.parse(settings);
  await area.set({ [KEY]: valid });
  return valid;
}

/** What the answer form is prefilled with: only the fields the volunteer filled in. */
export function prefillFrom(profile: Profile): Partial<AnswerFields> {
  const prefill: Partial<AnswerFields> = { actorType: profile.actorType };
  if (profile.name) prefill.name = profile.name;
  if (profile.organisation) prefill.organisation = profile.organisation;
  if (profile.email) prefill.email = profile.email;
  if (profile.phone) prefill.phone = profile.phone;
  return prefill;
}
