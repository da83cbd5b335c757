// The detector injected into a page (`scripting.executeScript({ func: detectSamskab })`) or run
// by the opt-in content script. It is serialised on its own, so it must stay self-contained: no
// imports, no helpers outside the function, no closures. It only reads the widget's markup and
// reports raw strings; the background validates everything (a page's report is untrusted).

import type { ConfigKey } from './config-keys';

/** The little of the DOM the detector touches, so tests can pass plain objects. */
export interface DetectElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
export interface DetectDocument {
  querySelectorAll(selectors: string): ArrayLike<DetectElement>;
  title: string;
  URL: string;
}

/** Each of the widget's configuration keys (`CONFIG_KEYS`) with its attribute's value. */
export type DetectedConfig = Record<ConfigKey, string | null>;

export interface DetectionReport {
  url: string;
  title: string;
  mounts: DetectedConfig[];
  scripts: DetectedConfig[];
  /** The text of inline `{"challenges": [...]}` scripts; null when one was too long to read. */
  inline: (string | null)[];
}

export const DETECT_LIMITS = { elements: 20, attribute: 2000, text: 2_000_000, title: 300 };

/**
 * Bounded work: at most 20 elements of each kind, attributes cut at 2,000 characters, inline
 * JSON over 2 MB not read at all. On a page without the widget's markup it runs three selector
 * queries and returns. `keys` are `CONFIG_KEYS`, passed in (`executeScript`'s `args`) because a
 * serialised function has no imports.
 */
export function detectSamskab(
  keys: readonly ConfigKey[],
  doc: DetectDocument = document,
): DetectionReport {
  const read = (selector: string): DetectedConfig[] => {
    const list = doc.querySelectorAll(selector);
    const out: DetectedConfig[] = [];
    for (let i = 0; i < list.length && i < 20; i++) {
      const config: Record<string, string | null> = {};
      for (const key of keys) {
        // `privacyUrl` is the attribute `data-privacy-url`, as the widget's `dataset` reads it.
        const name = `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        config[key] = list[i]!.getAttribute(name)?.slice(0, 2000) ?? null;
      }
      out.push(config as unknown as DetectedConfig);
    }
    return out;
  };
  const inlineEls = doc.querySelectorAll(
    'script[type="application/json"][data-samskab-challenges]',
  );
  const inline: (string | null)[] = [];
  for (let i = 0; i < inlineEls.length && i < 20; i++) {
    const text = inlineEls[i]!.textContent ?? '';
    inline.push(text.length > 2_000_000 ? null : text);
  }
  return {
    url: String(doc.URL).slice(0, 2000),
    title: String(doc.title).slice(0, 300),
    mounts: read('[data-samskab]'),
    scripts: read('script[data-endpoint]'),
    inline,
  };
}
