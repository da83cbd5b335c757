// The mount element keeps its height while data loads, so the page below never jumps (CLS 0).
// Hosts may tune it with --samskab-min-height; the list's layout fits inside the default.
export function reserveHeight(element: HTMLElement, single: boolean): void {
  element.style.setProperty('min-height', `var(--samskab-min-height, ${single ? '32em' : '36em'})`);
}
