/**
 * Results of recent writes by idempotency key, so a retried change is answered with
 * the first result instead of being applied twice. Only successful writes are kept: a
 * write that failed changed nothing, and its retry must be able to apply.
 */
export class IdempotencyCache {
  private readonly results = new Map<string, unknown>();

  constructor(private readonly limit = 100) {}

  get<T>(method: string, key: string): T | undefined {
    const result = this.results.get(`${method}\u0000${key}`) as T | undefined;
    return result === undefined ? undefined : structuredClone(result);
  }

  remember(method: string, key: string, result: unknown): void {
    this.results.set(`${method}\u0000${key}`, structuredClone(result));
    // A Map iterates in insertion order, so the first key is the oldest.
    if (this.results.size > this.limit) this.results.delete(this.results.keys().next().value!);
  }

  clear(): void {
    this.results.clear();
  }
}
