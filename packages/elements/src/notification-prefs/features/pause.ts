import { bidi, formatDateTime, type NotificationCatalog } from '@prefcenter/core';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import type { NotificationFeatureHost } from './feature-host.js';
import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import { listOf } from '@prefcenter/core/kit/intl-input';
import { alertList, isoWithOffset } from './feature-support.js';
import '../generated/translations.js';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of a local date, as `<input type="date">` reads and writes it. */
function dateValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * "Pause everything that is not essential" for a day, a week or until a chosen date,
 * and, while paused, when it ends with a Resume button. Pausing writes `pausedUntil` as
 * an ISO date-time with the local offset; resuming removes it (`{ pausedUntil: null }`).
 * A chosen date is paused until the start of that day, so it must be after today.
 */
export class PauseFeature {
  readonly #host: NotificationFeatureHost & ReactiveControllerHost;
  /** The clock; tests may replace it. */
  now: () => Date = () => new Date();
  #dateText = '';
  #dateError: string | undefined;
  readonly #resumeButton: Ref<HTMLButtonElement> = createRef();
  readonly #firstPauseButton: Ref<HTMLButtonElement> = createRef();
  /** The alerts a pause never holds back, as one list ('' when there are none). */
  readonly #essentialNames = listOf((catalog: NotificationCatalog) =>
    catalog.categories.filter((c) => c.required || c.critical).map((c) => c.label),
  );

  constructor(host: NotificationFeatureHost & ReactiveControllerHost) {
    this.#host = host;
  }

  /** When the pause ends, or `undefined` when nothing is paused (a past date counts as not paused). */
  get pausedUntil(): Date | undefined {
    const value = this.#host.view.pausedUntil;
    if (!value) return undefined;
    const until = new Date(value);
    return until.getTime() > this.now().getTime() ? until : undefined;
  }

  /** The feature's heading, also the setting's name in a conflict. */
  get title(): string {
    return this.#host.text('notification-prefs.pause.title', 'Pause notifications');
  }

  render(): unknown {
    const until = this.pausedUntil;
    return html`<section class="pc-group pc-pause" aria-labelledby="pc-pause-title">
      <h3 class="pc-group-title" id="pc-pause-title">${this.title}</h3>
      ${until ? this.#renderPaused(until) : this.#renderChoices()}
    </section>`;
  }

  #essentials(): unknown {
    const list = alertList(this.#host, this.#essentialNames);
    if (!list) return nothing;
    const sentence = this.#host.text('notification-prefs.pause.essentials', 'Still sent while paused: {list}.', {
      list,
    });
    // The same sentence is not drawn again: each of its names is a `<bdi>` template.
    return html`<p class="pc-hint" id="pc-pause-essentials">${guard([sentence], () => bidi(sentence))}</p>`;
  }

  #renderPaused(until: Date): unknown {
    const when = formatDateTime(until, { dateStyle: 'full', timeStyle: 'short' });
    return html`<p class="pc-paused">
        ${this.#host.text('notification-prefs.pause.paused-until', 'Paused until {date}', { date: when })}
      </p>
      ${this.#essentials()}
      <div class="pc-actions">
        <button class="primary" ${ref(this.#resumeButton)} ?disabled=${this.#host.disabled} @click=${this.#resume}>
          ${this.#host.text('notification-prefs.pause.resume', 'Resume notifications')}
        </button>
      </div>`;
  }

  #renderChoices(): unknown {
    const error = this.#dateError;
    const tomorrow = this.now();
    tomorrow.setDate(tomorrow.getDate() + 1);
    return html`<p class="pc-hint">
        ${this.#host.text('notification-prefs.pause.description', 'Pause everything that is not essential.')}
      </p>
      ${this.#essentials()}
      <div class="pc-actions">
        <button ${ref(this.#firstPauseButton)} ?disabled=${this.#host.disabled} @click=${() => this.#pauseFor(1)}>
          ${this.#host.text('notification-prefs.pause.for-a-day', 'Pause for a day')}
        </button>
        <button ?disabled=${this.#host.disabled} @click=${() => this.#pauseFor(7)}>
          ${this.#host.text('notification-prefs.pause.for-a-week', 'Pause for a week')}
        </button>
      </div>
      <form class="pc-pause-until" novalidate @submit=${this.#submitDate}>
        <div class="pc-field">
          <label for="pc-pause-date">
            ${this.#host.text('notification-prefs.pause.until-label', 'Until a date')}
          </label>
          <input
            id="pc-pause-date"
            type="date"
            min=${dateValue(tomorrow)}
            .value=${live(this.#dateText)}
            ?disabled=${this.#host.disabled}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'pc-pause-date-error' : nothing}
            @input=${(e: Event) => this.#typedDate((e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" ?disabled=${this.#host.disabled}>
          ${this.#host.text('notification-prefs.pause.until-submit', 'Pause until this date')}
        </button>
        ${error ? html`<p class="pc-error" id="pc-pause-date-error">${error}</p>` : nothing}
      </form>`;
  }

  #typedDate(value: string): void {
    this.#dateText = value;
    if (this.#dateError) {
      // Once an error shows, it follows the input, so the customer sees when it is fixed.
      const result = this.#checkDate(value);
      if (result.error !== this.#dateError) {
        this.#dateError = result.error;
        this.#host.requestUpdate();
      }
    }
  }

  #checkDate(value: string): { until: Date; error?: undefined } | { until?: undefined; error: string } {
    const match = isoDate.exec(value.trim());
    if (!match) {
      return {
        error: this.#host.text('notification-prefs.pause.error.no-date', 'Choose a date.'),
      };
    }
    const until = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (Number.isNaN(until.getTime()) || dateValue(until) !== match[0]) {
      return {
        error: this.#host.text('notification-prefs.pause.error.no-date', 'Choose a date.'),
      };
    }
    if (until.getTime() <= this.now().getTime()) {
      return {
        error: this.#host.text('notification-prefs.pause.error.past', 'Choose a date after today.'),
      };
    }
    return { until };
  }

  readonly #submitDate = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector('input')!;
    this.#dateText = input.value;
    const result = this.#checkDate(this.#dateText);
    if (result.error !== undefined) {
      this.#dateError = result.error;
      this.#host.requestUpdate();
      this.#host.announce(result.error);
      input.focus();
      return;
    }
    this.#pauseUntil(result.until);
  };

  #pauseFor(days: number): void {
    const until = this.now();
    // Calendar days, so a pause across a daylight-saving change still ends at the same clock time.
    until.setDate(until.getDate() + days);
    this.#pauseUntil(until);
  }

  #pauseUntil(until: Date): void {
    if (this.#host.disabled) return;
    this.#dateText = '';
    this.#dateError = undefined;
    const when = formatDateTime(until, { dateStyle: 'full', timeStyle: 'short' });
    // Said first, so the Undo offer that the change brings comes after it.
    this.#host.announce(
      this.#host.text('notification-prefs.pause.announce-paused', 'Notifications paused until {date}.', { date: when }),
    );
    this.#host.change({ pausedUntil: isoWithOffset(until) });
    void this.#focusAfterUpdate(this.#resumeButton);
  }

  readonly #resume = (): void => {
    if (this.#host.disabled) return;
    this.#host.announce(this.#host.text('notification-prefs.pause.announce-resumed', 'Notifications resumed.'));
    this.#host.change({ pausedUntil: null });
    void this.#focusAfterUpdate(this.#firstPauseButton);
  };

  /** The button the customer used goes away; focus moves to the one that takes its place. */
  async #focusAfterUpdate(target: Ref<HTMLButtonElement>): Promise<void> {
    await this.#host.updateComplete;
    target.value?.focus();
  }
}

export const pauseStyles = [
  ...fieldStyles,
  css`
    .pc-paused {
      font-weight: var(--pc-font-weight-strong);
    }
    .pc-pause-until {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--pc-space-s) var(--pc-space-m);
    }
    .pc-pause-until .pc-error {
      flex-basis: 100%;
    }
  `,
];
