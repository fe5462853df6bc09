import type { ChangeEvent } from './store.js';

type Listener = (event: ChangeEvent) => void;

/**
 * Committed changes, told to the event streams open in this process. Another server
 * process hears them through PostgreSQL (see the README: LISTEN/NOTIFY, or the change
 * log read from where the stream's Last-Event-ID left off).
 */
export class ChangeBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  listen(customerId: string, listener: Listener): () => void {
    let set = this.listeners.get(customerId);
    if (!set) this.listeners.set(customerId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(customerId);
    };
  }

  publish(event: ChangeEvent): void {
    for (const listener of [...(this.listeners.get(event.customerId) ?? [])]) listener(event);
  }
}
