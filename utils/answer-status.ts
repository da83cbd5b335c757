// What became of an answer (protocol 1.1): the receipt's `statusUrl` answers
// `{ reference, status, reply?, updatedAt }`. Clients ask at most once an hour per answer, and only
// for answers younger than 180 days; a 404 means the answer was erased. Pure apart from the
// injected fetch, so the widget's page and the extension's background share it.
import * as z from 'zod/mini';
import { REPLY_MAX } from './schema/limits';
import { Reference } from './schema/reference';
import { AnswerStatus } from './schema/status';

export const StatusReport = z.object({
  reference: Reference,
  status: AnswerStatus,
  reply: z.optional(z.string().check(z.maxLength(REPLY_MAX))),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type StatusReport = z.infer<typeof StatusReport>;

/** What the client keeps with the receipt: the last report, and when it asked. */
export interface KnownStatus {
  /** The receiver's last answer; undefined until one came. */
  readonly report?: Omit<StatusReport, 'reference'>;
  /** When it was last asked (ms since the epoch), answered or not. */
  readonly checkedAt: number;
  /** The report's `updatedAt` the person has seen; a newer one is shown as new. */
  readonly seenUpdatedAt?: string;
  /** The receiver said the answer no longer exists (erased). */
  readonly gone?: boolean;
}

export const STATUS_CHECK_EVERY_MS = 60 * 60 * 1000;
export const STATUS_FOLLOWED_FOR_MS = 180 * 24 * 60 * 60 * 1000;

/** Whether to ask now: a delivered answer with a status URL, not gone, not asked this hour. */
export function statusCheckDue(
  item: { statusUrl?: string; deliveredAt?: number; answerStatus?: KnownStatus },
  now: number,
): boolean {
  if (!item.statusUrl || item.deliveredAt === undefined || item.answerStatus?.gone) return false;
  if (now - item.deliveredAt > STATUS_FOLLOWED_FOR_MS) return false;
  const checked = item.answerStatus?.checkedAt;
  return checked === undefined || now - checked >= STATUS_CHECK_EVERY_MS;
}

/**
 * Whether the status changed since the person last saw it. Before they have seen any, only what
 * staff did is new: an answer still `received` with no reply is what the person just sent.
 */
export function statusIsNew(known: KnownStatus | undefined): boolean {
  const report = known?.report;
  if (!report || known.gone) return false;
  if (known.seenUpdatedAt === undefined) return report.status !== 'received' || !!report.reply;
  return report.updatedAt !== known.seenUpdatedAt;
}

export type StatusDeps = { fetch: typeof fetch; now: () => number; timeoutMs?: number };

/**
 * Asks once. Resolves with what to keep (the previous report, with `checkedAt` moved on, when the
 * receiver could not be asked or answered nonsense): never throws.
 */
export async function checkStatus(
  url: string,
  previous: KnownStatus | undefined,
  deps: StatusDeps,
): Promise<KnownStatus> {
  const checkedAt = deps.now();
  const keep = (): KnownStatus => ({ ...previous, checkedAt });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? 20_000);
  try {
    const { fetch } = deps;
    const response = await fetch(url, {
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      signal: controller.signal,
    });
    if (response.status === 404) return { ...keep(), gone: true };
    if (!response.ok) return keep();
    const parsed = StatusReport.safeParse(await response.json());
    if (!parsed.success) return keep();
    const { reference: _reference, ...report } = parsed.data;
    return { ...previous, report, checkedAt, gone: false };
  } catch {
    return keep();
  } finally {
    clearTimeout(timer);
  }
}
