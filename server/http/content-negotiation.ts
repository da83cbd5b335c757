// Whether a request's `Accept` prefers an HTML page to JSON (RFC 9110 §12.5.1), for the status
// link (server/routes/status.ts): a browser opening it from a mail gets a page, every other client
// JSON. Each type's weight is the q of the most specific range that matches it (`text/html` over
// `text/*` over `*/*`); HTML only when it weighs more than JSON, so no `Accept`, `*/*` (Node's
// fetch, curl) and anything that likes both equally get JSON, as the clients already deployed
// expect.

interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
}

/** The ranges of an Accept header; a malformed one is skipped, a malformed q counts as 1. */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (!header) return [];
  const ranges: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.split(';').map((piece) => piece.trim());
    const match = /^([\w!#$%&'*+.^`|~-]+)\/([\w!#$%&'*+.^`|~-]+)$/.exec(range.toLowerCase());
    if (!match) continue;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split('=').map((piece) => piece.trim());
      if (name?.toLowerCase() !== 'q' || value === undefined) continue;
      const parsed = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number(value) : 1;
      q = parsed;
    }
    ranges.push({ type: match[1]!, subtype: match[2]!, q });
  }
  return ranges;
}

/** The weight `ranges` give `type/subtype`: the most specific matching range's q, else 0. */
export function weightOf(ranges: readonly MediaRange[], mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  const specificity = (range: MediaRange) => {
    if (range.type === type && range.subtype === subtype) return 3;
    if (range.type === type && range.subtype === '*') return 2;
    if (range.type === '*' && range.subtype === '*') return 1;
    return 0;
  };
  let best = 0;
  let weight = 0;
  for (const range of ranges) {
    const level = specificity(range);
    if (level > best || (level === best && level > 0 && range.q > weight)) {
      best = level;
      weight = range.q;
    }
  }
  return best === 0 ? 0 : weight;
}

/** True when the request asks for HTML more than for JSON (a browser's navigation). */
export function prefersHtml(accept: string | undefined): boolean {
  const ranges = parseAccept(accept);
  const html = weightOf(ranges, 'text/html');
  return html > 0 && html > weightOf(ranges, 'application/json');
}
