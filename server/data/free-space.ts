// The free space where the receiver keeps its data, checked before a write is taken in: below the
// threshold (SAMSKAB_MIN_FREE_MB, 64 MB by default) writes are refused with a 503 and /readyz says
// `disk`, before the database itself runs out (PGlite stops working at ENOSPC; SECURITY.md). A
// reading is kept for a second, so a burst of answers costs one statfs a second, not one each.
import { statfs } from 'node:fs/promises';
import type { Clock } from '../config';

/** Bytes free for the receiver's user where its data lives. */
export type FreeBytes = () => Promise<number>;

/** How long a reading is used before the next request takes a new one. */
export const FREE_SPACE_READING_MS = 1000;

/** Free bytes on the file system that holds `path`, as an unprivileged user may use them. */
export const freeBytesAt =
  (path: string): FreeBytes =>
  async () => {
    const { bavail, bsize } = await statfs(path);
    return bavail * bsize;
  };

export interface FreeSpace {
  /** Whether writes are refused now: free space below the threshold, at the latest reading. */
  low(): Promise<boolean>;
}

/**
 * Watches `freeBytes` against `minFreeBytes`. No `freeBytes` (PostgreSQL keeps the data on its own
 * server; PGlite in memory keeps none on disk) or a threshold of 0: never low. A reading that
 * fails (the folder is gone, statfs refused) counts as not low: the database then says itself
 * what is wrong, and a check that cannot look must not stop every write.
 */
export function watchFreeSpace(
  freeBytes: FreeBytes | undefined,
  minFreeBytes: number,
  clock: Clock,
): FreeSpace {
  if (!freeBytes || minFreeBytes <= 0) return { low: async () => false };
  let reading: { readonly at: number; readonly low: boolean } | undefined;
  let measuring: Promise<boolean> | undefined;
  const measure = async () => {
    try {
      return (await freeBytes()) < minFreeBytes;
    } catch {
      return false;
    }
  };
  return {
    low() {
      const now = clock();
      if (reading && now >= reading.at && now - reading.at < FREE_SPACE_READING_MS) {
        return Promise.resolve(reading.low);
      }
      measuring ??= measure().then((low) => {
        reading = { at: clock(), low };
        measuring = undefined;
        return low;
      });
      return measuring;
    },
  };
}
