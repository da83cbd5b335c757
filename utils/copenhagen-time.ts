// Copenhagen time as the municipality reads it, in Danish: the one set of date and time formats
// for the desk, its exports and the mails (server/), and the zone arithmetic they need. The widget
// and the extension show times in the reader's own zone and language (./i18n/time.ts) and never
// import this file.
//
// A table drives the formats; each Intl.DateTimeFormat is made once, as one costs far more to make
// than to use.

const ZONE = 'Europe/Copenhagen';

const FORMATS = {
  /** "24. nov. 2026, 10.05": a moment on a desk page. */
  dateTime: ['da-DK', { dateStyle: 'medium', timeStyle: 'short' }],
  /** "24. november 2026 kl. 10.05": a moment in a document for a citizen. */
  longDateTime: ['da-DK', { dateStyle: 'long', timeStyle: 'short' }],
  /** "24. nov. 2026". */
  date: ['da-DK', { dateStyle: 'medium' }],
  /** "24. november 2026". */
  longDate: ['da-DK', { dateStyle: 'long' }],
  /**
   * "2026-11-24 10:05": the date in the order of ISO 8601 (and DS/ISO 8601, as Danish public
   * bodies write it), so a column of them in an export sorts right as text.
   */
  sortable: ['sv-SE', { dateStyle: 'short', timeStyle: 'short' }],
  /** "2026-11-24": the day, as the protocol and `<input type="date">` write it. */
  isoDay: ['sv-SE', {}],
} as const satisfies Record<string, readonly [string, Intl.DateTimeFormatOptions]>;

export type CopenhagenFormat = keyof typeof FORMATS;

const made: Partial<Record<CopenhagenFormat | 'parts', Intl.DateTimeFormat>> = {};
const formatter = (name: CopenhagenFormat) => {
  const [locale, options] = FORMATS[name];
  made[name] ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: ZONE });
  return made[name];
};

/** `at` on Copenhagen's clock, written in the format `name` (a moment on a desk page by default). */
export const inCopenhagen = (at: Date, name: CopenhagenFormat = 'dateTime'): string =>
  formatter(name).format(at);

/**
 * A day (`YYYY-MM-DD`, as a deadline or a date filter is written) in words: "31. marts 2027".
 * Noon UTC of that day is that day in Copenhagen, summer or winter.
 */
export const dayInWords = (day: string, name: 'date' | 'longDate' = 'longDate'): string =>
  inCopenhagen(new Date(`${day}T12:00:00Z`), name);

/** How far Copenhagen's clock is ahead of UTC at `at`, in milliseconds (1 or 2 hours). */
export function copenhagenOffsetMs(at: Date): number {
  made.parts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const part = Object.fromEntries(
    made.parts.formatToParts(at).map((p) => [p.type, Number(p.value)]),
  );
  const local = Date.UTC(
    part.year!,
    part.month! - 1,
    part.day!,
    part.hour!,
    part.minute!,
    part.second!,
  );
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The moment Copenhagen's wall clock shows `wall` (a time written as if it were UTC, e.g.
 * `Date.UTC(2027, 2, 1, 9)` for 1 March 2027 09:00). The offset is looked up for the time itself:
 * guessed with the offset at `wall`, then corrected once (a change of summer time happens at night,
 * so the two differ only in that hour).
 */
export function fromCopenhagenWall(wall: number): Date {
  const guess = wall - copenhagenOffsetMs(new Date(wall));
  return new Date(wall - copenhagenOffsetMs(new Date(guess)));
}

/**
 * A time typed in a `datetime-local` field (`2027-03-01T09:00`), read as Copenhagen time; undefined
 * when it is not one.
 */
export function copenhagenTime(local: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const written = new Date(wall);
  if (written.getUTCMonth() !== month - 1 || written.getUTCDate() !== day || hour > 23)
    return undefined;
  return fromCopenhagenWall(wall);
}

/** `at` as a `datetime-local` field's value, in Copenhagen time. */
export function localInputValue(at: Date): string {
  return new Date(at.getTime() + copenhagenOffsetMs(at)).toISOString().slice(0, 16);
}
