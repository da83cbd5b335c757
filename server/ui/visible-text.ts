// What a person wrote, made safe to look at: HTML escaping (server/ui/html.ts) already keeps it from
// being markup; this keeps it from being invisible. Control characters show as their Unicode
// "control pictures" (␇), and the bidirectional controls that can make text read backwards on
// screen ("Trojan source") as a bracketed code, so staff see exactly what arrived. Line breaks and
// tabs stay (the pages keep them with `white-space: pre-wrap`); CR LF and a lone CR become LF.

const isBidiControl = (code: number) =>
  (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);

function picture(code: number): string {
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
}

export function visibleText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      out += '\n';
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (code === 0x09 || code === 0x0a) {
      out += text[i];
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || isBidiControl(code)) {
      out += picture(code);
    } else {
      out += text[i];
    }
  }
  return out;
}
