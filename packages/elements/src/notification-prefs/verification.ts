import {
  AdapterError,
  bidi,
  errorMessage,
  PrefsVerifyChannelEvent,
  toAdapterError,
  type NotificationActionName,
  type NotificationCatalog,
  type NotificationChannel,
  type NotificationPreferences,
  type PrefsAdapter,
  type ResourceActions,
  type ResourceNotice,
} from '@prefcenter/core';
import { html, nothing } from 'lit';
import type { WidgetTexts } from './texts.js';

/** Where a channel's verification stands: under way, not offered by the host, or failed. */
type Verifying = 'pending' | 'unavailable' | AdapterError;

export interface VerificationHost {
  readonly actions: ResourceActions<NotificationPreferences, NotificationCatalog, NotificationActionName>;
  readonly effectiveAdapter: PrefsAdapter | undefined;
  readonly texts: WidgetTexts;
  readonly disabled: boolean;
  /** How long the adapter's step may take (see `NotificationPrefs.verificationTimeout`). */
  readonly verificationTimeout: number;
  /** Reads the catalog again, keeping the document and unsaved edits; throws the adapter's error. */
  reloadCatalog(): Promise<NotificationCatalog | undefined>;
  announce(message: string): void;
  dispatchEvent(event: Event): boolean;
  requestUpdate(): void;
}

/**
 * Channels that need a host step before they can be used (a verified phone, a registered
 * device): the notice above the grid with its button, the step itself (the adapter's
 * `verifyChannel` action, else the `prefs-verify-channel` event for the host to take on),
 * and reading the catalog again once the step is done, however it ends.
 */
export class ChannelVerification {
  readonly #host: VerificationHost;
  /** By channel id: a Map, since an id may be any string (`constructor` too). */
  #verifying: ReadonlyMap<string, Verifying> = new Map();

  constructor(host: VerificationHost) {
    this.#host = host;
  }

  /**
   * The widget's notices: a finished step reads the catalog again. Returns `false` for a
   * failed step, which its alert beside the channel already says (once is enough).
   */
  notice(notice: ResourceNotice): boolean {
    if (notice.type === 'action-done' && notice.action === 'verifyChannel') {
      void this.#reloadCatalog(this.#host.effectiveAdapter, notice.target);
    }
    return !(notice.type === 'action-failed' && notice.action === 'verifyChannel');
  }

  render(channel: NotificationChannel, j: number): unknown {
    if (channel.ready) return nothing;
    const { texts, actions } = this.#host;
    const state = this.#state(channel.id);
    const running = actions.state('verifyChannel', channel.id).status === 'pending';
    return html`<div class="panel notice" part="notice" data-channel=${channel.id}>
      <p id="n${j}">${bidi(texts.needs(channel.requires, channel.label))}</p>
      <button ?disabled=${this.#host.disabled || running} @click=${() => this.verify(channel)}>
        ${texts.verify(channel.requires)}
      </button>
      ${
        state
          ? html`<p class="hint" role=${state instanceof AdapterError ? 'alert' : nothing}>
              ${
                state === 'pending'
                  ? texts.verifyPending()
                  : state === 'unavailable'
                    ? texts.verifyUnavailable()
                    : errorMessage(state.kind)
              }
            </p>`
          : nothing
      }
    </div>`;
  }

  /**
   * Starts the host's step for a channel that is not ready; the catalog is read again
   * once it is done (`notice`), however it ends: at once, or by a Retry.
   */
  verify(channel: NotificationChannel): void {
    const { actions } = this.#host;
    if (actions.offers('verifyChannel')) {
      const state = actions.state('verifyChannel', channel.id);
      // Under way: a second start must not start another step.
      if (state.status === 'pending') return;
      this.#set(channel.id, undefined);
      // After a failure, the same request again (the same idempotency key): the step may
      // have gone out, and a backend must not send a second code for it.
      if (state.status === 'failed') actions.retry('verifyChannel', channel.id);
      else void actions.run('verifyChannel', channel.id, channel.id, { timeout: this.#host.verificationTimeout });
      return;
    }
    // A step the host takes through the event may be started again: the customer may have left it.
    this.#set(channel.id, 'pending');
    const event = new PrefsVerifyChannelEvent({
      channelId: channel.id,
      requirement: channel.requires,
      done: () => void this.#reloadCatalog(this.#host.effectiveAdapter, channel.id),
    });
    this.#host.dispatchEvent(event);
    if (!event.defaultPrevented) this.#set(channel.id, 'unavailable');
  }

  /** Where a channel's step stands: the adapter's action, else what the host's event said. */
  #state(channelId: string): Verifying | undefined {
    const action = this.#host.actions.state('verifyChannel', channelId);
    if (action.status === 'pending') return 'pending';
    if (action.status === 'failed') return action.error;
    return this.#verifying.get(channelId);
  }

  #set(channelId: string, value: Verifying | undefined): void {
    const next = new Map(this.#verifying);
    if (value) next.set(channelId, value);
    else next.delete(channelId);
    this.#verifying = next;
    this.#host.requestUpdate();
  }

  /** Reads the catalog again after a host step; the document and unsaved edits stay as they are. */
  async #reloadCatalog(adapter: PrefsAdapter | undefined, channelId: string): Promise<void> {
    if (!adapter || adapter !== this.#host.effectiveAdapter) return;
    try {
      const catalog = await this.#host.reloadCatalog();
      this.#set(channelId, undefined);
      this.#host.actions.reset('verifyChannel', channelId);
      const channel = catalog?.channels.find((c) => c.id === channelId);
      if (channel?.ready) this.#host.announce(this.#host.texts.verified(channel.label));
    } catch (error) {
      this.#set(channelId, toAdapterError(error));
    }
  }
}
