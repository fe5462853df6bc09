import { AdapterError, adapterErrorKinds, type AdapterErrorKind } from '@prefcenter/core';
import type { Latency } from './types.js';

interface QueuedFault {
  remaining: number;
  kind: AdapterErrorKind;
  methods: ReadonlySet<string> | undefined;
}

function checkKind(kind: AdapterErrorKind): AdapterErrorKind {
  if (!adapterErrorKinds.includes(kind)) throw new RangeError(`Unknown adapter error kind "${String(kind)}".`);
  return kind;
}

function checkLatency(latency: Latency): Latency {
  const ok =
    typeof latency === 'number'
      ? Number.isFinite(latency) && latency >= 0
      : Number.isFinite(latency.min) && Number.isFinite(latency.max) && latency.min >= 0 && latency.max >= latency.min;
  if (!ok) throw new RangeError('Latency must be a number of milliseconds >= 0, or { min, max } with 0 <= min <= max.');
  return latency;
}

/**
 * Simulated network: a delay per call, and failures chosen in advance (`failNext`) or
 * at random (`failureRate`). A fault is drawn before the call touches any data, so a
 * failed call never changes anything, as with a request that never reached the server.
 */
export class Faults {
  private latency: Latency;
  private rate = 0;
  private rateKind: AdapterErrorKind = 'network';
  private queue: QueuedFault[] = [];

  constructor(latency: Latency = 0, rate = 0, kind: AdapterErrorKind = 'network') {
    this.latency = checkLatency(latency);
    this.setFailureRate(rate, kind);
  }

  setLatency(latency: Latency): void {
    this.latency = checkLatency(latency);
  }

  setFailureRate(rate: number, kind: AdapterErrorKind = 'network'): void {
    if (!(rate >= 0 && rate <= 1)) throw new RangeError('The failure rate must be between 0 and 1.');
    this.rate = rate;
    this.rateKind = checkKind(kind);
  }

  failNext(count: number, kind: AdapterErrorKind, options: { methods?: string[] } = {}): void {
    if (!Number.isInteger(count) || count < 0) throw new RangeError('failNext() takes a whole number of calls.');
    if (count === 0) return;
    this.queue.push({
      remaining: count,
      kind: checkKind(kind),
      methods: options.methods ? new Set(options.methods) : undefined,
    });
  }

  clear(): void {
    this.queue = [];
    this.rate = 0;
  }

  /** This call's delay in milliseconds. */
  delay(): number {
    const latency = this.latency;
    if (typeof latency === 'number') return latency;
    return latency.min + Math.random() * (latency.max - latency.min);
  }

  /** Throws the failure due for a call of `method`, if there is one. */
  check(method: string): void {
    const index = this.queue.findIndex((fault) => !fault.methods || fault.methods.has(method));
    if (index >= 0) {
      const fault = this.queue[index]!;
      if (--fault.remaining === 0) this.queue.splice(index, 1);
      throw simulatedError(fault.kind, method);
    }
    if (this.rate > 0 && Math.random() < this.rate) throw simulatedError(this.rateKind, method);
  }
}

function simulatedError(kind: AdapterErrorKind, method: string): AdapterError {
  const retryAfter = kind === 'rate-limited' || kind === 'unavailable' ? 1 : undefined;
  return new AdapterError(kind, `Simulated ${kind} failure of ${method}().`, retryAfter ? { retryAfter } : {});
}

/** The reason an aborted signal carries, or a standard AbortError when it has none. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
