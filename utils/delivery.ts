import { parseRetryAfter } from './backoff';
import { isAllowedRemoteUrl } from './schema/common';
import { isReceiptUpdates, type ReceiptUpdates } from './schema/receipt-updates';
import type { Submission } from './schema/submission';

export type DeliveryIssue = { path: string; message: string };

/** What the endpoint's answer means for the outbox (docs/protocol.md). */
export type DeliveryResult =
  | {
      outcome: 'delivered';
      status: number;
      reference?: string;
      statusUrl?: string;
      /** Protocol 1.2: what became of the address for news (utils/schema/receipt-updates.ts). */
      updates?: ReceiptUpdates;
    }
  | { outcome: 'rejected'; status: number; error: string; issues?: DeliveryIssue[] }
  | { outcome: 'misconfigured'; status?: number; error: string }
  | { outcome: 'retry'; status?: number; error: string; retryAfterMs?: number };

export type DeliveryItem = { submission: Submission; endpoint: string };

export type DeliveryDeps = { fetch: typeof fetch; now: () => number; timeoutMs?: number };

const RETRY_STATUSES = [408, 425, 429];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Accepts `issues` as zod-like `{ path: (string|number)[] | string, message }` and ignores junk. */
function readIssues(value: unknown): DeliveryIssue[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const issues = value.filter(isRecord).map((issue) => ({
    path: Array.isArray(issue.path) ? issue.path.map(String).join('.') : String(issue.path ?? ''),
    message: String(issue.message ?? ''),
  }));
  return issues.length ? issues : undefined;
}

/**
 * The receipt's `statusUrl` (protocol 1.1), kept only when it is on the endpoint's own origin and
 * an allowed URL: a receiver may not send the page to ask anywhere else.
 */
function ownStatusUrl(value: unknown, endpoint: string): string | undefined {
  if (typeof value !== 'string' || !isAllowedRemoteUrl(value)) return undefined;
  return new URL(value).origin === new URL(endpoint).origin ? value : undefined;
}

/**
 * POSTs one envelope and classifies the answer. Never throws: every failure becomes a result the
 * outbox can act on, so nothing is lost to an exception.
 */
// Taken when the module loads: a host page that replaces JSON later cannot change what is sent.
const { stringify, parse } = JSON;

export async function deliver(item: DeliveryItem, deps: DeliveryDeps): Promise<DeliveryResult> {
  const { submission, endpoint } = item;
  // Called unbound: `window.fetch` invoked as `deps.fetch()` throws "Illegal invocation".
  const { fetch } = deps;
  if (!isAllowedRemoteUrl(endpoint)) {
    return { outcome: 'misconfigured', error: `endpoint not allowed: ${endpoint}` };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? 20_000);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.id },
      body: stringify(submission),
      credentials: 'omit',
      mode: 'cors',
      cache: 'no-store',
      // The page URL is already in the body; the Referer header would only repeat it.
      referrerPolicy: 'no-referrer',
      // A redirect could carry personal data to a place the host never configured.
      redirect: 'manual',
      signal: controller.signal,
    });
    const { status } = response;
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = parse(await response.text());
      if (isRecord(parsed)) body = parsed;
    } catch {
      // No body, or not JSON: the status alone decides.
    }
    const error = typeof body.error === 'string' ? body.error : `HTTP ${status}`;
    if ((status >= 200 && status < 300) || status === 409) {
      const delivered: DeliveryResult = { outcome: 'delivered', status };
      if (typeof body.reference === 'string') delivered.reference = body.reference;
      const statusUrl = ownStatusUrl(body.statusUrl, endpoint);
      if (statusUrl) delivered.statusUrl = statusUrl;
      // A value this client does not know is ignored, so a later receiver may add more.
      if (isReceiptUpdates(body.updates)) delivered.updates = body.updates;
      return delivered;
    }
    if (status === 400 || status === 422) {
      const issues = readIssues(body.issues);
      return issues
        ? { outcome: 'rejected', status, error, issues }
        : { outcome: 'rejected', status, error };
    }
    if (RETRY_STATUSES.includes(status) || status >= 500) {
      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), deps.now());
      return retryAfterMs === undefined
        ? { outcome: 'retry', status, error }
        : { outcome: 'retry', status, error, retryAfterMs };
    }
    // Other 4xx, 3xx, and the status-0 "opaqueredirect" a browser gives for redirect: 'manual'.
    return {
      outcome: 'misconfigured',
      status,
      error: status >= 400 ? error : `endpoint redirects (HTTP ${status})`,
    };
  } catch (cause) {
    return {
      outcome: 'retry',
      error: controller.signal.aborted ? 'timeout' : `network error: ${String(cause)}`,
    };
  } finally {
    clearTimeout(timer);
  }
}
