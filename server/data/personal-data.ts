// A light check on text staff publish (replies, an answer's public text, reply templates): an
// email address or a phone number in it is almost always a mistake, someone's contact details
// copied into a public text. It is a check, not a guarantee; the forms' hints say the rule.
//
// It catches the ways people write them to get past a filter or by habit (karen (at) example.dk,
// karen@example. dk, 12.34.56.78, 1 2 3 4 5 6 7 8, 12 345 678, +45 12-34-56-78), and lets the
// numbers of ordinary prose through: dates (12.05.2026, 1/5-2026, 2026-05-12), times (10.30,
// 10:30–12:00, 10.30-12.00), amounts (12.500 kr., 1.234.567, 12.345.678), postcodes and house
// numbers, years (2025-2026), counts and CVR numbers after "CVR".
//
// What it still gets wrong (README.md says the same to staff):
// - Taken for a phone number: any 8 digits in a row (12345678: also a CVR number without "CVR"
//   before it, a date written 20260512, a case number), two 4-digit numbers that are not both
//   years and not after "Postboks", four pairs or eight single digits in a row separated alike (a
//   list "1 2 3 4 5 6 7 8 9", an address like 10.20.30.40), 2+3+3 digits separated by spaces or
//   hyphens that are not followed by "kr." (an amount or count written 12 345 678), and + followed
//   by 9 to 15 digits (+1.234.567.890). Taken for an e-mail address: a word, an "@" and a domain,
//   with spaces ("os @ lunde.dk").
// - Missed: numbers grouped unusually ("123 45 678", "12 34-56 78"), a Danish number right after
//   "CVR", an address with a spaced dot before an unlisted or capitalised top-level domain
//   ("karen@example. shop"), and anything spelt out in words.
// The municipality's own numbers and addresses can be passed as an allow-list (a later issue lets
// admins keep one); they are compared in the normalised form `findContactDetails` gives.

export type PersonalDataKind = 'email' | 'phone';

export interface ContactDetail {
  readonly kind: PersonalDataKind;
  /** As found in the text. */
  readonly text: string;
  /**
   * Normalised for comparing with an allow-list: an address in lower case without spaces, with a
   * spelt-out "at"/"dot" as @ and .; a number's digits, a Danish one without +45 or 0045.
   */
  readonly value: string;
}

/** Normalised contact details (`contactAllowList`) that may stand in a public text. */
export type ContactAllowList = ReadonlySet<string>;

const NOTHING_ALLOWED: ContactAllowList = new Set();

// --- e-mail addresses ---------------------------------------------------------------------------

const LOCAL_CHAR = String.raw`[^\s@<>()\[\]{}"',;:]`;
// Only from the start of a word: trying every position inside a long one would take quadratic time.
const LOCAL = `(?<!${LOCAL_CHAR})${LOCAL_CHAR}+`;
const OPEN = String.raw`[(\[{<]`;
const CLOSE = String.raw`[)\]}>]`;
// "@" with or without spaces, or spelt out: (at) [at] {at} <at>, snabel-a ("at" alone is a Danish
// word, so only in brackets).
const AT_WORD = String.raw`${OPEN}\s*(?:[aA][tT]|[sS]nabel-?[aA])\s*${CLOSE}|\s[sS]nabel-?[aA]\s`;
const AT = String.raw`(?:\s*@\s*|\s*(?:${AT_WORD})\s*)`;
const DOT_WORD = String.raw`${OPEN}\s*(?:[dD][oO][tT]|[pP]unktum)\s*${CLOSE}|\s(?:dot|punktum)\s`;
// A dot with spaces around it, or spelt out.
const LOOSE_DOT = String.raw`(?:\s*\.\s*|\s*(?:${DOT_WORD})\s*)`;
const LABEL = String.raw`[\p{L}\p{N}-]+`;
// After a loose dot only a lower-case top-level domain people use here counts, so that the end of
// a sentence ("… @kommunen. De kan …") is not read as one.
const KNOWN_TLD = '(?:dk|com|net|org|eu|info|nu|se|no|de|fo|gl|is|fi|uk|io|biz)';
const EMAIL = new RegExp(
  `${LOCAL}${AT}${LABEL}(?:` +
    String.raw`(?:\.${LABEL})*\.[A-Za-z]{2,}` +
    `|(?:${LOOSE_DOT}${LABEL})*?${LOOSE_DOT}${KNOWN_TLD}` +
    String.raw`)(?![\p{L}\p{N}])`,
  'gu',
);

const normalisedEmail = (text: string) =>
  text
    .toLowerCase()
    .replace(new RegExp(`\\s*(?:${AT_WORD})\\s*`, 'g'), '@')
    .replace(new RegExp(`\\s*(?:${DOT_WORD})\\s*`, 'g'), '.')
    .replace(/\s+/g, '');

// --- phone numbers ------------------------------------------------------------------------------

/** Digits joined by one separator each: a space (also a no-break space), a dot or a hyphen. */
const NUMBER_RUN = /(?<![\p{L}\p{N}+,])\+?\d+(?:[ \u00a0.-]\d+)*/gu;
const SEPARATOR = /[ \u00a0.-]/;
// A country code in brackets, "(+45) 12 34 56 78", is read as if the brackets were not there.
const BRACKETED_CODE = /\((\+\d{1,3}|00\d{2})\)/g;
// Before a run: a CVR, SE or P number, or a currency; after it: a currency, a per cent, decimals.
// (Case matters: "se" is also the Danish "see".)
const NUMBER_LABEL_BEFORE =
  /(?:\b(?:CVR|[Cc]vr)[- ]?(?:[Nn]r\.?|[Nn]ummer)?:?|\b(?:SE|P)[- ](?:[Nn]r\.?|[Nn]ummer):?|\b[Kk]r\.?|\bDKK|€)\s*$/;
const AMOUNT_AFTER = /^[ \u00a0]?(?:kr\b|kroner\b|DKK\b|EUR\b|€|%|,[\d-])/i;

/**
 * The ways a Danish number (8 digits) is written, as the lengths of its groups and the separators
 * that may join them (one separator throughout). Dates (12.05.2026, 2026-05-12) and amounts
 * (12.345.678) have other shapes or separators, so they do not fit.
 */
const DANISH_SHAPES: readonly { readonly groups: string; readonly separators: string }[] = [
  { groups: '8', separators: '' }, // 12345678
  { groups: '2,2,2,2', separators: ' \u00a0.-' }, // 12 34 56 78, 12.34.56.78, 12-34-56-78
  { groups: '4,4', separators: ' \u00a0-' }, // 1234 5678 (not two years, below)
  { groups: '2,3,3', separators: ' \u00a0-' }, // 12 345 678 (with dots it is an amount)
  { groups: '2,2,4', separators: ' \u00a0' }, // 12 34 5678 (with dots or hyphens a date)
  { groups: '4,2,2', separators: ' \u00a0' }, // 1234 56 78
  { groups: '1,1,1,1,1,1,1,1', separators: ' \u00a0.-' }, // 1 2 3 4 5 6 7 8
];

const YEAR = /^(?:19|20)\d\d$/;
const POSTBOX_BEFORE = /\b(?:[Pp]ostboks|[Bb]oks|[Bb]ox)\s*$/;

interface Run {
  readonly groups: readonly string[];
  /** separators[i] joins groups[i] and groups[i + 1], as written. */
  readonly separators: readonly string[];
}

function splitRun(text: string): Run {
  const groups: string[] = [];
  const separators: string[] = [];
  let group = '';
  for (const char of text.replace(/^\+/, '')) {
    if (SEPARATOR.test(char)) {
      groups.push(group);
      separators.push(char);
      group = '';
    } else group += char;
  }
  groups.push(group);
  return { groups, separators };
}

/** Consecutive groups from `from` to `to` (inclusive) fit a Danish shape. */
function fitsDanishShape(run: Run, from: number, to: number, before: string): boolean {
  const groups = run.groups.slice(from, to + 1);
  const separators = run.separators.slice(from, to).map((char) => char.replace('\u00a0', ' '));
  const separator = separators[0] ?? '';
  if (separators.some((other) => other !== separator)) return false;
  const lengths = groups.map((group) => group.length).join(',');
  const shape = DANISH_SHAPES.find(
    (candidate) =>
      candidate.groups === lengths &&
      (separator === '' || candidate.separators.includes(separator)),
  );
  if (!shape) return false;
  if (lengths === '4,4') {
    // A span of years (2025-2026, 2025 2026), and a postbox before its postcode ("Postboks 1234
    // 8000 Aarhus C").
    if (groups.every((group) => YEAR.test(group))) return false;
    if (from === 0 && POSTBOX_BEFORE.test(before)) return false;
  }
  return true;
}

/**
 * The phone number within a run of digits, given what stands before and after the run: the part
 * of the run that is one, or undefined.
 */
function phoneIn(text: string, before: string, after: string): string | undefined {
  if (NUMBER_LABEL_BEFORE.test(before) || AMOUNT_AFTER.test(after)) return undefined;
  const digits = text.replace(/\D/g, '');
  // With a country code: +45 12-34-56-78, +46 70 123 45 67, however grouped.
  if (text.startsWith('+')) return digits.length >= 9 && digits.length <= 15 ? text : undefined;
  if (text.startsWith('0045') && digits.length === 12) return text;
  const run = splitRun(text);
  // Of the parts that fit, the one in most groups ("2026 12 34 56 78": 12 34 56 78, not 2026 12 34).
  let best: { from: number; to: number } | undefined;
  for (let from = 0; from < run.groups.length; from++) {
    // Every shape has 8 digits: count them as the part grows, and stop past 8.
    let length = 0;
    for (let to = from; to < run.groups.length && length < 8; to++) {
      length += run.groups[to]!.length;
      const longer = !best || to - from > best.to - best.from;
      if (length === 8 && longer && fitsDanishShape(run, from, to, before)) best = { from, to };
    }
  }
  if (!best) return undefined;
  const { from, to } = best;
  return run.groups
    .slice(from, to + 1)
    .map((group, i) => (i === 0 ? group : `${run.separators[from + i - 1]}${group}`))
    .join('');
}

function normalisedPhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+') && digits.length === 10 && digits.startsWith('45'))
    return digits.slice(2);
  if (digits.length === 12 && digits.startsWith('0045')) return digits.slice(4);
  return digits;
}

// --- together -----------------------------------------------------------------------------------

/** Everything in `text` that looks like an e-mail address or a phone number, in order found. */
export function findContactDetails(text: string): ContactDetail[] {
  const found: ContactDetail[] = [];
  for (const match of text.matchAll(EMAIL)) {
    found.push({ kind: 'email', text: match[0], value: normalisedEmail(match[0]) });
  }
  const plain = text.replace(BRACKETED_CODE, '$1');
  for (const match of plain.matchAll(NUMBER_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    // The digits of an address (karen1234@…) are the address's, found above.
    if (plain[end] === '@' || plain.slice(end).startsWith(' @')) continue;
    const phone = phoneIn(match[0], plain.slice(Math.max(0, start - 16), start), plain.slice(end));
    if (phone) found.push({ kind: 'phone', text: phone, value: normalisedPhone(phone) });
  }
  return found;
}

/** The allow-list for `looksPersonal`, from contact details as people write them. */
export function contactAllowList(entries: Iterable<string>): ContactAllowList {
  const values = new Set<string>();
  for (const entry of entries) {
    const details = findContactDetails(entry);
    if (details.length === 0) values.add(entry.trim().toLowerCase());
    for (const detail of details) values.add(detail.value);
  }
  return values;
}

/**
 * What in `text` looks like contact details, if anything; an e-mail address before a phone
 * number. What `allowed` lists (the municipality's own) does not count.
 */
export function looksPersonal(
  text: string,
  allowed: ContactAllowList = NOTHING_ALLOWED,
): PersonalDataKind | undefined {
  const kinds = new Set(
    findContactDetails(text)
      .filter((detail) => !allowed.has(detail.value))
      .map((detail) => detail.kind),
  );
  if (kinds.has('email')) return 'email';
  if (kinds.has('phone')) return 'phone';
  return undefined;
}

/** The message at a field whose text looks like it holds contact details. */
export const PERSONAL_DATA_MESSAGES: Record<PersonalDataKind, string> = {
  email:
    'Teksten ser ud til at indeholde en e-mailadresse. Offentlige tekster må ikke indeholde personoplysninger.',
  phone:
    'Teksten ser ud til at indeholde et telefonnummer. Offentlige tekster må ikke indeholde personoplysninger.',
};
