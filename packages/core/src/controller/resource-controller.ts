import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangeMeta, PreferencesPatch, PrefsDomain, ReadOptions, Unsubscribe } from '../adapter.js';
import { AdapterError, toAdapterError } from '../errors.js';
import {
  PrefsChangeEvent,
  PrefsConflictEvent,
  PrefsErrorEvent,
  PrefsReauthRequiredEvent,
  PrefsSavedEvent,
} from '../events.js';
import { newIdempotencyKey } from '../ids.js';
import type { ActionNotice } from './action-runner.js';
import { defaultAdapterTimeout, withTimeout } from '../timeout.js';
import {
  applyMergePatch,
  composeMergePatches,
  filterMergePatch,
  jsonEqual,
  patchPaths,
  readPath,
} from '../merge-patch.js';
import type { Versioned } from '../schemas/common.js';

/**
 * How a widget reaches its domain: reads and writes that already check the adapter's
 * answers against the schema (see `domainResource`). The controller knows nothing
 * about any one domain.
 */
export interface ResourceSpec<D extends Versioned, C = unknown> {
  domain: PrefsDomain;
  /** What the institution offers (categories, palette, purposes); loaded with the document. */
  loadCatalog?: (options: ReadOptions) => Promise<C>;
  load: (options: ReadOptions) => Promise<D>;
  save: (patch: PreferencesPatch<D>, meta: ChangeMeta) => Promise<D>;
  subscribe?: (listener: (document: D) => void) => Unsubscribe;
  /** The actions the adapter offers, by name (see `DomainDefinition.actions`). */
  actions?: ReadonlyMap<string, (input: unknown, meta: ChangeMeta) => Promise<ActionOutcome<D>>>;
}

/** What an action's answer came to: the domain's new document, or a result of its own. */
export interface ActionOutcome<D> {
  document?: D;
  result?: unknown;
}

/** Told of a change the customer made, with the view it was made on (see `onChange`). */
export type ChangeListener<D> = (patch: PreferencesPatch<D>, before: D) => void;

export type ResourceMode = 'auto' | 'manual';
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
/** `pending`: changes wait to be sent (a batch in auto mode, a draft in manual mode). */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** What happened, for the element's status region. */
export type ResourceNotice =
  | { type: 'loaded' }
  | { type: 'load-failed'; error: AdapterError }
  | { type: 'saved' }
  | { type: 'save-failed'; error: AdapterError }
  | { type: 'conflict'; paths: string[][] }
  | { type: 'external-update' }
  | { type: 'discarded' }
  | ActionNotice;

export interface ResourceControllerOptions {
  /** Read on every change, so the host can switch modes with an attribute. */
  mode?: () => ResourceMode;
  /** Quick successive changes within this many milliseconds go out as one save (auto mode). */
  batchDelay?: number;
  /** A batch is sent at the latest this long after its first change, however busy the customer is. */
  maxBatchWait?: number;
  /** A read or write that takes longer is aborted and reported as `timeout`. */
  timeout?: number;
  onNotice?: (notice: ResourceNotice) => void;
}

interface SentChange<P> {
  patch: P;
  idempotencyKey: string;
}

interface FailedChange<P> extends SentChange<P> {
  error: AdapterError;
  /** When the service said it may be asked again (its `retryAfter`), in epoch milliseconds. */
  notBefore?: number;
}

/**
 * The longest wait we keep, in milliseconds. A larger `retryAfter` is a service's mistake
 * (or a date sent as seconds); beyond about 8.6e12 seconds it is not even a valid Date.
 */
const longestWait = 7 * 24 * 3600 * 1000;

/** When a refusal's `retryAfter` (seconds) ends, from now; nothing for a missing or senseless one. */
function notBefore(error: AdapterError): number | undefined {
  const seconds = error.retryAfter;
  return typeof seconds === 'number' && seconds > 0 && Number.isFinite(seconds)
    ? Date.now() + Math.min(seconds * 1000, longestWait)
    : undefined;
}

/** The later of two times; either may be missing. */
function latest(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** The longest delay `setTimeout` keeps (a longer one fires at once). */
const longestTimer = 2 ** 31 - 1;

/**
 * `patch` without the fields `newer` sets, or sets above or below (a whole object over a
 * field, or a field inside one): the newer choice wins there. The same `patch` when
 * nothing is superseded, `undefined` when everything is.
 */
function withoutSuperseded<P>(patch: P, newer: P): P | undefined {
  const chosen = patchPaths(newer);
  const related = (a: string[], b: string[]) => a.every((key, i) => i >= b.length || b[i] === key);
  const superseded = (path: string[]) => chosen.some((p) => related(p, path));
  if (!patchPaths(patch).some(superseded)) return patch;
  return filterMergePatch(patch, (path) => !superseded(path));
}

/** Consecutive conflicts after which we stop re-sending and ask the customer. */
const maxConflictRounds = 3;

/**
 * The one place that talks to an adapter for a widget. It loads on connect (and aborts
 * that load on disconnect), shows each change at once, saves it with `{ version,
 * idempotencyKey, signal }`, rolls the view back on failure while keeping the change for
 * Retry, resolves conflicts by reloading and re-applying what does not collide, batches
 * quick changes or keeps a manual draft, and applies updates made elsewhere.
 *
 * The view the element renders is always derived: confirmed document, then the change
 * being saved, then the changes not yet sent. Nothing is copied, so nothing drifts.
 */
export class ResourceController<D extends Versioned, C = unknown> implements ReactiveController {
  loadStatus: LoadStatus = 'idle';
  loadError: AdapterError | undefined;
  catalog: C | undefined;
  /** The last document the adapter confirmed. */
  confirmed: D | undefined;
  /**
   * Told of each change made through `change()`, with the view it was made on: what an
   * undo needs (one listener, core's `UndoRecorder`, so every widget pays for no more).
   * A conflict's "Use my changes" re-applies edits already told, so it is not told again.
   */
  onChange: ChangeListener<D> | undefined;
  /** Changes not yet sent: the batch (auto) or the draft (manual). */
  draft: PreferencesPatch<D> | undefined;
  inflight: SentChange<PreferencesPatch<D>> | undefined;
  #lastView:
    | { confirmed: D; inflight: PreferencesPatch<D> | undefined; draft: PreferencesPatch<D> | undefined; view: D }
    | undefined;
  /** A change the adapter refused; rolled back from the view and kept for Retry. */
  failed: FailedChange<PreferencesPatch<D>> | undefined;
  /** The customer's edits that collided with changes made elsewhere and were not applied. */
  conflict: { paths: string[][]; patch: PreferencesPatch<D> } | undefined;

  #spec: ResourceSpec<D, C> | undefined;
  /** Data the page was rendered with, kept until an adapter is set (see `seed`). */
  #seed: { document: D; catalog: C | undefined } | undefined;
  #loadAbort: AbortController | undefined;
  #unsubscribe: Unsubscribe | undefined;
  #batchTimer: ReturnType<typeof setTimeout> | undefined;
  #batchStartedAt = 0;
  /** Retry was asked for while another save was in flight, or before a (re)load ended; it runs then. */
  #retryWhenIdle = false;
  #connected = false;
  /** The last write was confirmed, and nothing was changed, sent or refused since. */
  #lastWriteSaved = false;
  /** Ends the wait a `retryAfter` asked for: redraws, or sends the Retry pressed meanwhile. */
  #waitTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whose wait the timer is: a failed load's, or a refused save's (a reload keeps the latter). */
  #waitingFor: 'load' | 'save' | undefined;
  #retryWhenWaited = false;
  /** When a failed load may be tried again (its `retryAfter`), in epoch milliseconds. */
  #loadNotBefore: number | undefined;
  readonly #options: Required<ResourceControllerOptions>;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ResourceControllerOptions = {}) {
    this.#host = host;
    this.#options = {
      mode: () => 'auto',
      batchDelay: 300,
      maxBatchWait: 2000,
      timeout: defaultAdapterTimeout,
      onNotice: () => {},
      ...options,
    };
    host.addController(this);
  }

  /** Anything but `manual` saves automatically, so a mistyped attribute never strands changes. */
  get mode(): ResourceMode {
    return this.#options.mode() === 'manual' ? 'manual' : 'auto';
  }

  /** What the customer sees: confirmed, plus the change in flight, plus unsent changes. */
  get view(): D | undefined {
    const { confirmed, draft } = this;
    const inflight = this.inflight?.patch;
    if (!confirmed) return undefined;
    // A template reads the view many times per render (every row, every header), and the
    // three parts only ever change by being replaced (patches and documents are never
    // mutated), so the merged view is kept until one of them is. The same view object
    // also lets a widget cache what it derives from it.
    const last = this.#lastView;
    if (last && last.confirmed === confirmed && last.inflight === inflight && last.draft === draft) return last.view;
    let view = confirmed;
    if (inflight) view = applyMergePatch(view, inflight);
    if (draft) view = applyMergePatch(view, draft);
    this.#lastView = { confirmed, inflight, draft, view };
    return view;
  }

  /** Manual mode: there are changes the customer has not saved or cancelled. */
  get dirty(): boolean {
    return this.draft !== undefined;
  }

  get busy(): boolean {
    return this.inflight !== undefined;
  }

  /**
   * Where saving stands, read from the state rather than kept beside it (so it cannot
   * drift): changes waiting to go out come first, then a write in flight, then a refused
   * change waiting for Retry, then the last write's success.
   */
  get saveStatus(): SaveStatus {
    if (this.draft) return 'pending';
    if (this.inflight) return 'saving';
    if (this.failed) return 'error';
    return this.#lastWriteSaved ? 'saved' : 'idle';
  }

  /**
   * When the service said the refused change (or the failed load) may be sent again, in
   * epoch milliseconds; `undefined` once that time has passed, or when it said nothing.
   */
  get retryAt(): number | undefined {
    const at = this.loadStatus === 'error' ? this.#loadNotBefore : this.failed?.notBefore;
    return at !== undefined && at > Date.now() ? at : undefined;
  }

  /** Retry was pressed before `retryAt`: it goes out then, on its own. */
  get retryScheduled(): boolean {
    return this.#retryWhenWaited;
  }

  /** Waits until `at` (none: stops waiting), then redraws, or retries if Retry was pressed meanwhile. */
  #waitUntil(at: number | undefined, waitingFor?: 'load' | 'save'): void {
    clearTimeout(this.#waitTimer);
    this.#waitTimer = undefined;
    this.#retryWhenWaited = false;
    this.#waitingFor = at === undefined ? undefined : waitingFor;
    if (at === undefined) return;
    this.#waitTimer = setTimeout(
      () => {
        this.#waitTimer = undefined;
        const retry = this.#retryWhenWaited;
        this.#retryWhenWaited = false;
        if (retry) this.retry();
        this.#host.requestUpdate();
      },
      Math.min(longestTimer, Math.max(0, at - Date.now())),
    );
  }

  /**
   * Sets how to reach the adapter; a new spec reloads. `undefined` clears (no adapter).
   *
   * A host often builds a new adapter when a token changes, e.g. after the customer
   * signed in again. The customer's work survives that: unsent edits, a change that was
   * in flight (its answer is ignored, so it goes out again), a refused change waiting
   * for Retry and held conflicts all carry over to the new adapter of the same domain.
   */
  setSpec(spec: ResourceSpec<D, C> | undefined): void {
    if (spec === this.#spec) return;
    const sameDomain = spec !== undefined && this.#spec !== undefined && spec.domain === this.#spec.domain;
    this.#spec = spec;
    this.#stopListening();
    // Whatever was under way belongs to the old adapter: its answers must not land here.
    this.#loadAbort?.abort(new DOMException('The adapter was replaced.', 'AbortError'));
    this.#loadAbort = undefined;
    this.loadError = undefined;
    clearTimeout(this.#batchTimer);
    this.#batchTimer = undefined;
    if (sameDomain && this.inflight) {
      // Merge patches set values, so sending this one again is harmless if it did land.
      this.draft = this.draft ? composeMergePatches(this.inflight.patch, this.draft) : this.inflight.patch;
    }
    this.inflight = undefined;
    if (!sameDomain) {
      this.draft = undefined;
      this.failed = undefined;
      this.conflict = undefined;
    }
    this.confirmed = undefined;
    this.catalog = undefined;
    this.#lastWriteSaved = false;
    this.loadStatus = 'idle';
    const seed = spec && this.#seed;
    if (seed) {
      this.#seed = undefined;
      this.seed(seed.document, seed.catalog);
    } else if (spec && this.#connected) void this.load();
    this.#host.requestUpdate();
  }

  /**
   * Data the host already has, e.g. what the page was rendered with on the server: it is
   * the confirmed state at once, with no skeleton, and is read again in the background
   * once there is an adapter (a newer version then arrives as an update from elsewhere,
   * the catalog is replaced; a read that fails leaves the seed). Ignored once the adapter
   * has answered: what it said is newer.
   */
  seed(document: D, catalog: C | undefined): void {
    if (this.confirmed) return;
    this.confirmed = document;
    this.catalog = catalog;
    this.loadStatus = 'ready';
    this.loadError = undefined;
    if (!this.#spec) {
      // Kept for the first adapter, which starts from it rather than from a load.
      this.#seed = { document, catalog };
    } else {
      // A load already under way is not needed: the seed is shown and read again.
      this.#loadAbort?.abort();
      this.#loadAbort = undefined;
      if (this.#connected) {
        this.#listen();
        void this.refresh();
        void this.reloadCatalog().catch(() => {});
      }
    }
    this.#host.requestUpdate();
  }

  /** The host switched between auto and manual saving. */
  modeChanged(): void {
    if (this.mode === 'auto') {
      // Entering auto: what was drafted for Save goes out now, as any auto change would.
      if (this.draft && this.confirmed) this.flush();
    } else {
      // Entering manual: a batch waiting for its timer becomes the draft, for Save or Cancel.
      clearTimeout(this.#batchTimer);
      this.#batchTimer = undefined;
    }
    this.#host.requestUpdate();
  }

  /**
   * The page is being hidden, or closed (hidden first: the last event a closing page
   * reliably fires): a batch waiting for its timer goes out now, with keepalive.
   */
  readonly #onLeave = (): void => {
    if (document.visibilityState === 'hidden' && this.#batchTimer !== undefined && this.mode === 'auto') {
      this.#sendDraft(true);
    }
  };

  hostConnected(): void {
    this.#connected = true;
    globalThis.document?.addEventListener('visibilitychange', this.#onLeave);
    if (this.#spec && (this.loadStatus === 'idle' || (this.loadStatus === 'loading' && !this.#loadAbort))) {
      void this.load();
    } else if (this.#spec && this.loadStatus === 'ready') {
      // Back on the page: updates made while it was away were not heard, so read again.
      this.#listen();
      void this.refresh();
    }
    this.#resumeWait();
  }

  /** Back on the page: the wait stopped on removal goes on, or its scheduled Retry goes out now. */
  #resumeWait(): void {
    if (this.#waitTimer !== undefined || this.#waitingFor === undefined) return;
    const scheduled = this.#retryWhenWaited;
    const at = this.retryAt;
    if (at !== undefined) {
      this.#waitUntil(at, this.#waitingFor);
      this.#retryWhenWaited = scheduled;
      return;
    }
    this.#waitingFor = undefined;
    this.#retryWhenWaited = false;
    if (scheduled) this.retry();
  }

  hostDisconnected(): void {
    this.#connected = false;
    globalThis.document?.removeEventListener('visibilitychange', this.#onLeave);
    if (this.#loadAbort) {
      this.#loadAbort.abort(new DOMException('The widget was removed.', 'AbortError'));
      this.#loadAbort = undefined;
      this.loadStatus = 'idle';
    }
    this.#stopListening();
    // Changes already made are not dropped when the widget leaves the page: a batch
    // waiting for its timer goes out now. (A manual draft is the customer's to save.)
    if (this.#batchTimer !== undefined && this.mode === 'auto') this.flush();
    clearTimeout(this.#batchTimer);
    this.#batchTimer = undefined;
    // A removed widget sends nothing by itself, and no timer keeps it alive; the wait (and
    // a Retry scheduled for it) is taken up again on reconnect (see `#resumeWait`).
    clearTimeout(this.#waitTimer);
    this.#waitTimer = undefined;
  }

  /** Loads the catalog and the document. Also the Retry of a failed load. */
  async load(): Promise<void> {
    const spec = this.#spec;
    if (!spec) return;
    this.#loadAbort?.abort();
    const abort = new AbortController();
    this.#loadAbort = abort;
    this.loadStatus = 'loading';
    this.loadError = undefined;
    this.#loadNotBefore = undefined;
    // Only the wait of a failed load ends here: a refused save's, and a Retry scheduled for
    // it, belong to the change, which a new adapter (a token refreshed) carries over.
    const saveRetry = this.#waitingFor === 'save' && this.#retryWhenWaited;
    this.#waitUntil(this.retryAt, 'save');
    if (this.#waitTimer !== undefined) this.#retryWhenWaited = saveRetry;
    this.#host.requestUpdate();
    try {
      const [catalog, document] = await Promise.all([
        spec.loadCatalog ? this.#withTimeout((signal) => spec.loadCatalog!({ signal }), abort.signal) : undefined,
        this.#withTimeout((signal) => spec.load({ signal }), abort.signal),
      ]);
      if (abort !== this.#loadAbort) return; // superseded or disconnected
      this.catalog = catalog as C;
      this.confirmed = document;
      this.loadStatus = 'ready';
      this.#loadAbort = undefined;
      this.#listen();
      this.#options.onNotice({ type: 'loaded' });
      // Edits carried over from a replaced adapter go out on the new one, and so does a
      // refused change whose Retry came while this load was under way.
      if (this.draft && this.mode === 'auto') this.flush();
      if (this.#retryWhenIdle) {
        this.#retryWhenIdle = false;
        this.retry();
      }
    } catch (error) {
      if (abort !== this.#loadAbort) return;
      this.#loadAbort = undefined;
      const adapterError = toAdapterError(error);
      this.loadStatus = 'error';
      this.loadError = adapterError;
      this.#loadNotBefore = notBefore(adapterError);
      // The one wait becomes the load's; a Retry the customer scheduled for a refused save
      // is not dropped with it: it goes out once the document is loaded again (and, if its
      // own time has not yet come, waits for it then).
      const saveRetry = this.#waitingFor === 'save' && this.#retryWhenWaited;
      this.#waitUntil(this.#loadNotBefore, 'load');
      if (saveRetry) this.#retryWhenIdle = true;
      this.#host.dispatchEvent(new PrefsErrorEvent({ domain: spec.domain, operation: 'load', error: adapterError }));
      this.#options.onNotice({ type: 'load-failed', error: adapterError });
    }
    this.#host.requestUpdate();
  }

  /**
   * Reads the catalog again, e.g. once a host step made a notification channel ready.
   * The document and any unsaved edits are untouched. Throws the `AdapterError`.
   */
  async reloadCatalog(): Promise<void> {
    const spec = this.#spec;
    if (!spec?.loadCatalog) return;
    try {
      const catalog = await this.#withTimeout((signal) => spec.loadCatalog!({ signal }), undefined);
      if (spec !== this.#spec) return;
      this.catalog = catalog;
    } catch (error) {
      throw toAdapterError(error);
    } finally {
      this.#host.requestUpdate();
    }
  }

  /**
   * The customer changed something. It shows at once; in auto mode it is saved after
   * the batch delay, together with any other change made meanwhile.
   */
  change(patch: PreferencesPatch<D>): void {
    const before = this.view;
    // An ignored change (no adapter yet) has nothing to undo.
    if (this.#change(patch) && before) this.onChange?.(patch, before);
  }

  /** Applies a change; `false` when it was ignored (no adapter or nothing loaded). */
  #change(patch: PreferencesPatch<D>): boolean {
    if (!this.#spec || !this.confirmed) return false;
    this.#supersede(patch);
    this.draft = this.draft === undefined ? patch : composeMergePatches(this.draft, patch);
    this.#lastWriteSaved = false;
    this.#host.dispatchEvent(new PrefsChangeEvent({ domain: this.#spec.domain, patch }));
    if (this.mode === 'auto') {
      const now = Date.now();
      if (this.#batchTimer === undefined) this.#batchStartedAt = now;
      clearTimeout(this.#batchTimer);
      const untilLatest = this.#batchStartedAt + this.#options.maxBatchWait - now;
      this.#batchTimer = setTimeout(() => this.flush(), Math.max(0, Math.min(this.#options.batchDelay, untilLatest)));
    }
    this.#host.requestUpdate();
    return true;
  }

  /** Sends unsent changes now: the Save button in manual mode, or the end of a batch. */
  flush(): void {
    this.#sendDraft(false);
  }

  #sendDraft(keepalive: boolean): void {
    clearTimeout(this.#batchTimer);
    this.#batchTimer = undefined;
    // One write at a time: the next one is made on the version the previous one returns.
    if (!this.draft || this.inflight) return;
    const patch = this.draft;
    this.draft = undefined;
    void this.#send(patch, newIdempotencyKey(), 0, keepalive);
  }

  /** Manual mode: throws the draft away. */
  cancel(): void {
    if (!this.draft) return;
    clearTimeout(this.#batchTimer);
    this.#batchTimer = undefined;
    this.draft = undefined;
    this.#options.onNotice({ type: 'discarded' });
    this.#host.requestUpdate();
  }

  /** Sends the refused change again with the same idempotency key, or reloads after a failed load. */
  retry(): void {
    // Before the time the service asked for, the request would only be refused again:
    // the Retry is kept, and goes out then.
    const at = this.retryAt;
    if (at !== undefined) {
      // A timer may fire a moment before the clock reads its time: wait again, then.
      if (this.#waitTimer === undefined) this.#waitUntil(at, this.loadStatus === 'error' ? 'load' : 'save');
      this.#retryWhenWaited = true;
      this.#host.requestUpdate();
      return;
    }
    if (this.loadStatus === 'error') {
      void this.load();
      return;
    }
    const failed = this.failed;
    if (!failed) return;
    // Not now: a save is in flight, or the document is being (re)loaded, e.g. on the new
    // adapter a host made after signing the customer in again. The change waits, still shown.
    if (this.inflight || !this.confirmed) {
      this.#retryWhenIdle = true;
      return;
    }
    this.failed = undefined;
    void this.#send(failed.patch, failed.idempotencyKey);
  }

  /**
   * The customer chose again for fields of a refused change, or of edits held in a
   * conflict: those fields leave them, so a later Retry or "Use my changes" cannot put
   * the older choice back over the newer one.
   */
  #supersede(newer: PreferencesPatch<D> | undefined): void {
    if (!newer) return;
    const failed = this.failed;
    if (failed) {
      const rest = withoutSuperseded(failed.patch, newer);
      // What is left is another request than the one refused, so it gets a key of its own.
      if (rest !== failed.patch) this.failed = rest && { ...failed, patch: rest, idempotencyKey: newIdempotencyKey() };
    }
    const conflict = this.conflict;
    if (conflict) {
      const rest = withoutSuperseded(conflict.patch, newer);
      if (rest !== conflict.patch) {
        this.conflict = rest && { paths: patchPaths(rest), patch: rest };
      }
    }
  }

  /** How this controller reaches the adapter now (actions read theirs from it). */
  get spec(): ResourceSpec<D, C> | undefined {
    return this.#spec;
  }

  /** The deadline of each adapter call, in milliseconds. */
  get timeout(): number {
    return this.#options.timeout;
  }

  /** A document an action returned is the confirmed state, unless a newer one is already here. */
  adopt(document: D): void {
    if (!this.confirmed || document.version >= this.confirmed.version) this.confirmed = document;
    this.#host.requestUpdate();
  }

  /** Tells the element what happened, as the controller's own notices are told. */
  notify(notice: ResourceNotice): void {
    this.#options.onNotice(notice);
  }

  /** Gives up a refused change, keeping the confirmed state. */
  dismissFailure(): void {
    this.failed = undefined;
    // A Retry asked for earlier was for this change: it must not send the next refusal by itself.
    this.#retryWhenIdle = false;
    this.#waitUntil(undefined);
    this.#host.requestUpdate();
  }

  /** After a conflict: apply the customer's colliding edits over what changed elsewhere. */
  keepMine(): void {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = undefined;
    this.#change(conflict.patch);
    if (this.mode === 'auto') this.flush();
  }

  /** After a conflict: accept what changed elsewhere. */
  dismissConflict(): void {
    this.conflict = undefined;
    this.#host.requestUpdate();
  }

  async #send(patch: PreferencesPatch<D>, idempotencyKey: string, conflictRound = 0, keepalive = false): Promise<void> {
    const spec = this.#spec;
    const base = this.confirmed;
    if (!spec || !base) return;
    this.inflight = { patch, idempotencyKey };
    this.#lastWriteSaved = false;
    this.#host.requestUpdate();
    try {
      // Saves are not aborted when the widget is removed: the customer made the change.
      const saved = await this.#withTimeout(
        (signal) =>
          spec.save(patch, { version: base.version, idempotencyKey, signal, ...(keepalive && { keepalive }) }),
        undefined,
      );
      if (spec !== this.#spec) return;
      this.inflight = undefined;
      if (!this.confirmed || saved.version >= this.confirmed.version) this.confirmed = saved;
      this.#lastWriteSaved = true;
      this.#host.dispatchEvent(new PrefsSavedEvent({ domain: spec.domain, document: saved }));
      this.#options.onNotice({ type: 'saved' });
    } catch (error) {
      if (spec !== this.#spec) return;
      const adapterError = toAdapterError(error);
      if (adapterError.kind === 'conflict' && conflictRound < maxConflictRounds) {
        // The change stays in flight while we reload: it stays in the view, and no other
        // write goes out on the stale version meanwhile.
        await this.#resolveConflict(base, patch, idempotencyKey, conflictRound);
        if (spec !== this.#spec) return;
      } else {
        this.inflight = undefined;
        this.#fail(patch, idempotencyKey, adapterError);
      }
    }
    this.#host.requestUpdate();
    if (this.inflight) return;
    if (this.#retryWhenIdle) {
      this.#retryWhenIdle = false;
      this.retry();
    } else if (this.draft && this.mode === 'auto' && this.#batchTimer === undefined) {
      this.flush();
    }
  }

  #fail(patch: PreferencesPatch<D>, idempotencyKey: string, error: AdapterError): void {
    const spec = this.#spec!;
    // A change refused earlier and not yet retried is kept too: nothing is dropped silently.
    // Together they are a new request, so they get a new idempotency key.
    const previous = this.failed;
    // The service's earlier wait still holds for the part refused then: the later end wins.
    const wait = latest(previous?.notBefore, notBefore(error));
    // A Retry the customer scheduled is for the merged change too.
    const scheduled = this.#retryWhenWaited && this.#waitingFor === 'save';
    this.failed = previous
      ? { patch: composeMergePatches(previous.patch, patch), idempotencyKey: newIdempotencyKey(), error }
      : { patch, idempotencyKey, error };
    if (wait !== undefined) this.failed.notBefore = wait;
    this.#waitUntil(wait !== undefined && wait > Date.now() ? wait : undefined, 'save');
    if (this.#waitTimer !== undefined) this.#retryWhenWaited = scheduled;
    // Choices made while it was in flight (waiting to go out next) are newer than it: a
    // Retry must not send what they replaced.
    this.#supersede(this.draft);
    this.#host.dispatchEvent(new PrefsErrorEvent({ domain: spec.domain, operation: 'save', error }));
    // Every field of it was chosen again: nothing is left to retry or to roll back.
    if (!this.failed) return;
    if (error.kind === 'reauth-required') {
      this.#host.dispatchEvent(new PrefsReauthRequiredEvent({ domain: spec.domain, retry: () => this.retry() }));
    }
    this.#options.onNotice({ type: 'save-failed', error });
  }

  /**
   * Someone else saved first. Reload, keep their changes, and re-send the customer's
   * edits to fields they did not touch. Edits to fields they did touch are held in
   * `conflict`, so the customer can keep theirs or accept the other one.
   */
  async #resolveConflict(base: D, patch: PreferencesPatch<D>, idempotencyKey: string, round: number): Promise<void> {
    const spec = this.#spec!;
    let remote: D;
    try {
      remote = await this.#withTimeout((signal) => spec.load({ signal }), undefined);
    } catch (error) {
      if (spec !== this.#spec) return;
      this.inflight = undefined;
      this.#fail(patch, idempotencyKey, toAdapterError(error));
      return;
    }
    if (spec !== this.#spec) return;
    this.inflight = undefined;
    const mine = applyMergePatch(base, patch);
    const collides = (path: string[]) => {
      const theirs = readPath(remote, path);
      return !jsonEqual(readPath(base, path), theirs) && !jsonEqual(readPath(mine, path), theirs);
    };
    const colliding = patchPaths(patch).filter(collides);
    const rest = filterMergePatch(patch, (path) => !collides(path));
    this.confirmed = remote;
    if (colliding.length) this.#hold(filterMergePatch(patch, collides)!, colliding);
    this.#options.onNotice({ type: 'conflict', paths: colliding });
    if (rest) await this.#send(rest, newIdempotencyKey(), round + 1);
  }

  /** Holds the customer's edits at `colliding` for their choice, beside any held earlier. */
  #hold(held: PreferencesPatch<D>, colliding: string[][]): void {
    const previous = this.conflict;
    this.conflict = previous
      ? {
          paths: [...previous.paths.filter((p) => !colliding.some((c) => jsonEqual(c, p))), ...colliding],
          patch: composeMergePatches(previous.patch, held),
        }
      : { paths: colliding, patch: held };
    this.#host.dispatchEvent(new PrefsConflictEvent({ domain: this.#spec!.domain, paths: colliding }));
  }

  /** Reads the document again in the background; a newer one is applied like an update from elsewhere. */
  async refresh(): Promise<void> {
    const spec = this.#spec;
    if (!spec) return;
    let document: D;
    try {
      document = await this.#withTimeout((signal) => spec.load({ signal }), undefined);
    } catch {
      return; // The widget still shows what it had; the next save meets any conflict.
    }
    if (spec !== this.#spec || !this.confirmed || document.version <= this.confirmed.version) return;
    this.#changedElsewhere(document);
  }

  /**
   * A newer document, saved elsewhere. A refused change waiting for Retry was made on the
   * older one: a field of it that was changed elsewhere to another value than the
   * customer's is no longer theirs to send blindly, so it is held as a conflict (the
   * customer chooses), and one changed elsewhere to the customer's value is done.
   */
  #changedElsewhere(document: D): void {
    const before = this.confirmed!;
    this.confirmed = document;
    const failed = this.failed;
    if (failed) {
      const changed = (path: string[]) => !jsonEqual(readPath(before, path), readPath(document, path));
      const mine = applyMergePatch(before, failed.patch);
      const paths = patchPaths(failed.patch).filter(changed);
      if (paths.length) {
        const colliding = paths.filter((path) => !jsonEqual(readPath(mine, path), readPath(document, path)));
        const rest = filterMergePatch(failed.patch, (path) => !changed(path));
        // What is left is another request than the one refused, so it gets a key of its own.
        this.failed = rest && { ...failed, patch: rest, idempotencyKey: newIdempotencyKey() };
        if (colliding.length) {
          const held = filterMergePatch(failed.patch, (path) => colliding.some((c) => jsonEqual(c, path)))!;
          this.#hold(held, colliding);
          this.#options.onNotice({ type: 'conflict', paths: colliding });
        }
      }
    }
    this.#options.onNotice({ type: 'external-update' });
    this.#host.requestUpdate();
  }

  #listen(): void {
    const spec = this.#spec;
    if (!spec?.subscribe || this.#unsubscribe || !this.#connected) return;
    this.#unsubscribe = spec.subscribe((document) => {
      if (spec !== this.#spec || !this.confirmed || document.version <= this.confirmed.version) return;
      // Unsent and in-flight edits stay on top of it in the view, so they are not lost.
      this.#changedElsewhere(document);
    });
  }

  #stopListening(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Runs an adapter call with this controller's deadline; on expiry it is aborted and becomes `timeout`. */
  #withTimeout<T>(call: (signal: AbortSignal) => Promise<T>, parent: AbortSignal | undefined): Promise<T> {
    return withTimeout(call, this.#options.timeout, parent);
  }
}
