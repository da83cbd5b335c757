const BASE_MS = 2_000;
const CAP_MS = 600_000;

/**
 * How long to wait before retry number `attempt` (1 = the first retry). The nominal delay
 * doubles from 2 s up to 10 min; "equal jitter" keeps half of it fixed and randomises the other
 * half, so clients that failed together spread out yet never retry almost at once. A server's
 * Retry-After is a floor: waiting longer is allowed, earlier never.
 */
export function retryDelay(attempt: number, random: () => number, retryAfterMs?: number): number {
  // Clamp the exponent so huge attempt counts cannot overflow to Infinity.
  const nominal = Math.min(CAP_MS, BASE_MS * 2 ** Math.min(Math.max(attempt - 1, 0), 20));
  // A broken random source (NaN, out of range) must not produce a NaN or negative delay.
  const jittered = nominal / 2 + (nominal / 2) * Math.min(Math.max(random() || 0, 0), 1);
  return Math.max(Math.round(jittered), retryAfterMs ?? 0);
}

/** Retry-After as milliseconds from `now`: either delay-seconds or an HTTP date (RFC 9110). */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names a month; without one, Date.parse would read "-5" as a year.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
