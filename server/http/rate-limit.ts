export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per client: `limit` requests in a burst, refilled evenly over the window. Buckets
 * that have refilled completely hold no information and are dropped, so a flood of distinct
 * addresses cannot grow the map beyond what is still being limited.
 */
export function createRateLimiter(
  { limit, windowMs }: { readonly limit: number; readonly windowMs: number },
  clock: () => number,
): (key: string) => RateDecision {
  const buckets = new Map<string, Bucket>();
  const perMs = limit / windowMs;
  let lastSweep = clock();

  const refill = (bucket: Bucket, now: number) =>
    Math.min(limit, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs);

  const sweep = (now: number) => {
    for (const [key, bucket] of buckets) {
      if (refill(bucket, now) >= limit) buckets.delete(key);
    }
    lastSweep = now;
  };

  return (key) => {
    const now = clock();
    if (now - lastSweep > windowMs) sweep(now);
    const bucket = buckets.get(key) ?? { tokens: limit, updatedAt: now };
    bucket.tokens = refill(bucket, now);
    bucket.updatedAt = now;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
    };
  };
}
