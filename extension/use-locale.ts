import { browser } from 'wxt/browser';
import type { WidgetLocale } from '../utils/schema/config';
import { loadSettings, type Settings } from './settings';

/** The settings every page starts from (language, profile). */
export const pageSettings = (): Promise<Settings> => loadSettings(browser.storage.local);

export const localeOf = (settings: Settings): WidgetLocale => settings.locale;
