// "Dine svar" asks for all of a person's statuses in one request (protocol 1.4, `POST /api/status`),
// when it is opened and when its tab is shown again, conditional on the ETag of the last answer so
// a receiver says "304, nothing changed" for almost nothing. A receiver older than 1.4 answers 404:
// the caller then asks per answer, at most hourly, as before (answer-status.ts). Pure apart from
// the injected fetch and validators, so the widget's page and the extension share it.
import { type KnownStatus, STATUS_FOLLOWED_FOR_MS, StatusReport } from './answer-status';

/** Tokens one request may name (the receiver's cap, server/routes/status.ts). */
export const STATUS_BATCH_MAX = 50;

/** The batch endpoint and the token of a receipt's status link; undefined for any other link. */
export function batchTarget(statusUrl: string): { endpoint: string; token: string } | undefined {
  const match = /^(https?:\/\/[^/?#]+\/api\/status)\/([A-Za-z0-9_-]{43})$/.exec(statusUrl);
  return match ? { endpoint: match[1]!, token: match[2]! } : undefined;
}

export interface FollowedAnswer {
  readonly id: string;
  readonly statusUrl?: string;
  readonly deliveredAt?: number;
  readonly answerStatus?: KnownStatus;
}

export interface StatusBatch {
  readonly endpoint: string;
  /** In a stable order (by token), so an unchanged set of answers meets its ETag again. */
  readonly entries: readonly { readonly id: string; readonly token: string }[];
}

/**
 * The answers to ask about, one batch per receiver and at most STATUS_BATCH_MAX per batch:
 * delivered with a status link a batch can name, not gone, and followed (180 days).
 */
export function statusBatches(items: readonly FollowedAnswer[], now: number): StatusBatch[] {
  const byEndpoint = new Map<string, { id: string; token: string }[]>();
  for (const item of items) {
    if (!item.statusUrl || item.deliveredAt === undefined || item.answerStatus?.gone) continue;
    if (now - item.deliveredAt > STATUS_FOLLOWED_FOR_MS) continue;
    const target = batchTarget(item.statusUrl);
    if (!target) continue;
    const entries = byEndpoint.get(target.endpoint) ?? [];
    entries.push({ id: item.id, token: target.token });
    byEndpoint.set(target.endpoint, entries);
  }
  const batches: StatusBatch[] = [];
  for (const [endpoint, entries] of byEndpoint) {
    entries.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
    for (let i = 0; i < entries.length; i += STATUS_BATCH_MAX)
      batches.push({ endpoint, entries: entries.slice(i, i + STATUS_BATCH_MAX) });
  }
  return batches;
}

/** Where the client keeps the last ETag of each batch (a batch is its endpoint and tokens). */
export interface Validators {
  get(key: string): string | undefined;
  set(key: string, etag: string): void;
}

export const validatorKey = (batch: StatusBatch) =>
  `${batch.endpoint}\n${batch.entries.map((entry) => entry.token).join(',')}`;

export type BatchOutcome =
  /** 304: what the client keeps is what the receiver has. */
  | { readonly kind: 'unchanged' }
  /** What to keep per answer id: the previous status with the new report, or gone. */
  | { readonly kind: 'changed'; readonly statuses: ReadonlyMap<string, KnownStatus> }
  /** The receiver has no batch (older than 1.4): ask per answer. */
  | { readonly kind: 'unsupported' }
  /** Offline, refused, limited, or nonsense: keep what is kept, ask later. */
  | { readonly kind: 'failed' };

export interface BatchDeps {
  fetch: typeof fetch;
  now: () => number;
  validators: Validators;
  /** What is kept now per answer id, to carry what the person has seen. */
  known: (id: string) => KnownStatus | undefined;
  timeoutMs?: number;
}

/** Asks once for one batch; never throws. */
export async function askBatch(batch: StatusBatch, deps: BatchDeps): Promise<BatchOutcome> {
  const key = validatorKey(batch);
  const etag = deps.validators.get(key);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? 20_000);
  try {
    // Called on its own, not as a method: a page's fetch refuses another `this`.
    const { fetch } = deps;
    const response = await fetch(batch.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(etag === undefined ? {} : { 'If-None-Match': etag }),
      },
      body: JSON.stringify({ tokens: batch.entries.map((entry) => entry.token) }),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      signal: controller.signal,
    });
    if (response.status === 304)
      return etag === undefined ? { kind: 'failed' } : { kind: 'unchanged' };
    if (response.status === 404 || response.status === 405) return { kind: 'unsupported' };
    if (!response.ok) return { kind: 'failed' };
    // Each entry checked as the GET's report is (no more schema code in the widget for it).
    const body = (await response.json()) as { statuses?: unknown } | null;
    const listed = Array.isArray(body?.statuses) ? (body.statuses as unknown[]) : [];
    const byToken = new Map<unknown, Record<string, unknown>>();
    for (const entry of listed)
      if (entry && typeof entry === 'object')
        byToken.set((entry as { token?: unknown }).token, entry as Record<string, unknown>);
    const checkedAt = deps.now();
    const statuses = new Map<string, KnownStatus>();
    for (const { id, token } of batch.entries) {
      const entry = byToken.get(token);
      const previous = deps.known(id);
      if (entry?.gone === true) {
        statuses.set(id, { ...previous, checkedAt, gone: true });
        continue;
      }
      const parsed = StatusReport.safeParse(entry);
      if (!parsed.success) return { kind: 'failed' };
      const { reference: _reference, ...report } = parsed.data;
      statuses.set(id, { ...previous, report, checkedAt, gone: false });
    }
    const tag = response.headers.get('etag');
    if (tag) deps.validators.set(key, tag);
    return { kind: 'changed', statuses };
  } catch {
    return { kind: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

/** Validators kept for as long as the page (or worker) lives. */
export function memoryValidators(): Validators {
  const tags = new Map<string, string>();
  return { get: (key) => tags.get(key), set: (key, etag) => void tags.set(key, etag) };
}
