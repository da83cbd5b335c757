// What a page shows that is not in its language: a placeholder left unfilled ("{count}"), a
// catalogue key shown as itself (the translator's answer to a key it lacks), or a catalogue text
// of Danish or English where another language is shown. Reads the shown text and the labels
// screen readers hear, in open shadow roots too.
import type { Page } from '@playwright/test';
import { extensionMessages } from '../../../extension/i18n';
import type { Message, Messages } from '../../../utils/i18n';
import { CATALOGUES } from '../../../utils/i18n/all';
import type { Locale } from '../../../utils/i18n/languages';

/** Each text node's text and each aria-label, title, placeholder and alt, trimmed, under `selector`. */
export function shownTexts(page: Page, selector = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const texts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim();
        if (text && node.parentElement?.closest('script, style') === null) texts.push(text);
        return;
      }
      if (node instanceof Element) {
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = node.getAttribute(name)?.trim();
          if (value) texts.push(value);
        }
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    for (const element of document.querySelectorAll(selector)) walk(element);
    return texts;
  }, selector);
}

type Parts = Record<string, Messages>;
const partsOf = (locale: Locale): Parts => ({
  ...(CATALOGUES[locale] as unknown as Parts),
  extension: extensionMessages[locale] as Messages,
});
const textsOf = (message: Message | undefined) =>
  message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message);

/** The shown texts that are not in `locale`, each with why. Empty when all is well. */
export function untranslated(texts: string[], locale: Locale): string[] {
  const mine = partsOf(locale);
  const keys = new Set(
    Object.entries(mine).flatMap(([part, messages]) =>
      part === 'dir' ? [] : Object.keys(messages).filter((key) => /[.A-Z]/.test(key)),
    ),
  );
  // Danish and English texts without placeholders, unless this language says the same there.
  const foreign = new Map<string, string>();
  for (const other of ['da', 'en'] as const) {
    if (other === locale) continue;
    for (const [part, messages] of Object.entries(partsOf(other))) {
      if (part === 'dir') continue;
      for (const [key, message] of Object.entries(messages)) {
        const own = new Set(textsOf(mine[part]?.[key]));
        for (const text of textsOf(message)) {
          if (!/\{\w+\}/.test(text) && !own.has(text)) foreign.set(text, `${other} ${part}.${key}`);
        }
      }
    }
  }
  return texts.flatMap((text) => {
    if (/\{\w+\}/.test(text)) return [`unfilled placeholder: ${text}`];
    if (keys.has(text)) return [`a key shown as itself: ${text}`];
    const from = foreign.get(text);
    return from ? [`${from} in ${locale}: ${text}`] : [];
  });
}
