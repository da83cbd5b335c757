import { browser } from 'wxt/browser';
import type { Locale } from '../utils/i18n/languages';
import { browserLocale, loadSettings, type Settings } from './settings';

/** The settings every page starts from (language, profile). */
export const pageSettings = (): Promise<Settings> =>
  loadSettings(browser.storage.local, uiLocale());

/** The browser's language, for a volunteer who never chose one in the settings. */
export const uiLocale = (): Locale => browserLocale(browser.i18n.getUILanguage());

export const localeOf = (settings: Settings): Locale => settings.locale;
