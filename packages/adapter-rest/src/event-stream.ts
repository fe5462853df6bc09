import type { PrefsDomain, Unsubscribe } from '@prefcenter/core';
import { createSseParser } from './sse-parser.js';

type Listener = (document: unknown) => void;

export interface EventStreamOptions {
  url: string;
  /** The adapter instance: the server leaves out the changes it made itself. */
  clientId: string;
  fetch: typeof fetch;
  headers: () => Headers;
  credentials: RequestCredentials;
  reconnectDelay: number;
}

const maxDelay = 30_000;

/**
 * One Server-Sent Events connection per adapter, open while anyone subscribes. It is
 * read with `fetch` rather than `EventSource`, which cannot send an `Authorization`
 * header. When the connection drops it tries
 * again after a growing delay, with `Last-Event-ID`, so the server sends every change
 * after the last one heard, once.
 */
export class EventStream {
  private readonly listeners = new Map<PrefsDomain, Set<Listener>>();
  private controller: AbortController | undefined;
  private lastEventId: string | undefined;
  private delay: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: EventStreamOptions) {
    this.delay = options.reconnectDelay;
  }

  add(domain: PrefsDomain, listener: Listener): Unsubscribe {
    let set = this.listeners.get(domain);
    if (!set) this.listeners.set(domain, (set = new Set()));
    const entry: Listener = (document) => listener(document);
    set.add(entry);
    if (!this.controller) this.open();
    return () => {
      set.delete(entry);
      if (![...this.listeners.values()].some((s) => s.size)) this.close();
    };
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
    this.controller = undefined;
  }

  private open(): void {
    const controller = new AbortController();
    this.controller = controller;
    void this.read(controller).then(
      () => this.retry(controller),
      () => this.retry(controller),
    );
  }

  private retry(controller: AbortController): void {
    if (controller.signal.aborted || this.controller !== controller) return;
    this.controller = undefined;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.controller && [...this.listeners.values()].some((s) => s.size)) this.open();
    }, this.delay);
    this.delay = Math.min(maxDelay, this.delay * 2);
  }

  private async read(controller: AbortController): Promise<void> {
    const headers = this.options.headers();
    if (this.lastEventId !== undefined) headers.set('Last-Event-ID', this.lastEventId);
    const url = new URL(this.options.url, globalThis.location?.href);
    url.searchParams.set('client', this.options.clientId);
    const response = await this.options.fetch(url, {
      headers,
      credentials: this.options.credentials,
      signal: controller.signal,
      cache: 'no-store',
    });
    if (!response.ok || !response.body) {
      // A refusal (signed out, rate-limited) is not retried faster than its Retry-After.
      const seconds = Number(response.headers.get('Retry-After'));
      if (seconds > 0) this.delay = Math.max(this.delay, Math.min(maxDelay, seconds * 1000));
      await response.body?.cancel();
      return;
    }
    const parser = createSseParser((event) => {
      if (event.id !== undefined) this.lastEventId = event.id;
      if (event.event === 'ready') this.delay = this.options.reconnectDelay;
      if (event.event !== 'change') return;
      let change: { domain?: unknown; document?: unknown };
      try {
        change = JSON.parse(event.data) as typeof change;
      } catch {
        console.warn('[prefcenter] Ignored a change event that is not JSON.');
        return;
      }
      for (const listener of [...(this.listeners.get(change.domain as PrefsDomain) ?? [])]) {
        try {
          listener(change.document);
        } catch (error) {
          // One failing listener must not keep the change from the others.
          console.error('[prefcenter] A subscriber failed.', error);
        }
      }
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parser.feed(value);
    }
  }
}
