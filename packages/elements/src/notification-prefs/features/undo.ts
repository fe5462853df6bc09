import { msg, str } from '@lit/localize';
import {
  bidi,
  formatMoney,
  formatNumber,
  inverseMergePatch,
  isolate,
  type NotificationFrequency,
  type NotificationPreferences,
  type PreferencesPatch,
} from '@prefcenter/core';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { NotificationFeatureHost } from './feature-host.js';
import { featureBaseStyles } from './feature-styles.js';
import { frequencyLabel, featureText } from './feature-support.js';
import './features-translations.js';

// Re-exported for the feature's existing importers; the function lives in core.
export { inverseMergePatch };

interface Toast {
  inverse: PreferencesPatch<NotificationPreferences>;
  message: string;
  undone: boolean;
}

/**
 * The short confirmation after each change, with an Undo button for `durationMs`. A new
 * change replaces the previous toast; the host calls `dismiss()` when a save fails. It never takes focus, and it waits while the
 * pointer is over it or focus is in it (WCAG 2.2.1), then starts its time again.
 *
 * The host calls `record(patch, before)` for each change the customer makes; Undo applies
 * the inverse patch through `host.change` and announces it once `host.change` says it was
 * applied. Until then `record` ignores calls, so a host that records every change needs no
 * special case.
 */
export class UndoFeature implements ReactiveController {
  readonly #host: NotificationFeatureHost & ReactiveControllerHost;
  /** How long the toast stays, in milliseconds. */
  durationMs = 10_000;
  #toast: Toast | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #held = { pointer: false, focus: false };
  #undoing = false;
  readonly #toastRef = createRef<HTMLElement>();

  constructor(host: NotificationFeatureHost & ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dismiss();
  }

  /** True while the toast is shown. */
  get visible(): boolean {
    return this.#toast !== undefined;
  }

  /** Shows a confirmation of `patch`, made on `before`, with Undo, and announces both. */
  record(patch: PreferencesPatch<NotificationPreferences>, before: NotificationPreferences): void {
    if (this.#undoing) return;
    const message = this.#describe(patch);
    this.#toast = { inverse: inverseMergePatch(before, patch), message, undone: false };
    this.#restartTimer();
    this.#host.requestUpdate();
    // The toast never takes focus, so a screen reader hears of it, and of its Undo, here.
    const seconds = formatNumber(Math.round(this.durationMs / 1000));
    this.#host.announce(
      this.#t(
        'announce',
        msg(str`${message}. Undo available for ${seconds} seconds.`, { id: 'notification-prefs.undo.announce' }),
        { message, seconds },
      ),
    );
  }

  /**
   * Applies the inverse of the last recorded change, once. It goes through `host.change`
   * like any change, so an Undo that would switch security alerts off is confirmed first;
   * the toast waits meanwhile and says "Change undone" only once the inverse is applied.
   */
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
        this.#host.announce(this.#t('undone', msg('Change undone', { id: 'notification-prefs.undo.undone' })));
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
      <span class="pc-undo-message"
        >${toast.undone ? this.#t('undone', msg('Change undone', { id: 'notification-prefs.undo.undone' })) : bidi(toast.message)}</span
      >
      ${
        toast.undone
          ? nothing
          : html`<button class="pc-undo-button" ?disabled=${this.#host.disabled} @click=${() => this.undo()}>
              ${this.#t('undo', msg('Undo', { id: 'notification-prefs.undo.undo' }))}
            </button>`
      }
    </div>`;
  }

  #t(key: string, fallback: string, values?: Record<string, string>): string {
    return featureText(this.#host, `undo.${key}`, fallback, values);
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

  /**
   * A sentence for a simple change ("SMS for Low balance: off"), else "Change made": not
   * "saved", since the save may still be on its way, may fail, or be a draft in manual mode.
   */
  #describe(patch: PreferencesPatch<NotificationPreferences>): string {
    const { catalog } = this.#host;
    // Isolated: adapter text inside our sentence, shown and announced.
    const categoryName = (id: string) => isolate(catalog.categories.find((c) => c.id === id)?.label ?? id);
    const keys = Object.keys(patch);
    if (patch.marketingConsent && typeof patch.marketingConsent === 'object') {
      return patch.marketingConsent.granted
        ? this.#t('marketing-on', msg('Marketing allowed', { id: 'notification-prefs.undo.marketing-on' }))
        : this.#t('marketing-off', msg('Marketing turned off', { id: 'notification-prefs.undo.marketing-off' }));
    }
    const one = <T>(record: Record<string, T> | null | undefined): [string, T] | undefined => {
      const entries = record && typeof record === 'object' ? Object.entries(record) : [];
      return entries.length === 1 ? entries[0] : undefined;
    };
    if (keys.length === 1) {
      const subscription = one(patch.subscriptions);
      const channel = subscription && one(subscription[1]);
      if (channel && typeof channel[1] === 'boolean') {
        const category = categoryName(subscription[0]);
        const channelName = isolate(catalog.channels.find((c) => c.id === channel[0])?.label ?? channel[0]);
        return channel[1]
          ? this.#t(
              'channel-on',
              msg(str`${channelName} for ${category}: on`, { id: 'notification-prefs.undo.channel-on' }),
              {
                channel: channelName,
                category,
              },
            )
          : this.#t(
              'channel-off',
              msg(str`${channelName} for ${category}: off`, { id: 'notification-prefs.undo.channel-off' }),
              { channel: channelName, category },
            );
      }
      const frequency = one(patch.frequency);
      if (frequency && typeof frequency[1] === 'string') {
        const category = categoryName(frequency[0]);
        const how = frequencyLabel(this.#host, frequency[1] as NotificationFrequency);
        return this.#t('frequency', msg(str`${category}: ${how}`, { id: 'notification-prefs.undo.frequency' }), {
          category,
          frequency: how,
        });
      }
      const threshold = one(patch.thresholds);
      if (threshold && typeof threshold[1] === 'number') {
        const category = catalog.categories.find((c) => c.id === threshold[0]);
        const name = categoryName(threshold[0]);
        const value =
          category?.threshold?.kind === 'payment-due-days'
            ? formatNumber(threshold[1])
            : formatMoney(threshold[1], catalog.currency);
        return this.#t(
          'threshold',
          msg(str`Threshold for ${name}: ${value}`, { id: 'notification-prefs.undo.threshold' }),
          { category: name, value },
        );
      }
      if ('quietHours' in patch) {
        return this.#t('quiet-hours', msg('Quiet hours changed', { id: 'notification-prefs.undo.quiet-hours' }));
      }
      if ('pausedUntil' in patch) {
        return patch.pausedUntil === null
          ? this.#t('resumed', msg('Notifications resumed', { id: 'notification-prefs.undo.resumed' }))
          : this.#t('paused', msg('Notifications paused', { id: 'notification-prefs.undo.paused' }));
      }
    }
    return this.#t('made', msg('Change made', { id: 'notification-prefs.undo.made' }));
  }
}

export const undoStyles = [
  featureBaseStyles,
  css`
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
  `,
];
