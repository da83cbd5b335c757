// The retention period: a number of months after a challenge closed, after which the contact
// details (name, email, phone) of its answers are removed. The organisation stays: it names an
// association or a business rather than a person, and the resource register keeps knowing who
// offered what. Set by an admin (desk_settings), applied when the receiver starts, once a day,
// and when an admin presses "Kør nu"; every run that removed something is in the audit log. The
// same runs delete the addresses for update mails 30 days after their challenge closed
// (server/data/update-addresses.ts) and the sign-in throttle's old attempts (throttle.ts), with or
// without a period set.

import { recordAudit } from './audit';
import type { Database, Queryable } from './db';
import { removeExpiredContactDetails } from './erasure';
import { noteRebuildDue } from './erasure-rebuild';
import { deleteStaleRecipients } from './recipients';
import { deleteExpiredSignInRecords } from './throttle';
import { deleteExpiredUpdateAddresses } from './update-addresses';

export const RETENTION_MIN_MONTHS = 1;
export const RETENTION_MAX_MONTHS = 120;
const MONTHS_KEY = 'retention.months';
const LAST_RUN_KEY = 'retention.last-run';

/** How often the receiver applies the period by itself. */
export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

async function readSetting(db: Queryable, key: string): Promise<string | undefined> {
  const [row] = await db.query<{ value: string }>(
    'SELECT value FROM desk_settings WHERE key = $1',
    [key],
  );
  return row?.value;
}

async function writeSetting(db: Queryable, key: string, value: string | undefined) {
  if (value === undefined) {
    await db.query('DELETE FROM desk_settings WHERE key = $1', [key]);
    return;
  }
  await db.query(
    `INSERT INTO desk_settings (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [key, value],
  );
}

/** The period in months; undefined when none is set (contact details are kept until erased). */
export async function retentionMonths(db: Queryable): Promise<number | undefined> {
  const value = Number(await readSetting(db, MONTHS_KEY));
  return Number.isInteger(value) && value >= RETENTION_MIN_MONTHS ? value : undefined;
}

export async function setRetentionMonths(
  db: Queryable,
  months: number | undefined,
  staffId: string,
  now: Date,
): Promise<void> {
  await writeSetting(db, MONTHS_KEY, months === undefined ? undefined : String(months));
  await recordAudit(
    db,
    {
      staffId,
      action: 'retention-changed',
      detail: months === undefined ? 'ingen' : `${months} måneder`,
    },
    now,
  );
}

export interface RetentionRun {
  readonly at: Date;
  readonly removed: number;
}

export async function lastRetentionRun(db: Queryable): Promise<RetentionRun | undefined> {
  const value = await readSetting(db, LAST_RUN_KEY);
  const match = value && /^(\S+) (\d+)$/.exec(value);
  if (!match) return undefined;
  const at = new Date(match[1]!);
  return Number.isNaN(at.getTime()) ? undefined : { at, removed: Number(match[2]) };
}

/**
 * Applies the period now. Returns how many answers lost their contact details, or undefined when
 * no period is set. An admin's run is always audited; the daily run only when it removed some.
 */
export async function applyRetention(
  db: Database,
  staffId: string | null,
  now: Date,
): Promise<number | undefined> {
  // The sign-in throttle's attempts past their window (server/data/throttle.ts).
  await deleteExpiredSignInRecords(db, now);
  // The addresses for update mails have a fixed time, whatever period the admin set.
  const addresses = await deleteExpiredUpdateAddresses(db, now);
  if (addresses > 0) {
    // The addresses are gone from the table, not yet from its file (erasure-rebuild.ts).
    await noteRebuildDue(db, now);
    await recordAudit(
      db,
      { staffId, action: 'update-addresses-deleted', detail: `${addresses} adresser` },
      now,
    );
  }
  const unconfirmed = await deleteStaleRecipients(db, now);
  if (unconfirmed > 0) {
    await recordAudit(
      db,
      { staffId, action: 'unconfirmed-addresses-deleted', detail: `${unconfirmed} adresser` },
      now,
    );
  }
  const months = await retentionMonths(db);
  if (months === undefined) return undefined;
  const removed = await removeExpiredContactDetails(db, months, staffId, now);
  await writeSetting(db, LAST_RUN_KEY, `${now.toISOString()} ${removed}`);
  if (removed > 0 || staffId !== null) {
    await recordAudit(
      db,
      {
        staffId,
        action: 'retention-applied',
        subject: `${months} måneder`,
        detail: `${removed} svar`,
      },
      now,
    );
  }
  return removed;
}

/**
 * Runs `run` every `intervalMs` until stopped, its failures given to `onError`; the timer does not
 * keep the process alive, and a run still going when the next is due is not started twice.
 * Stopping resolves once a run in progress has finished (before the database is closed).
 */
export function repeat(
  run: () => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= run()
      .then(() => undefined, onError)
      .finally(() => {
        running = undefined;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
