import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { PreferencesPatch } from '../adapter.js';
import type { ChangeListener, ResourceNotice } from '../controller/resource-controller.js';
import { bidi } from '../element/bidi.js';
import { formatNumber } from '../l10n/intl.js';
import { inverseMergePatch } from '../merge-patch.js';

/** Where changes are heard from: a widget's `ResourceController`, whose one change listener this takes. */
export interface ChangeSource<D> {
  onChange: ChangeListener<D> | undefined;
}

/** What the toast says; each read when drawn, so it follows the active locale and the host's overrides. */
export interface UndoTexts {
  undo(): string;
  undone(): string;
  /** Announced with each change: the toast never takes focus, so this is how a screen reader hears of Undo. */
  announce(message: string, seconds: string): string;
}

export interface UndoHost<D> extends ReactiveControllerHost {
  /** Applies a change as the customer's own; `settled(applied)` says whether it was applied. */
  change(patch: PreferencesPatch<D>, settled?: (applied: boolean) => void): void;
  announce(message: string): void;
  readonly disabled: boolean;
  readonly updateComplete: Promise<boolean>;
}

export interface UndoOptions<D> {
  /** The sentence for a change ("SMS for Low balance: off"), isolating any adapter text in it. */
  describe(patch: PreferencesPatch<D>, before: D): string;
  texts: UndoTexts;
  /** Records every change heard here; without it the widget calls `record()` itself. */
  changes?: ChangeSource<D>;
}

interface Toast<D> {
  inverse: PreferencesPatch<D>;
  message: string;
  undone: boolean;
}

/**
 * The short confirmation after each change, with an Undo button for `durationMs`. It
 * records the changes its `changes` source tells of (a `ResourceController`), so a widget
 * keeps no flags of its own for it; a new change replaces the previous toast, and a
 * refused or discarded change (`notice()`) takes its toast away, since its Undo would
 * undo nothing. It never takes focus, and it waits while the pointer is over it or focus
 * is in it (WCAG 2.2.1), then starts its time again.
 *
 * Undo applies the inverse patch through `host.change`, like any change, so a widget
 * that asks before some changes asks before this one too; the toast says "Change undone"
 * once the host says it was applied. The inverse itself is not recorded.
 */
export class UndoRecorder<D extends object> implements ReactiveController {
  readonly #host: UndoHost<D>;
  readonly #options: UndoOptions<D>;
  /** How long the toast stays, in milliseconds. */
  durationMs = 10_000;
  #toast: Toast<D> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #held = { pointer: false, focus: false };
  #undoing = false;
  readonly #toastRef = createRef<HTMLElement>();

  constructor(host: UndoHost<D>, options: UndoOptions<D>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  readonly #listener: ChangeListener<D> = (patch, before) => this.record(patch, before);

  hostConnected(): void {
    if (this.#options.changes) this.#options.changes.onChange = this.#listener;
  }

  hostDisconnected(): void {
    const { changes } = this.#options;
    if (changes?.onChange === this.#listener) changes.onChange = undefined;
    this.dismiss();
  }

  /** True while the toast is shown. */
  get visible(): boolean {
    return this.#toast !== undefined;
  }

  /** The widget's notices: a refused change is rolled back (and shown with Retry), a discarded draft is gone. */
  notice(notice: ResourceNotice): void {
    if (notice.type === 'save-failed' || notice.type === 'discarded') this.dismiss();
  }

  /** Shows a confirmation of `patch`, made on `before`, with Undo, and announces both. Ignored while undoing. */
  record(patch: PreferencesPatch<D>, before: D): void {
    if (this.#undoing) return;
    const message = this.#options.describe(patch, before);
    this.#toast = { inverse: inverseMergePatch(before, patch), message, undone: false };
    this.#restartTimer();
    this.#host.requestUpdate();
    this.#host.announce(this.#options.texts.announce(message, formatNumber(Math.round(this.durationMs / 1000))));
  }

  /** Applies the inverse of the last recorded change, once. */
  undo(): void {
    const toast = this.#toast;
    if (!toast || toast.undone || this.#undoing || this.#host.disabled) return;
    const hadFocus = this.#focusInToast();
    this.#undoing = true;
    this.#restartTimer();
    this.#host.change(toast.inverse, (applied) => {
      this.#undoing = false;
      if (applied && this.#toast === toast) {
        toast.undone = true;
        this.#host.announce(this.#options.texts.undone());
      }
      this.#restartTimer();
      this.#host.requestUpdate();
      // The Undo button goes away; focus stays in the toast rather than falling to the page.
      if (applied && hadFocus) void this.#host.updateComplete.then(() => this.#toastRef.value?.focus());
    });
  }

  /** Hides the toast now. */
  dismiss(): void {
    this.#clearTimer();
    this.#toast = undefined;
    this.#held = { pointer: false, focus: false };
    this.#host.requestUpdate();
  }

  render(): unknown {
    const toast = this.#toast;
    if (!toast) return nothing;
    const { texts } = this.#options;
    return html`<div
      class="pc-undo"
      part="undo"
      tabindex="-1"
      ${ref(this.#toastRef)}
      @pointerenter=${() => this.#hold('pointer', true)}
      @pointerleave=${() => this.#hold('pointer', false)}
      @focusin=${() => this.#hold('focus', true)}
      @focusout=${(e: FocusEvent) => {
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) this.#hold('focus', false);
      }}
    >
      <span class="pc-undo-message">${toast.undone ? texts.undone() : bidi(toast.message)}</span>
      ${
        toast.undone
          ? nothing
          : html`<button class="pc-undo-button" ?disabled=${this.#host.disabled} @click=${() => this.undo()}>
              ${texts.undo()}
            </button>`
      }
    </div>`;
  }

  #focusInToast(): boolean {
    const toast = this.#toastRef.value;
    const root = toast?.getRootNode() as Document | ShadowRoot | undefined;
    return !!toast && !!root?.activeElement && toast.contains(root.activeElement);
  }

  #hold(kind: 'pointer' | 'focus', on: boolean): void {
    this.#held[kind] = on;
    this.#restartTimer();
  }

  #restartTimer(): void {
    this.#clearTimer();
    if (!this.#toast || this.#undoing || this.#held.pointer || this.#held.focus) return;
    this.#timer = setTimeout(() => this.dismiss(), this.durationMs);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

export const undoStyles = css`
  .pc-undo {
    position: sticky;
    inset-block-end: var(--pc-space-l);
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--pc-space-s) var(--pc-space-l);
    margin-block-start: var(--pc-space-m);
    padding-block: var(--pc-space-s);
    padding-inline: var(--pc-space-l) var(--pc-space-s);
    border-radius: var(--pc-radius-m);
    background: var(--pc-color-text);
    color: var(--pc-color-bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    animation: pc-undo-in var(--pc-duration-m) var(--pc-easing);
  }
  .pc-undo:focus-visible {
    outline: var(--pc-focus-ring-width) solid var(--pc-color-focus);
    outline-offset: var(--pc-focus-ring-offset);
  }
  .pc-undo .pc-undo-button {
    background: transparent;
    color: inherit;
    border-color: currentColor;
    font-weight: var(--pc-font-weight-strong);
  }
  .pc-undo .pc-undo-button:focus-visible {
    outline-color: var(--pc-color-bg);
  }
  /* A slide, not a fade: a half-transparent toast would fall below text contrast. */
  @keyframes pc-undo-in {
    from {
      translate: 0 0.5rem;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .pc-undo {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .pc-undo {
      border: 2px solid CanvasText;
    }
  }
`;
