// The language a visitor chose in the widget's switcher, remembered for this site: in the page's
// localStorage, which belongs to the site's origin. Not in IndexedDB with the drafts: the loader
// reads it synchronously, before anything else has loaded, to fetch that language's words beside
// the module. Storage may be refused (a sandboxed frame, blocked cookies): then nothing is kept.
const KEY = 'samskab-locale';

export function chosenLocale(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberLocale(locale: string): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Not kept: the choice holds for this page only.
  }
}
