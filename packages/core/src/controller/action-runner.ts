import type { ChangeMeta } from '../adapter.js';
import { type AdapterError, toAdapterError } from '../errors.js';
import { newIdempotencyKey } from '../ids.js';
import { withTimeout } from '../timeout.js';

/**
 * Where one action stands, for the template: a button is disabled while its action is
 * `pending`, says what went wrong when it `failed`, and can say it is `done`.
 */
export type ActionStatus = 'idle' | 'pending' | 'failed' | 'done';

export interface ActionState<R = unknown> {
  readonly status: ActionStatus;
  /** Why it failed, when `failed`. */
  readonly error?: AdapterError;
  /** What it returned, when `done`. */
  readonly result?: R;
}

/** What happened to an action, for the element's status region. */
export type ActionNotice =
  | { type: 'action-done'; action: string; target: string }
  | { type: 'action-failed'; action: string; target: string; error: AdapterError };

/** An action's adapter call, given the meta of this attempt. */
export type ActionCall<R> = (meta: ChangeMeta) => Promise<R>;

export interface ActionRunnerOptions {
  /** Milliseconds before an attempt is aborted and fails as `timeout`. */
  timeout: () => number;
  /** The version of the document the action is made on (0 before one is loaded). */
  version: () => number;
  /** Told of every settled attempt, in order. */
  onSettled: (notice: ActionNotice, attempt: { retry: () => void }) => void | Promise<void>;
  /** Something changed that the template shows. */
  requestUpdate: () => void;
}

interface Entry {
  state: ActionState;
  /** The attempt under way, so a second click joins it instead of starting another. */
  running?: Promise<ActionState>;
  /** The call and key of the last attempt, for Retry with the same idempotency key. */
  call?: ActionCall<unknown>;
  idempotencyKey?: string;
  /** This action's own deadline (a step the customer takes, such as typing a code, needs minutes). */
  timeout?: number;
  abort?: AbortController;
}

const idle: ActionState = Object.freeze({ status: 'idle' });

/**
 * Runs actions (add a payment method, verify a phone, revoke a session, read a history)
 * with the guarantees the resource controller gives patches: one attempt at a time per
 * action and target, a deadline, abort when the widget leaves the page, every failure an
 * `AdapterError`, and Retry with the same idempotency key. The state of each action is
 * kept per target (the channel being verified, the method being removed), in a `Map`, so
 * any id is safe as a target, `__proto__` included.
 */
export class ActionRunner {
  readonly #entries = new Map<string, Map<string, Entry>>();
  readonly #options: ActionRunnerOptions;

  constructor(options: ActionRunnerOptions) {
    this.#options = options;
  }

  state<R = unknown>(action: string, target = ''): ActionState<R> {
    return (this.#entries.get(action)?.get(target)?.state ?? idle) as ActionState<R>;
  }

  /**
   * Starts `call` as `action` on `target`, or joins the attempt already under way for
   * them, so a second click starts nothing. Resolves with the settled state; never rejects.
   */
  run<R>(action: string, target: string, call: ActionCall<R>, timeout?: number): Promise<ActionState<R>> {
    const entry = this.#entry(action, target);
    if (entry.running && entry.state.status === 'pending') return entry.running as Promise<ActionState<R>>;
    entry.call = call as ActionCall<unknown>;
    entry.timeout = timeout;
    entry.idempotencyKey = newIdempotencyKey();
    return this.#attempt(action, target, entry) as Promise<ActionState<R>>;
  }

  /** Runs the failed attempt again with the same idempotency key; nothing when none failed. */
  retry(action: string, target = ''): Promise<ActionState> | undefined {
    const entry = this.#entries.get(action)?.get(target);
    if (!entry?.call) return undefined;
    if (entry.running && entry.state.status === 'pending') return entry.running;
    // A failed attempt may still be saying so (a listener of its event retries at once).
    if (entry.state.status !== 'failed') return undefined;
    return this.#attempt(action, target, entry);
  }

  /**
   * Forgets how `action` on `target` went (back to `idle`); one under way is aborted. A
   * later `run` is a new request with a new key.
   */
  reset(action: string, target = ''): void {
    const entry = this.#entries.get(action)?.get(target);
    if (!entry) return;
    entry.abort?.abort(new DOMException('The action was reset.', 'AbortError'));
    this.#entries.get(action)!.delete(target);
    this.#options.requestUpdate();
  }

  /**
   * The widget left the page, or its adapter was replaced: every attempt under way is
   * aborted and is `idle` at once, unannounced (a click right after cannot join it). What
   * failed stays failed, for Retry.
   */
  abortAll(reason = 'The widget was removed.'): void {
    let aborted = false;
    for (const targets of this.#entries.values()) {
      for (const entry of targets.values()) {
        if (!entry.abort) continue;
        const { abort } = entry;
        entry.abort = undefined;
        entry.running = undefined;
        if (entry.state.status === 'pending') entry.state = idle;
        abort.abort(new DOMException(reason, 'AbortError'));
        aborted = true;
      }
    }
    // Only when something changed: a template reading state() may be what noticed a new adapter.
    if (aborted) this.#options.requestUpdate();
  }

  /** A new adapter: nothing from the old one carries over. */
  clear(): void {
    this.abortAll('The adapter was replaced.');
    this.#entries.clear();
  }

  #entry(action: string, target: string): Entry {
    let targets = this.#entries.get(action);
    if (!targets) this.#entries.set(action, (targets = new Map()));
    let entry = targets.get(target);
    if (!entry) targets.set(target, (entry = { state: idle }));
    return entry;
  }

  async #attempt(action: string, target: string, entry: Entry): Promise<ActionState> {
    const abort = new AbortController();
    entry.abort = abort;
    entry.state = { status: 'pending' };
    this.#options.requestUpdate();
    const settle = async (): Promise<ActionState> => {
      let notice: ActionNotice;
      try {
        const result = await withTimeout(
          (signal) => entry.call!({ version: this.#options.version(), idempotencyKey: entry.idempotencyKey!, signal }),
          entry.timeout ?? this.#options.timeout(),
          abort.signal,
        );
        if (this.#stale(action, target, entry, abort)) return idle;
        entry.state = { status: 'done', result };
        notice = { type: 'action-done', action, target };
      } catch (error) {
        if (this.#stale(action, target, entry, abort)) return idle;
        if (abort.signal.aborted) {
          // Aborted by us (the widget left or was reset): nothing to tell the customer.
          entry.state = idle;
          return idle;
        }
        const adapterError = toAdapterError(error);
        // A conflict was refused on a stale version, so it was not applied: the Retry is
        // a new request on the current version, with a key of its own.
        if (adapterError.kind === 'conflict') entry.idempotencyKey = newIdempotencyKey();
        entry.state = { status: 'failed', error: adapterError };
        notice = { type: 'action-failed', action, target, error: adapterError };
      }
      // What this attempt came to: a listener told of it may start a Retry at once.
      const settled = entry.state;
      await this.#options.onSettled(notice, { retry: () => void this.retry(action, target) });
      return settled;
    };
    const running = settle().finally(() => {
      if (entry.running === running) entry.running = undefined;
      if (entry.abort === abort) entry.abort = undefined;
      this.#options.requestUpdate();
    });
    entry.running = running;
    return running;
  }

  /** The entry was reset or cleared while the call ran: its answer must not land. */
  #stale(action: string, target: string, entry: Entry, abort: AbortController): boolean {
    return this.#entries.get(action)?.get(target) !== entry || entry.abort !== abort;
  }
}
