const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Markup that is already escaped; only the `html` template and `rawHtml` make one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue =
  | string
  | number
  | SafeHtml
  | null
  | undefined
  | false
  | readonly HtmlValue[];

const render = (value: HtmlValue): string => {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
};

/**
 * Template literal tag that escapes every interpolated value, so a page can only show a person's
 * text as text: forgetting to escape would need an explicit `rawHtml`.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** For markup from our own files (templates), never for submitted text. */
export const rawHtml = (markup: string): SafeHtml => new SafeHtml(markup);

/**
 * A text (a translated message) whose `{name}` placeholders are markup (a link, a date, an
 * address in bold): the text escaped around them. Placeholders not in `parts` stay as text.
 */
export const withMarkup = (text: string, parts: Readonly<Record<string, SafeHtml>>): SafeHtml =>
  html`${text.split(/(\{\w+\})/).map((piece) => parts[piece.slice(1, -1)] ?? piece)}`;
