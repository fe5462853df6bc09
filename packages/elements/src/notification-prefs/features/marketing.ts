import {
  formatDateTime,
  getLocale,
  ownValue,
  setOwn,
  type NotificationPreferences,
  type PreferencesPatch,
} from '@prefcenter/core';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { marketingCategories } from '../catalog-index.js';
import type { NotificationFeatureHost } from './feature-host.js';
import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import '../generated/translations.js';

/**
 * One switch for all marketing, recorded as a consent decision with its time and source.
 * Withdrawing consent switches off every channel of every marketing category in the same
 * change; giving it again switches no channel on, and says so: the customer chooses them.
 * Draws nothing when the catalog has no marketing category.
 */
export class MarketingFeature {
  readonly #host: NotificationFeatureHost & ReactiveControllerHost;
  /** The clock; tests may replace it. */
  now: () => Date = () => new Date();
  /** Recorded with each decision as `marketingConsent.source`. */
  source = 'web';

  constructor(host: NotificationFeatureHost & ReactiveControllerHost) {
    this.#host = host;
  }

  get #categories() {
    return marketingCategories(this.#host.catalog);
  }

  /** The recorded decision; without one, whether any marketing channel is on. */
  get granted(): boolean {
    const consent = this.#host.view.marketingConsent;
    if (consent) return consent.granted;
    return this.#categories.some((c) =>
      Object.values(ownValue(this.#host.view.subscriptions, c.id) ?? {}).some(Boolean),
    );
  }

  // The switch is a native checkbox: its checked state is exposed as the switch's state, and
  // an aria-checked beside it could only disagree with it.
  /* eslint-disable lit-a11y/role-has-required-aria-attrs */
  /** The feature's heading, also the setting's name in a conflict. */
  get title(): string {
    return this.#host.text('notification-prefs.marketing.title', 'Marketing');
  }

  render(): unknown {
    if (!this.#categories.length) return nothing;
    const granted = this.granted;
    return html`<section class="pc-group pc-marketing" aria-labelledby="pc-marketing-title">
      <h3 class="pc-group-title" id="pc-marketing-title">${this.title}</h3>
      <label class="pc-check">
        <input
          type="checkbox"
          role="switch"
          class="pc-switch"
          .checked=${live(granted)}
          ?disabled=${this.#host.disabled}
          aria-describedby="pc-marketing-hint pc-marketing-status"
          @change=${(e: Event) => this.#decide((e.target as HTMLInputElement).checked)}
        />
        ${this.#host.text('notification-prefs.marketing.switch', 'Receive marketing messages')}
      </label>
      <p class="pc-hint" id="pc-marketing-hint">
        ${
          granted
            ? this.#host.text(
                'notification-prefs.marketing.hint-on',
                'Turning this off stops marketing on every channel at once.',
              )
            : this.#host.text(
                'notification-prefs.marketing.hint-off',
                'Turning this on does not switch any marketing channel on: you choose the ones you want.',
              )
        }
      </p>
      <p class="pc-hint" id="pc-marketing-status">${this.#status()}</p>
    </section>`;
  } /* eslint-enable lit-a11y/role-has-required-aria-attrs */

  #status(): string {
    const consent = this.#host.view.marketingConsent;
    if (!consent) {
      return this.#host.text('notification-prefs.marketing.status-none', 'No choice recorded yet.');
    }
    const date = this.#formatted(consent.at);
    return consent.granted
      ? this.#host.text('notification-prefs.marketing.status-granted', 'You agreed on {date}.', { date })
      : this.#host.text('notification-prefs.marketing.status-withdrawn', 'You withdrew your consent on {date}.', {
          date,
        });
  }

  /** The consent's date as last written, in its locale. */
  #date: { at: string; locale: string; text: string } | undefined;

  /** `at` as a date and time, written again only when it or the locale changes: formatting it took 0.6 ms of each render, a switch's included. */
  #formatted(at: string): string {
    const locale = getLocale();
    if (this.#date?.at !== at || this.#date.locale !== locale) this.#date = { at, locale, text: formatDateTime(at) };
    return this.#date.text;
  }

  #decide(granted: boolean): void {
    if (this.#host.disabled) return;
    const patch: PreferencesPatch<NotificationPreferences> = {
      marketingConsent: { granted, at: this.now().toISOString(), source: this.source },
    };
    if (!granted) {
      const subscriptions: Record<string, Record<string, boolean>> = {};
      for (const category of this.#categories) {
        // Ids may be any string (`__proto__` too): own values only, and set as own properties.
        const saved = ownValue(this.#host.view.subscriptions, category.id) ?? {};
        const channels = new Set([...category.channels, ...Object.keys(saved)]);
        setOwn(subscriptions, category.id, Object.fromEntries([...channels].map((channel) => [channel, false])));
      }
      patch.subscriptions = subscriptions;
    }
    // Said first, so the Undo offer that the change brings comes after it.
    this.#host.announce(
      granted
        ? this.#host.text(
            'notification-prefs.marketing.announce-granted',
            'Marketing allowed. No channel was switched on: choose the ones you want.',
          )
        : this.#host.text('notification-prefs.marketing.announce-withdrawn', 'Marketing turned off on every channel.'),
    );
    this.#host.change(patch);
  }
}

export const marketingStyles = [
  ...fieldStyles,
  css`
    .pc-marketing .pc-check {
      font-weight: var(--pc-font-weight-strong);
    }
  `,
];
