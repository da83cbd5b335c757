// The mount element keeps its height while data loads, so the page below never jumps (CLS 0).
// samskab.css does this before the first paint; this is the fallback for pages that only added
// the script. The numbers match samskab.css: the list's full page (filters, five challenges,
// pager) fits inside.
export function reserveHeight(element: HTMLElement, single: boolean): void {
  if (getComputedStyle(element).minHeight !== '0px') return;
  const narrow = matchMedia('(max-width: 37.5em)').matches;
  const room = single ? (narrow ? '64em' : '42em') : narrow ? '60em' : '50em';
  element.style.setProperty('min-height', `var(--samskab-min-height, ${room})`);
}
