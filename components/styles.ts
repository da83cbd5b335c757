// One stylesheet for the widget's shadow root and the extension's pages, adopted as a
// constructable stylesheet so that a strict `style-src 'self'` never blocks it. Themed with
// custom properties that a host sets on the mount element.
const sheets = new Map<string, CSSStyleSheet>();

/** Styles a shadow root (or document) without a `<style>` element where the browser allows. */
export function adoptStyles(root: ShadowRoot | Document, css: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Older browsers without constructable stylesheets (under a strict CSP this is blocked).
  const style = document.createElement('style');
  style.textContent = css;
  (root instanceof Document ? root.head : root).append(style);
}
