import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { bidi } from '../element/bidi.js';

/** A button of a dialog; the first one takes focus when it opens, so put the safe one first. */
export interface DialogAction {
  label: string;
  /** The dialog's `returnValue` when chosen, and what `show()` resolves with. */
  value: string;
  primary?: boolean;
  danger?: boolean;
}

/** What a dialog draws, read at each render so it follows the locale and the document. */
export interface DialogContent {
  /** A sentence, drawn with its isolated runs as `<bdi>` (see `isolate`). */
  title: string;
  text?: string;
  /** Markup of the widget's own (a list, a form), under the text. */
  body?: unknown;
  actions: readonly DialogAction[];
  /** `alertdialog`: a question the customer must answer, e.g. before turning security alerts off. */
  alert?: boolean;
}

export interface DialogRequest {
  content: () => DialogContent;
  /** Where focus goes back when it closes (default: what had focus when it opened). */
  origin?: HTMLElement | null;
  /** Where focus goes when the origin has left the page meanwhile. */
  fallbackFocus?: () => void;
}

export interface ConfirmOptions {
  title: string | (() => string);
  text: string | (() => string);
  ok: string | (() => string);
  cancel: string | (() => string);
  /** Markup under the text, such as the list of what would change. */
  details?: () => unknown;
  /** The OK button is drawn as a danger (default true: a confirmation is for a risky step). */
  danger?: boolean;
  origin?: HTMLElement | null;
  fallbackFocus?: () => void;
}

interface Shown {
  request: DialogRequest;
  origin: HTMLElement | null;
  resolve: (value: string) => void;
}

const read = (text: string | (() => string)) => (typeof text === 'function' ? text() : text);

/** What has focus in the page, through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * One modal dialog at a time for a widget, drawn where the widget calls `render()`:
 * `show()` opens it with `showModal()` (focus on its first button) and resolves with the
 * chosen action's value once it closes, '' when dismissed (Escape, or another dialog
 * took its place); focus then goes back to where it was. `confirm()` is the common case.
 */
export class DialogController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #dialog = createRef<HTMLDialogElement>();
  #current: Shown | undefined;
  /** The request last opened with `showModal()`: between `close()` and its `close` event an update must not reopen it. */
  #opened: Shown | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** True from `show()` until the dialog's `close` event. */
  get open(): boolean {
    return this.#current !== undefined;
  }

  show(request: DialogRequest): Promise<string> {
    this.#current?.resolve('');
    return new Promise((resolve) => {
      this.#current = { request, origin: request.origin === undefined ? deepActiveElement() : request.origin, resolve };
      this.#host.requestUpdate();
    });
  }

  /** Asks a yes-or-no question: `true` once OK is chosen, `false` on Cancel, Escape or dismissal. */
  async confirm(options: ConfirmOptions): Promise<boolean> {
    const value = await this.show({
      origin: options.origin,
      fallbackFocus: options.fallbackFocus,
      content: () => ({
        title: read(options.title),
        text: read(options.text),
        body: options.details?.(),
        alert: true,
        actions: [
          { label: read(options.cancel), value: '' },
          { label: read(options.ok), value: 'ok', primary: true, danger: options.danger ?? true },
        ],
      }),
    });
    return value === 'ok';
  }

  hostUpdated(): void {
    const dialog = this.#dialog.value;
    const current = this.#current;
    if (!dialog || !current || current === this.#opened) return;
    this.#opened = current;
    // A reused <dialog> keeps its last returnValue: Escape must not read the previous choice.
    dialog.returnValue = '';
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-first]')?.focus();
  }

  /** The dialog, when one is open; `extra` is drawn inside it (a refusal said in front, not behind). */
  render(extra: unknown = nothing): unknown {
    const current = this.#current;
    if (!current) return nothing;
    const content = current.request.content();
    return html`<dialog
      part="dialog"
      class="pc-dialog"
      role=${content.alert ? 'alertdialog' : nothing}
      aria-labelledby="dlg-title"
      aria-describedby=${content.text ? 'dlg-text' : nothing}
      ${ref(this.#dialog)}
      @close=${this.#closed}
    >
      <h2 id="dlg-title">${bidi(content.title)}</h2>
      ${content.text ? html`<p id="dlg-text">${bidi(content.text)}</p>` : nothing} ${content.body ?? nothing} ${extra}
      <div class="actions">
        ${content.actions.map(
          (action, i) =>
            html`<button
              class=${[action.primary && 'primary', action.danger && 'danger'].filter(Boolean).join(' ')}
              ?data-first=${i === 0}
              @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')!.close(action.value)}
            >
              ${action.label}
            </button>`,
        )}
      </div>
    </dialog>`;
  }

  readonly #closed = (event: Event): void => {
    const current = this.#current;
    if (!current) return;
    this.#current = undefined;
    this.#opened = undefined;
    this.#host.requestUpdate();
    const { origin } = current;
    if (origin?.isConnected) origin.focus();
    else current.request.fallbackFocus?.();
    current.resolve((event.currentTarget as HTMLDialogElement).returnValue);
  };
}

export const dialogStyles = css`
  .pc-dialog {
    max-inline-size: min(34rem, 100% - 2rem);
    padding: var(--pc-space-xl);
    border: 1px solid var(--pc-color-border);
    border-radius: var(--pc-radius-l);
    background: var(--pc-color-bg);
    color: var(--pc-color-text);
  }
  .pc-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .pc-dialog h2 {
    margin-block: 0 var(--pc-space-m);
    font-size: var(--pc-font-size-l);
  }
  .pc-dialog .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pc-space-s);
    margin-block-start: var(--pc-space-l);
    justify-content: flex-end;
  }
  .pc-dialog button.danger {
    background: var(--pc-color-danger);
    border-color: var(--pc-color-danger);
    color: var(--pc-color-bg);
  }
`;
