import {
  AdapterError,
  applyMergePatch,
  type ChangeMeta,
  type DomainDefinition,
  type PrefsAdapter,
  type PreferencesPatch,
  type Versioned,
} from '@prefcenter/core';
import { Deferred } from './deferred.js';

/** A save the backend received; the test settles it by hand unless the backend confirms at once. */
export interface FakeSave<D extends Versioned> {
  patch: PreferencesPatch<D>;
  meta: ChangeMeta;
  /** Stores the change on the version it was made on (a stale one is refused as a conflict). */
  confirm: () => void;
  fail: (error: unknown) => void;
}

/** A call of one of the domain's actions; the test settles it by hand when actions are held. */
export interface FakeActionCall {
  action: string;
  /** The arguments but the meta (the channel id of a verification). */
  input: unknown[];
  meta: ChangeMeta;
  answer: (value: unknown) => void;
  fail: (error: unknown) => void;
}

/** How a backend is built beyond its domain, catalog and document. */
export interface FakeBackendOptions {
  /**
   * The actions (by name in the definition) whose methods the adapter offers; all of
   * them when left out. A widget may behave differently when a method is missing (it
   * fires an event for the host instead), so a test can leave some out.
   */
  actions?: readonly string[];
}

/**
 * One domain's backend, made from the domain's definition in core: the adapter it hands
 * out has exactly the methods the definition names (catalog, read, write) and
 * `subscribe`, so a widget of any domain can be driven by the same fake. Reads answer at
 * once unless held; a failing read or save fails with the `AdapterError` the test sets.
 */
export class FakeBackend<D extends Versioned, C = unknown> {
  document: D;
  catalog: unknown;
  readonly saves: FakeSave<D>[] = [];
  loads = 0;
  /** How many of those reads were of the catalog. */
  catalogLoads = 0;
  /** Every read waits on this while it is set. */
  holdLoads: Deferred<void> | undefined;
  /** Every read fails with this while it is set. */
  failLoads: AdapterError | undefined;
  /** The next save fails with this. */
  failNextSave: AdapterError | undefined;
  /** Saves wait for the test to `confirm()` or `fail()` them. */
  holdSaves = false;
  /** Reads answer a copy (as a network would); off, they answer the values as they are, even ones no copy keeps. */
  cloneAnswers = true;
  /** Every call of an action (the definition's `actions`), in order. */
  readonly actionCalls: FakeActionCall[] = [];
  /** What each action answers, by name, unless it fails; an action not here answers `undefined`. */
  readonly actionAnswers = new Map<string, () => unknown>();
  /** The next call of the action, by name, fails with this. */
  readonly failNextAction = new Map<string, AdapterError>();
  /** Action calls wait for the test to `answer()` or `fail()` them. */
  holdActions = false;
  #actionWaiters: (() => void)[] = [];
  readonly adapter: PrefsAdapter;
  readonly #listeners = new Set<(document: D) => void>();
  #saveWaiters: (() => void)[] = [];

  constructor(definition: DomainDefinition<D, C>, catalog: unknown, document: D, options: FakeBackendOptions = {}) {
    this.catalog = catalog;
    this.document = document;
    const read = async (value: () => unknown) => {
      this.loads += 1;
      await this.holdLoads?.promise;
      if (this.failLoads) throw this.failLoads;
      return this.cloneAnswers ? structuredClone(value()) : value();
    };
    const methods = new Map<string, unknown>([
      [definition.readMethod, () => read(() => this.document)],
      [definition.writeMethod, (patch: PreferencesPatch<D>, meta: ChangeMeta) => this.#save(patch, meta)],
    ]);
    if (definition.catalogMethod) {
      methods.set(definition.catalogMethod, () => {
        this.catalogLoads += 1;
        return read(() => this.catalog);
      });
    }
    for (const [name, action] of Object.entries(definition.actions ?? {})) {
      if (options.actions && !options.actions.includes(name)) continue;
      methods.set(action.method, (...args: unknown[]) => this.#act(name, args));
    }
    this.adapter = Object.assign(Object.fromEntries(methods), {
      subscribe: (domain: string, listener: (document: never) => void) => {
        if (domain !== definition.domain) return () => {};
        const heard = listener as (document: D) => void;
        this.#listeners.add(heard);
        return () => this.#listeners.delete(heard);
      },
    }) as PrefsAdapter;
  }

  /** The `n`th save (from 1), once it has arrived. */
  async save(n: number): Promise<FakeSave<D>> {
    while (this.saves.length < n) await new Promise<void>((resolve) => this.#saveWaiters.push(resolve));
    return this.saves[n - 1]!;
  }

  /** The `n`th action call (from 1), once it has arrived. */
  async actionCall(n: number): Promise<FakeActionCall> {
    while (this.actionCalls.length < n) await new Promise<void>((resolve) => this.#actionWaiters.push(resolve));
    return this.actionCalls[n - 1]!;
  }

  /** The idempotency keys of the calls of `action`, in order. */
  keysOf(action: string): string[] {
    return this.actionCalls.filter((call) => call.action === action).map((call) => call.meta.idempotencyKey);
  }

  #act(action: string, args: unknown[]): Promise<unknown> {
    const answer = new Deferred<unknown>();
    // The meta is the argument with the idempotency key: last, but for removePaymentMethod's
    // options, which follow it (added later, so that adapters written before keep working).
    const at = args.findIndex((arg) => typeof arg === 'object' && arg !== null && 'idempotencyKey' in arg);
    const meta = args[at] as ChangeMeta;
    const call: FakeActionCall = {
      action,
      input: [...args.slice(0, at), ...args.slice(at + 1)],
      meta,
      answer: (value) => answer.resolve(value),
      fail: (error) => answer.reject(error),
    };
    meta.signal.addEventListener('abort', () => answer.reject(meta.signal.reason), { once: true });
    this.actionCalls.push(call);
    for (const waiter of this.#actionWaiters.splice(0)) waiter();
    const failure = this.failNextAction.get(action);
    if (failure) {
      this.failNextAction.delete(action);
      call.fail(failure);
    } else if (!this.holdActions) call.answer(structuredClone(this.actionAnswers.get(action)?.()));
    return answer.promise;
  }

  /** Another tab or device changed the document; `notify` pushes it to subscribers. */
  changeElsewhere(patch: PreferencesPatch<D>, notify = true): void {
    this.document = { ...applyMergePatch(this.document, patch), version: this.document.version + 1 };
    if (notify) for (const listener of this.#listeners) listener(structuredClone(this.document));
  }

  #save(patch: PreferencesPatch<D>, meta: ChangeMeta): Promise<D> {
    const answer = new Deferred<D>();
    const save: FakeSave<D> = {
      patch,
      meta,
      confirm: () => {
        if (meta.version !== this.document.version) {
          answer.reject(new AdapterError('conflict', 'The document changed since this version.'));
          return;
        }
        this.document = { ...applyMergePatch(this.document, patch), version: this.document.version + 1 };
        answer.resolve(structuredClone(this.document));
      },
      fail: (error) => answer.reject(error),
    };
    this.saves.push(save);
    for (const waiter of this.#saveWaiters.splice(0)) waiter();
    if (this.failNextSave) {
      const error = this.failNextSave;
      this.failNextSave = undefined;
      save.fail(error);
    } else if (!this.holdSaves) save.confirm();
    return answer.promise;
  }
}
