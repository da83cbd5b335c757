// The store's and the browser's texts (public/_locales): every language of the catalogues that
// Chrome's i18n knows. Somali is not among them (Chrome ignores an unknown locale folder, and
// its store refuses one), so a Somali browser shows the English name and description.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionMessages } from '../../../extension/i18n';
import { browserLocale } from '../../../extension/settings';
import { LOCALES } from '../../../utils/i18n/languages';

const LOCALES_DIR = join(import.meta.dirname, '..', '..', '..', 'public', '_locales');
// Chrome Web Store's list of locales (developer.chrome.com, chrome.i18n), for our languages.
const CHROME_KNOWS = new Set(['da', 'en', 'ar', 'fa', 'tr', 'pl', 'uk']);

describe('public/_locales', () => {
  it('has every language Chrome knows, and no other', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(
      LOCALES.filter((l) => CHROME_KNOWS.has(l)).sort(),
    );
  });

  it.each([...CHROME_KNOWS])(
    '%s: the name, a short description, and the menu item the extension shows',
    (locale) => {
      const messages = JSON.parse(
        readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      expect(Object.keys(messages).sort()).toEqual(['extDescription', 'extName', 'menuSave']);
      expect(messages.extName!.message).toBe('Samskab');
      expect(messages.extDescription!.message.length).toBeGreaterThan(20);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
      if (locale !== 'en') {
        expect(messages.extDescription!.message).not.toBe(
          JSON.parse(readFileSync(join(LOCALES_DIR, 'en', 'messages.json'), 'utf8')).extDescription
            .message,
        );
      }
      expect(messages.menuSave!.message).toBe(
        extensionMessages[locale as keyof typeof extensionMessages].menuSave,
      );
    },
  );
});

describe('the browser’s language', () => {
  it('is the extension’s when it speaks it, in any region; English otherwise', () => {
    expect(browserLocale('da')).toBe('da');
    expect(browserLocale('ar-EG')).toBe('ar');
    expect(browserLocale('uk_UA')).toBe('uk');
    expect(browserLocale('fa')).toBe('fa');
    expect(browserLocale('so')).toBe('so');
    expect(browserLocale('de-DE')).toBe('en');
    expect(browserLocale('')).toBe('en');
  });
});
