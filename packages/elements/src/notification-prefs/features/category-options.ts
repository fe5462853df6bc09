import {
  bidi,
  formatMoney,
  isolate,
  formatNumber,
  getLocale,
  ownValue,
  type NotificationCategory,
  type NotificationFrequency,
  type NotificationThreshold,
} from '@prefcenter/core';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { NotificationFeatureHost } from './feature-host.js';
import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import { featureId } from '@prefcenter/core/kit/feature-host';
import { currencyDigits, currencySymbol, parseTypedNumber } from '@prefcenter/core/kit/intl-input';
import { frequencyLabel } from './feature-support.js';
import '../generated/translations.js';

/** What the customer typed in a threshold field that is not saved yet, and why. */
interface Draft {
  text: string;
  error: string | undefined;
}

type Checked = { value: number; error?: undefined } | { value?: undefined; error: string };

/**
 * A category's own options, shown next to its channels: how often it is sent
 * (immediately, or in a daily or weekly digest) and its threshold (balance below an
 * amount, transactions over an amount, or days before a payment is due).
 *
 * A threshold is saved when the customer leaves the field or presses Enter, never on each
 * keystroke. Until what they typed is valid it stays in the field, explained inline, and
 * nothing is saved; Escape puts the saved value back.
 */
export class CategoryOptionsFeature {
  readonly #host: NotificationFeatureHost & ReactiveControllerHost;
  /** Half-typed thresholds by category id, kept while they are invalid or being typed. */
  readonly #drafts = new Map<string, Draft>();

  constructor(host: NotificationFeatureHost & ReactiveControllerHost) {
    this.#host = host;
  }

  /** True when `category` offers a frequency or a threshold, i.e. `renderFor` draws something. */
  hasOptions(category: NotificationCategory): boolean {
    return (category.frequencies?.length ?? 0) > 0 || category.threshold !== undefined;
  }

  /** The frequency and threshold fields of one category, or nothing when it offers neither. */
  renderFor(category: NotificationCategory): unknown {
    if (!this.hasOptions(category)) return nothing;
    return html`<div class="pc-group pc-category-options" data-category=${category.id}>
      ${this.#renderFrequency(category)}
      ${category.threshold ? this.#renderThreshold(category, category.threshold) : nothing}
    </div>`;
  }

  #renderFrequency(category: NotificationCategory): unknown {
    const frequencies = category.frequencies ?? [];
    if (!frequencies.length) return nothing;
    const saved = ownValue(this.#host.view.frequency, category.id);
    const current = saved && frequencies.includes(saved) ? saved : frequencies[0];
    const id = featureId('pc-frequency', category.id);
    return html`<div class="pc-field">
      <label for=${id}>${bidi(this.frequencyLabel(category))}</label>
      <select
        id=${id}
        .value=${live(current)}
        ?disabled=${this.#host.disabled}
        @change=${(e: Event) => this.#changeFrequency(category, (e.target as HTMLSelectElement).value)}
      >
        ${frequencies.map(
          (f) => html`<option value=${f} ?selected=${f === current}>${frequencyLabel(this.#host, f)}</option>`,
        )}
      </select>
    </div>`;
  }

  /** "How often for Low balance": the frequency's label, also the setting's name in a conflict. */
  frequencyLabel(category: NotificationCategory): string {
    const name = isolate(category.label);
    return this.#host.text('notification-prefs.category-options.frequency.label', 'How often for {category}', {
      category: name,
    });
  }

  /** "Threshold for Low balance": the threshold's label, also the setting's name in a conflict. */
  thresholdLabel(category: NotificationCategory): string {
    const name = isolate(category.label);
    return this.#host.text('notification-prefs.category-options.threshold.label', 'Threshold for {category}', {
      category: name,
    });
  }

  #changeFrequency(category: NotificationCategory, value: string): void {
    const frequency = value as NotificationFrequency;
    if (!category.frequencies?.includes(frequency)) return;
    this.#host.change({ frequency: { [category.id]: frequency } });
  }

  #renderThreshold(category: NotificationCategory, threshold: NotificationThreshold): unknown {
    const money = threshold.kind !== 'payment-due-days';
    const currency = this.#host.catalog.currency;
    const draft = this.#drafts.get(category.id);
    const saved = this.#savedThreshold(category, threshold);
    const text = draft?.text ?? (saved === undefined ? '' : this.#display(saved, money));
    const id = featureId('pc-threshold', category.id);
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    const error = draft?.error;
    const symbol = money ? currencySymbol(currency) : undefined;
    const unit = money
      ? html`<span class="pc-affix" aria-hidden="true">${symbol!.symbol}</span>`
      : html`<span class="pc-affix"> ${this.#host.text('notification-prefs.category-options.days', 'days')} </span>`;
    return html`<div class="pc-field pc-threshold">
      <label for=${id}>
        ${bidi(this.thresholdLabel(category))}
        ${money ? html`<span class="sr-only">(${currencyName(currency)})</span>` : nothing}
      </label>
      <span class="pc-hint" id=${hintId}>${this.#kindHint(threshold)} ${this.#rangeHint(threshold, money)}</span>
      <span class="pc-affixed">
        ${symbol && !symbol.after ? unit : nothing}
        <input
          id=${id}
          type="text"
          inputmode=${money ? 'decimal' : 'numeric'}
          autocomplete="off"
          spellcheck="false"
          size=${money ? 10 : 4}
          .value=${live(text)}
          ?disabled=${this.#host.disabled}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${errorId} ${hintId}` : hintId}
          @input=${(e: Event) => this.#typed(category, threshold, (e.target as HTMLInputElement).value)}
          @change=${(e: Event) => this.#commit(category, threshold, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.#keydown(e, category, threshold)}
        />
        ${!symbol || symbol.after ? unit : nothing}
      </span>
      ${error ? html`<span class="pc-error" id=${errorId}>${error}</span>` : nothing}
    </div>`;
  }

  #savedThreshold(category: NotificationCategory, threshold: NotificationThreshold): number | undefined {
    return ownValue(this.#host.view.thresholds, category.id) ?? threshold.default;
  }

  /** A saved amount as the customer would type it in this locale: "1,250.00", "1.250,00", "1 250,00". */
  #display(value: number, money: boolean): string {
    if (!money) return formatNumber(value, { maximumFractionDigits: 0, useGrouping: false });
    const digits = currencyDigits(this.#host.catalog.currency);
    return formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  #amount(value: number, money: boolean): string {
    return money ? formatMoney(value, this.#host.catalog.currency) : formatNumber(value);
  }

  #kindHint(threshold: NotificationThreshold): string {
    switch (threshold.kind) {
      case 'balance-below':
        return this.#host.text(
          'notification-prefs.category-options.hint.balance-below',
          'Alert me when my balance falls below this amount.',
        );
      case 'transaction-over':
        return this.#host.text(
          'notification-prefs.category-options.hint.transaction-over',
          'Alert me about transactions over this amount.',
        );
      case 'payment-due-days':
        return this.#host.text(
          'notification-prefs.category-options.hint.payment-due-days',
          'How many days before a payment is due to remind me.',
        );
    }
  }

  #rangeHint(threshold: NotificationThreshold, money: boolean): string {
    const { min, max } = threshold;
    if (min !== undefined && max !== undefined) {
      const low = this.#amount(min, money);
      const high = this.#amount(max, money);
      return this.#host.text('notification-prefs.category-options.hint.range', 'From {min} to {max}.', {
        min: low,
        max: high,
      });
    }
    if (min !== undefined) {
      const low = this.#amount(min, money);
      return this.#host.text('notification-prefs.category-options.hint.min', 'At least {min}.', { min: low });
    }
    if (max !== undefined) {
      const high = this.#amount(max, money);
      return this.#host.text('notification-prefs.category-options.hint.max', 'At most {max}.', { max: high });
    }
    return '';
  }

  /** Checks what was typed; the first problem found is the one explained. */
  #check(threshold: NotificationThreshold, input: string): Checked {
    const money = threshold.kind !== 'payment-due-days';
    if (!input.trim()) {
      return {
        error: money
          ? this.#host.text('notification-prefs.category-options.error.empty-amount', 'Enter an amount.')
          : this.#host.text('notification-prefs.category-options.error.empty-days', 'Enter a number of days.'),
      };
    }
    const value = parseTypedNumber(input);
    const digits = money ? currencyDigits(this.#host.catalog.currency) : 0;
    if (Number.isNaN(value)) {
      if (!money) {
        return {
          error: this.#host.text(
            'notification-prefs.category-options.error.whole-days',
            'Enter a whole number of days.',
          ),
        };
      }
      const example = formatNumber(1234.5, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      return {
        error: this.#host.text(
          'notification-prefs.category-options.error.not-a-number',
          'Enter an amount as a number, for example {example}.',
          { example },
        ),
      };
    }
    if (value < 0) {
      return {
        error: this.#host.text(
          'notification-prefs.category-options.error.negative',
          'Enter a number that is not negative.',
        ),
      };
    }
    const scale = 10 ** digits;
    if (Math.round(value * scale) / scale !== value) {
      if (!money) {
        return {
          error: this.#host.text(
            'notification-prefs.category-options.error.whole-days',
            'Enter a whole number of days.',
          ),
        };
      }
      const places = formatNumber(digits);
      return {
        error: this.#host.text(
          'notification-prefs.category-options.error.decimals',
          'Use no more than {places} decimal places.',
          {
            places,
          },
        ),
      };
    }
    if (threshold.min !== undefined && value < threshold.min) {
      const low = this.#amount(threshold.min, money);
      return {
        error: this.#host.text('notification-prefs.category-options.error.below-min', 'Enter {min} or more.', {
          min: low,
        }),
      };
    }
    if (threshold.max !== undefined && value > threshold.max) {
      const high = this.#amount(threshold.max, money);
      return {
        error: this.#host.text('notification-prefs.category-options.error.above-max', 'Enter {max} or less.', {
          max: high,
        }),
      };
    }
    return { value };
  }

  #typed(category: NotificationCategory, threshold: NotificationThreshold, text: string): void {
    const previous = this.#drafts.get(category.id);
    // Once an error shows, it follows the typing, so the customer sees when it is fixed.
    const error = previous?.error ? this.#check(threshold, text).error : undefined;
    this.#drafts.set(category.id, { text, error });
    if (previous?.error !== error) this.#host.requestUpdate();
  }

  #commit(category: NotificationCategory, threshold: NotificationThreshold, text: string): void {
    const result = this.#check(threshold, text);
    if (result.error !== undefined) {
      const shown = this.#drafts.get(category.id)?.error;
      this.#drafts.set(category.id, { text, error: result.error });
      this.#host.requestUpdate();
      if (shown !== result.error) this.#host.announce(result.error);
      return;
    }
    this.#drafts.delete(category.id);
    if (result.value !== ownValue(this.#host.view.thresholds, category.id)) {
      this.#host.change({ thresholds: { [category.id]: result.value } });
    }
    this.#host.requestUpdate();
  }

  #keydown(event: KeyboardEvent, category: NotificationCategory, threshold: NotificationThreshold): void {
    if (event.key === 'Enter') {
      this.#commit(category, threshold, (event.target as HTMLInputElement).value);
    } else if (event.key === 'Escape' && this.#drafts.has(category.id)) {
      // Escape puts the saved value back and goes no further: cancelling the key keeps the
      // options dialog open (a modal dialog closes on an Escape nobody cancelled).
      event.preventDefault();
      event.stopPropagation();
      this.#drafts.delete(category.id);
      this.#host.requestUpdate();
    }
  }
}

function currencyName(currency: string): string {
  try {
    return new Intl.DisplayNames(getLocale(), { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}

export const categoryOptionsStyles = [
  ...fieldStyles,
  css`
    .pc-category-options {
      display: flex;
      flex-wrap: wrap;
      gap: var(--pc-space-m) var(--pc-space-xl);
      padding: 0;
      border: 0;
      background: none;
    }
    .pc-threshold {
      max-inline-size: 22rem;
    }
    .pc-affixed {
      display: inline-flex;
      align-items: center;
      gap: var(--pc-space-xs);
    }
    .pc-affix {
      color: var(--pc-color-text-muted);
      font-weight: var(--pc-font-weight-strong);
    }
    .pc-threshold input {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
  `,
];
