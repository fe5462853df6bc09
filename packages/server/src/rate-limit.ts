/**
 * A token bucket per customer: `burst` requests at once, refilled at `perSecond`. It
 * lives in the process; several servers behind one balancer share a budget only if the
 * balancer routes a customer to one of them (see the README) or the buckets move to a
 * shared store.
 */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly held = new Set<string>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes a token: `0` when the request may go on, else the seconds until one is free. */
  take(key: string): number {
    if (this.held.has(key)) return Math.max(1, Math.ceil(1 / this.limit.perSecond));
    const now = this.now();
    // A full bucket is the same as no bucket: forget those, so idle customers cost no memory.
    if (this.buckets.size > 10_000) this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }

  /**
   * Demos and tests only (`POST /v1/dev/rate-limit`): refuses every request of `key` until
   * `hold(key, false)`, as a spent budget would. A budget spent by sending requests refills
   * at its own pace, so a test that raced it depended on the machine's speed.
   */
  hold(key: string, held: boolean): void {
    if (held) this.held.add(key);
    else this.held.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond >= this.limit.burst) {
        this.buckets.delete(key);
      }
    }
  }
}
