import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { ActionState } from '../controller/action-runner.js';
import type { ResourceActions } from '../controller/resource-actions.js';
import { bidi, isolate } from '../element/bidi.js';
import type { AdapterError } from '../errors.js';
import { formatDateTime } from '../l10n/intl.js';
import { errorMessage } from '../l10n/messages.js';
import type { ChangeRecord, Versioned } from '../schemas/common.js';
import { defaultAdapterTimeout } from '../timeout.js';

export type HistoryStatus = 'idle' | 'loading' | 'error' | 'ready';

/** What the panel says; each read when drawn. `source` gets the adapter's text already isolated. */
export interface HistoryTexts {
  title(): string;
  loading(): string;
  empty(): string;
  source(source: string): string;
  retry(): string;
}

export interface HistoryHost extends ReactiveControllerHost {
  /** Any domain's actions: the panel reads the history through them, never from the adapter. */
  readonly actions: Pick<ResourceActions<Versioned>, 'offers' | 'state' | 'run' | 'reset'>;
}

export interface HistoryOptions {
  texts: HistoryTexts;
  /** The domain's action that reads the history (default `history`). */
  action?: string;
}

/**
 * A customer's history of changes, in a "History" disclosure, for any domain with a
 * history action. It loads when opened, stops loading when closed or when the widget
 * leaves the page, and loads again on the next opening once `invalidate()` says a change
 * was saved. Summaries and sources are the adapter's text and are shown as text. Draws
 * nothing when the adapter does not offer the action.
 */
export class HistoryPanel implements ReactiveController {
  readonly #host: HistoryHost;
  readonly #texts: HistoryTexts;
  readonly #action: string;
  /** How long a load may take before it fails as a `timeout`, with Retry. */
  timeoutMs = defaultAdapterTimeout;
  #open = false;
  #state: HistoryStatus = 'idle';
  #entries: ChangeRecord[] = [];
  #error: AdapterError | undefined;
  #stale = true;
  /** The action's state last read: each change of it is taken once. */
  #seen: ActionState<ChangeRecord[]> | undefined;
  readonly #body = createRef<HTMLElement>();

  constructor(host: HistoryHost, options: HistoryOptions) {
    this.#host = host;
    this.#texts = options.texts;
    this.#action = options.action ?? 'history';
    host.addController(this);
  }

  /** Where the history stands: `idle` until first opened, then `loading`, `ready` or `error`. */
  get status(): HistoryStatus {
    this.#sync(false);
    return this.#state;
  }

  hostConnected(): void {
    if (this.#open && this.#stale) this.#load();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  hostUpdate(): void {
    this.#sync(true);
  }

  /**
   * Follows the action, however its attempt was started (here, or by a Retry from a
   * re-authentication event): loading while it runs, then the entries or the error. An
   * aborted load is started again when the host draws (`reload`), as it does on its
   * return to the page or with a new adapter.
   */
  #sync(reload: boolean): void {
    const state = this.#host.actions.state<ChangeRecord[]>(this.#action);
    if (state === this.#seen) return;
    const was = this.#seen?.status;
    this.#seen = state;
    if (state.status === 'pending') {
      this.#state = 'loading';
      this.#error = undefined;
    } else if (state.status === 'done') {
      this.#entries = state.result ?? [];
      this.#state = 'ready';
      this.#stale = false;
    } else if (state.status === 'failed') {
      // Said in the status region by the widget, as every failed action is.
      this.#error = state.error;
      this.#state = 'error';
    } else if (was === 'pending') {
      // Aborted: the page left, or the adapter was replaced. Read again when shown.
      this.#state = this.#entries.length ? 'ready' : 'idle';
      this.#stale = true;
    }
    if (reload && this.#open && this.#stale && state.status === 'idle') this.#load();
  }

  /** The history is out of date (a change was saved): it loads again now if open, else when next opened. */
  invalidate(): void {
    this.#stale = true;
    if (this.#open) this.#load();
  }

  render(): unknown {
    if (!this.#host.actions.offers(this.#action)) return nothing;
    const busy = this.#state === 'loading';
    return html`<details class="pc-group pc-history" ?open=${this.#open} @toggle=${this.#toggled}>
      <summary class="pc-group-title">${this.#texts.title()}</summary>
      <div class="pc-history-body" tabindex="-1" aria-busy=${busy ? 'true' : 'false'} ${ref(this.#body)}>
        ${this.#open ? this.#renderBody() : nothing}
      </div>
    </details>`;
  }

  #renderBody(): unknown {
    switch (this.#state) {
      case 'idle':
        return nothing;
      case 'error':
        return html`<div class="pc-history-error">
          <p class="pc-error">${errorMessage(this.#error!.kind)}</p>
          <button @click=${this.#retry}>${this.#texts.retry()}</button>
        </div>`;
      case 'loading':
        return html`<p class="pc-hint">${this.#texts.loading()}</p>
          ${this.#entries.length ? renderHistoryList(this.#entries, this.#texts.source) : nothing}`;
      case 'ready':
        return this.#entries.length
          ? renderHistoryList(this.#entries, this.#texts.source)
          : html`<p class="pc-hint">${this.#texts.empty()}</p>`;
    }
  }

  readonly #toggled = (event: Event): void => {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.#open) return;
    this.#open = open;
    if (open) {
      if (this.#stale || this.#state === 'idle' || this.#state === 'error') this.#load();
    } else {
      this.#stop();
    }
    this.#host.requestUpdate();
  };

  readonly #retry = (): void => {
    // The Retry button goes away while loading: keep focus in the panel, not on the page.
    this.#body.value?.focus();
    this.#load();
  };

  /** Aborts a load in flight; an aborted load is loaded again on the next opening. */
  #stop(): void {
    if (this.#host.actions.state(this.#action).status !== 'pending') return;
    this.#host.actions.reset(this.#action);
    this.#seen = undefined;
    this.#stale = true;
    this.#state = this.#entries.length ? 'ready' : 'idle';
  }

  /** Loads the history, replacing a load under way (what it would bring may be out of date). */
  #load(): void {
    const { actions } = this.#host;
    if (!actions.offers(this.#action)) return;
    actions.reset(this.#action);
    void actions.run(this.#action, undefined, '', { timeout: this.timeoutMs });
    this.#sync(false);
    this.#host.requestUpdate();
  }
}

/**
 * The list of changes, newest first as the adapter gives them: each summary, when, and
 * from where (`source(isolated)` words it). Adapter text is text, isolated in our sentences.
 */
export function renderHistoryList(entries: readonly ChangeRecord[], source: (source: string) => string): unknown {
  return html`<ol class="pc-history-list">
    ${entries.map((entry) => {
      const from = entry.source && isolate(entry.source);
      return html`<li>
        <span class="pc-history-summary"><bdi>${entry.summary}</bdi></span>
        <span class="pc-history-meta">
          <time datetime=${entry.at}>${formatDateTime(entry.at)}</time>
          ${from ? html`<span class="pc-history-source">${bidi(source(from))}</span>` : nothing}
        </span>
      </li>`;
    })}
  </ol>`;
}

export const historyStyles = css`
  .pc-history {
    display: block;
  }
  .pc-history > summary {
    cursor: pointer;
    min-block-size: var(--pc-control-size);
    display: flex;
    align-items: center;
    gap: var(--pc-space-s);
    border-radius: var(--pc-radius-s);
  }
  .pc-history-body {
    display: grid;
    gap: var(--pc-space-s);
    margin-block-start: var(--pc-space-s);
  }
  .pc-history-body:focus {
    outline: none;
  }
  .pc-history-body:focus-visible {
    outline: var(--pc-focus-ring-width) solid var(--pc-color-focus);
  }
  .pc-history-error {
    display: grid;
    gap: var(--pc-space-s);
    justify-items: start;
  }
  .pc-history-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .pc-history-list > li {
    display: grid;
    gap: var(--pc-space-xs);
    padding-block: var(--pc-space-s);
    border-block-end: 1px solid var(--pc-color-border);
    overflow-wrap: anywhere;
  }
  .pc-history-list > li:last-child {
    border-block-end: 0;
  }
  .pc-history-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pc-space-xs) var(--pc-space-m);
    color: var(--pc-color-text-muted);
    font-size: var(--pc-font-size-s);
  }
`;
