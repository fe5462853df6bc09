import { msg, str } from '@lit/localize';
import {
  bidi,
  coreMessages,
  isolate,
  defaultAdapterTimeout,
  errorMessage,
  formatDateTime,
  type AdapterError,
  type ChangeRecord,
} from '@prefcenter/core';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { NotificationPartHost } from './part-host.js';
import { partBaseStyles } from './part-styles.js';
import { partText } from './part-support.js';
import './parts-translations.js';

export type HistoryStatus = 'idle' | 'loading' | 'error' | 'ready';
type Status = HistoryStatus;

/**
 * The customer's history of changes, in a "History" disclosure. It loads when opened
 * (the domain's `history` action, when the adapter has `getNotificationHistory`), stops loading when closed or
 * disconnected, and loads again on the next opening once `invalidate()` says a change was
 * saved. Summaries and sources are the adapter's text and are shown as text. Draws
 * nothing when the adapter has no history.
 */
export class HistoryPart implements ReactiveController {
  readonly #host: NotificationPartHost & ReactiveControllerHost;
  /** How long a load may take before it fails as a `timeout`, with Retry. */
  timeoutMs = defaultAdapterTimeout;
  #open = false;
  #state: Status = 'idle';
  #entries: ChangeRecord[] = [];
  #error: AdapterError | undefined;
  #stale = true;
  /** A load is under way; closing the panel or leaving the page aborts it. */
  #loading = false;
  readonly #body = createRef<HTMLElement>();

  /** Where the history stands: `idle` until first opened, then `loading`, `ready` or `error`. */
  get status(): Status {
    return this.#state;
  }

  constructor(host: NotificationPartHost & ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#open && this.#stale) void this.#load();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** The history is out of date (a change was saved): it loads again now if open, else when next opened. */
  invalidate(): void {
    this.#stale = true;
    if (this.#open) void this.#load();
  }

  #t(key: string, fallback: string, values?: Record<string, string>): string {
    return partText(this.#host, `history.${key}`, fallback, values);
  }

  render(): unknown {
    if (!this.#host.actions.offers('history')) return nothing;
    const busy = this.#state === 'loading';
    return html`<details class="pc-part pc-history" ?open=${this.#open} @toggle=${this.#toggled}>
      <summary class="pc-part-title">
        ${this.#t('title', msg('History', { id: 'notification-prefs.history.title' }))}
      </summary>
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
          <button @click=${this.#retry}>${this.#host.t('retry', coreMessages.retry())}</button>
        </div>`;
      case 'loading':
        return html`<p class="pc-hint">
            ${this.#t('loading', msg('Loading history…', { id: 'notification-prefs.history.loading' }))}
          </p>
          ${this.#entries.length ? this.#renderList() : nothing}`;
      case 'ready':
        return this.#entries.length
          ? this.#renderList()
          : html`<p class="pc-hint">
              ${this.#t('empty', msg('No changes yet.', { id: 'notification-prefs.history.empty' }))}
            </p>`;
    }
  }

  #renderList(): unknown {
    return html`<ol class="pc-history-list">
      ${this.#entries.map((entry) => {
        const source = entry.source && isolate(entry.source);
        return html`<li>
          <span class="pc-history-summary"><bdi>${entry.summary}</bdi></span>
          <span class="pc-history-meta">
            <time datetime=${entry.at}>${formatDateTime(entry.at)}</time>
            ${
              source
                ? html`<span class="pc-history-source">
                    ${bidi(
                      this.#t('source', msg(str`From: ${source}`, { id: 'notification-prefs.history.source' }), {
                        source,
                      }),
                    )}
                  </span>`
                : nothing
            }
          </span>
        </li>`;
      })}
    </ol>`;
  }

  readonly #toggled = (event: Event): void => {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.#open) return;
    this.#open = open;
    if (open) {
      if (this.#stale || this.#state === 'idle' || this.#state === 'error') void this.#load();
    } else {
      this.#stop();
    }
    this.#host.requestUpdate();
  };

  readonly #retry = (): void => {
    // The Retry button goes away while loading: keep focus in the panel, not on the page.
    this.#body.value?.focus();
    void this.#load();
  };

  /** Aborts a load in flight; an aborted load is loaded again on the next opening. */
  #stop(): void {
    if (!this.#loading) return;
    this.#loading = false;
    this.#host.actions.reset('history');
    this.#stale = true;
    if (this.#state === 'loading') this.#state = this.#entries.length ? 'ready' : 'idle';
  }

  async #load(): Promise<void> {
    const { actions } = this.#host;
    if (!actions.offers('history')) return;
    // A load under way is replaced: the history it would bring may be out of date.
    actions.reset('history');
    this.#loading = true;
    this.#state = 'loading';
    this.#error = undefined;
    this.#host.requestUpdate();
    const settled = await actions.run<ChangeRecord[]>('history', undefined, '', { timeout: this.timeoutMs });
    // Aborted (closed, left the page, or replaced by a newer load): nothing of it lands.
    if (settled.status === 'idle') return;
    this.#loading = false;
    if (settled.status === 'done') {
      this.#entries = settled.result!;
      this.#state = 'ready';
      this.#stale = false;
    } else {
      // Said in the status region by the widget, as every failed action is.
      this.#error = settled.error;
      this.#state = 'error';
    }
    this.#host.requestUpdate();
  }
}

export const historyStyles = [
  partBaseStyles,
  css`
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
  `,
];
