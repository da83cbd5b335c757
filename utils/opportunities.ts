// Saved opportunities: a detected challenge, or any page saved by hand, with a status, a note
// and a deadline. Stored in the extension's IndexedDB; exported as CSV and iCalendar.
import * as z from 'zod/mini';
import { toCsv as writeCsv } from './csv';
import { Challenge } from './schema/challenge';
import { HttpUrl, IsoDate, RemoteUrl, text } from './schema/common';
import { UPDATES_MAX } from './schema/limits';
import { ChallengeUpdate } from './schema/loop';
import { indexedDbStore, openDatabase } from './storage/indexeddb';
import type { ClearableStore, KeyPaths } from './storage/keyed-store';
import { memoryStore } from './storage/memory';

/** `answered`: an answer was sent from the side panel (set there; the volunteer may change it). */
export const STATUSES = ['interested', 'answered', 'contacted', 'done'] as const;
export const OpportunityStatus = z.enum(STATUSES);
export type OpportunityStatus = z.infer<typeof OpportunityStatus>;

export const Opportunity = z.object({
  id: z.string().check(z.maxLength(2200)),
  title: text(300, true),
  url: HttpUrl,
  note: text(4000),
  status: OpportunityStatus,
  deadline: z.optional(IsoDate),
  organiser: z.optional(text(200)),
  /** The title of the page it was saved from: names the municipality when the challenge does not. */
  site: z.optional(text(300)),
  /** Set when a detected challenge was saved: what the side panel answers. */
  challenge: z.optional(Challenge),
  endpoint: z.optional(RemoteUrl),
  /** The feed the challenge came from: its updates are read again from there. */
  feedUrl: z.optional(RemoteUrl),
  /** Protocol 1.1: the municipality's posts on the challenge, newest first, as last read. */
  updates: z.optional(z.array(ChallengeUpdate).check(z.maxLength(UPDATES_MAX))),
  /** The newest update's `at` the volunteer has seen; newer ones are shown as new. */
  updatesSeenAt: z.optional(z.string().check(z.maxLength(40))),
  /**
   * The receiver archived the challenge (protocol 1.5, the feed's `archived`): the popup and the
   * side panel no longer list it; the saved-list page keeps it, marked, with the answers' status.
   */
  archived: z.optional(z.boolean()),
  savedAt: z.number(),
  updatedAt: z.number(),
});
export type Opportunity = z.infer<typeof Opportunity>;

export type OpportunityPatch = Partial<
  Pick<
    Opportunity,
    | 'status'
    | 'note'
    | 'deadline'
    | 'updates'
    | 'updatesSeenAt'
    | 'archived'
    | 'challenge'
    | 'title'
  >
>;

const newestAt = (updates: readonly ChallengeUpdate[] | undefined) =>
  updates?.reduce<string | undefined>((max, u) => (max && max > u.at ? max : u.at), undefined);

/** The updates posted since the volunteer last looked (all of them, if never). */
export const newUpdates = (item: Pick<Opportunity, 'updates' | 'updatesSeenAt'>) =>
  (item.updates ?? []).filter((u) => !item.updatesSeenAt || u.at > item.updatesSeenAt);

/** What marks every update of the item seen. */
export const seenAllUpdates = (item: Pick<Opportunity, 'updates'>): OpportunityPatch => {
  const at = newestAt(item.updates);
  return at ? { updatesSeenAt: at } : {};
};
export type PageInput = {
  title: string;
  url: string;
  note?: string;
  deadline?: string;
  organiser?: string;
};
export type OpportunityFilter = { query?: string; status?: OpportunityStatus | '' };
export type OpportunityDeps = { now?: () => number; uuid?: () => string };

export const challengeKey = (endpoint: string, challengeId: string) =>
  `challenge:${endpoint}#${challengeId}`;

export class OpportunityStore {
  private readonly now: () => number;
  private readonly uuid: () => string;

  constructor(
    private readonly backend: ClearableStore<Opportunity>,
    deps: OpportunityDeps = {},
  ) {
    this.now = deps.now ?? Date.now;
    this.uuid = deps.uuid ?? (() => crypto.randomUUID());
  }

  /** Saving the same challenge twice keeps the first save's status and note. */
  async saveChallenge(
    challenge: Challenge,
    endpoint: string,
    pageUrl: string,
    pageTitle = '',
    feed: { feedUrl?: string; updates?: ChallengeUpdate[] } = {},
  ): Promise<Opportunity> {
    const id = challengeKey(endpoint, challenge.id);
    const existing = await this.backend.get(id);
    const at = this.now();
    const url = HttpUrl.safeParse(pageUrl).success ? pageUrl : challenge.url;
    const item: Opportunity = {
      id,
      title: challenge.title,
      url,
      note: existing?.note ?? '',
      status: existing?.status ?? 'interested',
      challenge,
      endpoint,
      savedAt: existing?.savedAt ?? at,
      updatedAt: at,
    };
    const deadline = existing?.deadline ?? challenge.deadline;
    if (deadline) item.deadline = deadline;
    const organiser = challenge.contact?.name;
    if (organiser) item.organiser = organiser;
    const site = pageTitle.trim().slice(0, 300) || existing?.site;
    if (site) item.site = site;
    const feedUrl = feed.feedUrl ?? existing?.feedUrl;
    if (feedUrl) item.feedUrl = feedUrl;
    const updates = feed.updates ?? existing?.updates;
    if (updates) item.updates = updates;
    // Saved from the page that shows them: what is there now counts as seen.
    const seen = existing ? existing.updatesSeenAt : newestAt(updates);
    if (seen) item.updatesSeenAt = seen;
    return this.put(item);
  }

  savePage(input: PageInput): Promise<Opportunity> {
    const at = this.now();
    const item: Opportunity = {
      id: `page:${this.uuid()}`,
      title: input.title.trim() || input.url,
      url: input.url,
      note: input.note ?? '',
      status: 'interested',
      savedAt: at,
      updatedAt: at,
    };
    if (input.deadline) item.deadline = input.deadline;
    if (input.organiser) item.organiser = input.organiser;
    return this.put(item);
  }

  async update(id: string, patch: OpportunityPatch): Promise<Opportunity | undefined> {
    const existing = await this.backend.get(id);
    if (!existing) return undefined;
    const next: Opportunity = { ...existing, ...patch, updatedAt: this.now() };
    if (!next.deadline) delete next.deadline;
    if (!next.archived) delete next.archived;
    return this.put(next);
  }

  get(id: string): Promise<Opportunity | undefined> {
    return this.backend.get(id);
  }

  remove(id: string): Promise<void> {
    return this.backend.delete(id);
  }

  clear(): Promise<void> {
    return this.backend.clear();
  }

  /** Newest first; every word of the query must occur in the title, note, organiser or URL. */
  async list(filter: OpportunityFilter = {}): Promise<Opportunity[]> {
    const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return (await this.backend.all())
      .filter((item) => !filter.status || item.status === filter.status)
      .filter((item) => {
        const hay = [item.title, item.note, item.organiser ?? '', item.site ?? '', item.url]
          .join('\n')
          .toLowerCase();
        return words.every((word) => hay.includes(word));
      })
      .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
  }

  private async put(item: Opportunity): Promise<Opportunity> {
    const parsed = Opportunity.parse(item);
    await this.backend.put(parsed);
    return parsed;
  }
}

export function memoryOpportunities(): ClearableStore<Opportunity> {
  return memoryStore<Opportunity>('id');
}

// Version 1 of the extension's schema, as volunteers' browsers have it: change only with an
// upgrade path that keeps their saved opportunities.
const KEY_PATHS: KeyPaths<{ opportunities: Opportunity }> = { opportunities: 'id' };

/**
 * The extension's own database, beside the shared `samskab` one (drafts and outbox). Opened
 * through the shared IndexedDB layer, so a full disk or a closed database is a StorageError here
 * too.
 */
export async function openOpportunities(
  name = 'samskab-extension',
): Promise<ClearableStore<Opportunity>> {
  return indexedDbStore<Opportunity>(await openDatabase(name, 1, KEY_PATHS), 'opportunities');
}

export const CSV_COLUMNS = [
  'title',
  'status',
  'deadline',
  'organiser',
  'url',
  'note',
  'savedAt',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The words of a CSV file in the volunteer's language: its headers and its status values. */
export type CsvWords = {
  columns: Record<CsvColumn, string>;
  status: Record<OpportunityStatus, string>;
};

/** The column keys and status values as stored: what a program reading the file expects. */
export const CSV_KEYS: CsvWords = {
  columns: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<CsvColumn, string>,
  status: Object.fromEntries(STATUSES.map((s) => [s, s])) as Record<OpportunityStatus, string>,
};

/**
 * CSV (RFC 4180, CRLF, a byte-order mark for Excel) with a header row; one row per opportunity,
 * headers and statuses in `words` (the UI's language; the stored keys by default).
 */
export function toCsv(list: readonly Opportunity[], words: CsvWords = CSV_KEYS): string {
  const rows = list.map((item) => [
    item.title,
    words.status[item.status],
    item.deadline ?? '',
    item.organiser ?? item.site ?? '',
    item.url,
    item.note,
    new Date(item.savedAt).toISOString(),
  ]);
  return writeCsv([CSV_COLUMNS.map((column) => words.columns[column]), ...rows]);
}

const icsText = (value: string) =>
  value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (bytes + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/** An iCalendar file with each deadline as an all-day event; items without one are left out. */
export function toICal(list: readonly Opportunity[], now: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Samskab//Extension//DA'];
  for (const item of list) {
    if (!item.deadline) continue;
    const day = item.deadline.replaceAll('-', '');
    const next = new Date(`${item.deadline}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(item.id)}@samskab`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replaceAll('-', '')}`,
      `SUMMARY:${icsText(item.title)}`,
      `URL:${item.url}`,
      ...(item.note ? [`DESCRIPTION:${icsText(item.note)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
