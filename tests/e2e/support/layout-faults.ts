import type { Page } from '@playwright/test';

/**
 * What is cut or overlaps in the widget's shadow root, measured (WCAG 1.4.4, 1.4.10, 1.4.12):
 * - an element whose content is wider than its box (`scrollWidth > clientWidth`), except the
 *   fields, whose text scrolls inside them by design;
 * - an element that hides what does not fit (`overflow: hidden` or `clip`) and has some, such as
 *   a fixed height that cuts the last line of its text;
 * - sibling elements whose boxes (each line box of an inline element) overlap;
 * - a page that scrolls sideways.
 * Elements that are not shown (hidden, or `aria-hidden` like the honeypot) are left out.
 */
export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-samskab]')!.shadowRoot!;
    const faults: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const shown = (el: Element) =>
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden' &&
      !el.closest('[aria-hidden="true"]');
    const elements = [...root.querySelectorAll('*')].filter(shown);
    for (const el of elements) {
      const style = getComputedStyle(el);
      const field = /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
      if (!field && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        faults.push(`wider than its box: ${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
      const hides = /hidden|clip/.test(`${style.overflowX} ${style.overflowY}`);
      if (hides && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
        faults.push(
          `cut: ${name(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
        );
    }
    const placed = (el: Element) => !/absolute|fixed/.test(getComputedStyle(el).position);
    for (const parent of elements) {
      const children = [...parent.children].filter((c) => shown(c) && placed(c));
      for (let i = 0; i < children.length; i++) {
        for (let j = i + 1; j < children.length; j++) {
          for (const a of children[i]!.getClientRects()) {
            for (const b of children[j]!.getClientRects()) {
              const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (width > 1 && height > 1)
                faults.push(`overlap: ${name(children[i]!)} and ${name(children[j]!)}`);
            }
          }
        }
      }
    }
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth)
      faults.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
    return [...new Set(faults)];
  });
}

/**
 * WCAG 1.4.12's text spacing, as a reader's style sheet would set it, inside the widget's shadow
 * root (page styles do not reach it): line height 1.5, paragraphs 2em apart, letters 0.12em and
 * words 0.16em.
 */
export function overrideTextSpacing(page: Page): Promise<void> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-samskab]')!.shadowRoot!;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}p{margin-bottom:2em!important}',
    );
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
}
