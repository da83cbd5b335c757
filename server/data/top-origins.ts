// The most often seen keys of a stream in bounded memory: Space-Saving (Metwally, Agrawal and El
// Abbadi, 2005) on the "stream summary" structure, so each `see` is O(1) however many keys there
// are. A new key, once the summary is full, takes the place of one of the least-seen (the one that
// has waited longest at that count) and inherits its count as possible over-counting (`error`).
// So a flood of keys each seen once can only push out other keys seen as rarely, and any key seen
// more often than 1 in `capacity` of the stream is guaranteed to stay. `count - error` is how often
// a key was surely seen since it entered: the number shown and stored.

export interface SeenKey {
  readonly key: string;
  /** Seen at least this often (since it last entered the summary). */
  readonly count: number;
  readonly firstSeen: number;
  readonly lastSeen: number;
}

interface Entry {
  readonly key: string;
  count: number;
  /** How much of `count` may belong to the key it replaced. */
  error: number;
  firstSeen: number;
  lastSeen: number;
  bucket: Bucket;
}

/** The entries with one count; the buckets form a list in ascending count. */
interface Bucket {
  readonly count: number;
  /** In the order they reached this count: the first is the one that waited longest. */
  readonly entries: Set<Entry>;
  prev: Bucket | undefined;
  next: Bucket | undefined;
}

/** What a new entry points to until `place` puts it into its bucket. */
const UNPLACED: Bucket = { count: 0, entries: new Set(), prev: undefined, next: undefined };

export class TopKeys {
  private readonly entries = new Map<string, Entry>();
  /** The bucket with the lowest count. */
  private head: Bucket | undefined;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  see(key: string, at: number): void {
    const found = this.entries.get(key);
    if (found) {
      found.lastSeen = at;
      this.raise(found);
      return;
    }
    let count = 1;
    let error = 0;
    if (this.entries.size >= this.capacity) {
      const victim = this.head!.entries.values().next().value!;
      this.detach(victim);
      this.entries.delete(victim.key);
      count = victim.count + 1;
      error = victim.count;
    }
    const entry: Entry = { key, count, error, firstSeen: at, lastSeen: at, bucket: UNPLACED };
    this.entries.set(key, entry);
    this.place(entry, undefined);
  }

  /** Forgets a key (a site just allowed). */
  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.detach(entry);
    this.entries.delete(key);
  }

  /** Every key held, with what is sure of it, the most seen first. */
  list(): SeenKey[] {
    return [...this.entries.values()]
      .map((entry) => ({
        key: entry.key,
        count: entry.count - entry.error,
        firstSeen: entry.firstSeen,
        lastSeen: entry.lastSeen,
      }))
      .sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen);
  }

  clear(): void {
    this.entries.clear();
    this.head = undefined;
  }

  /** Moves an entry one count up. */
  private raise(entry: Entry): void {
    const from = entry.bucket;
    entry.count += 1;
    // The bucket the entry leaves may go; the new one is placed after whatever came before it.
    const after = from.entries.size === 1 ? from.prev : from;
    this.detach(entry);
    this.place(entry, after);
  }

  /**
   * Puts an entry into the bucket of its count, found or made after `after` (a bucket of a lower
   * count; undefined: from the head). At most a step or two: an entry rises by one, and a new one
   * enters at the lowest count or one above it.
   */
  private place(entry: Entry, from: Bucket | undefined): void {
    let after = from;
    let next = after ? after.next : this.head;
    while (next && next.count < entry.count) {
      after = next;
      next = next.next;
    }
    let bucket: Bucket;
    if (next && next.count === entry.count) {
      bucket = next;
    } else {
      bucket = { count: entry.count, entries: new Set(), prev: after, next };
      if (next) next.prev = bucket;
      if (after) after.next = bucket;
      else this.head = bucket;
    }
    bucket.entries.add(entry);
    entry.bucket = bucket;
  }

  /** Takes an entry out of its bucket, and the bucket out of the list when it is left empty. */
  private detach(entry: Entry): void {
    const bucket = entry.bucket;
    bucket.entries.delete(entry);
    if (bucket.entries.size > 0) return;
    if (bucket.prev) bucket.prev.next = bucket.next;
    else this.head = bucket.next;
    if (bucket.next) bucket.next.prev = bucket.prev;
  }
}
