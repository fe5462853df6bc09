import { bidi, browserTimeZone, type NotificationCatalog, type QuietHours } from '@prefcenter/core';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { NotificationFeatureHost } from './feature-host.js';
import { alertList } from './feature-support.js';
import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import { listOf } from '@prefcenter/core/kit/intl-input';
import '../generated/translations.js';

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

type TimeField = 'start' | 'end';

/** The IANA zones this browser knows, or `undefined` where `Intl.supportedValuesOf` is missing. */
function supportedTimeZones(): readonly string[] | undefined {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone');
  } catch {
    return undefined;
  }
}

/** The canonical name of a time zone, or `undefined` when `Intl` does not know it. */
export function canonicalTimeZone(zone: string): string | undefined {
  if (!zone.trim()) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Quiet hours: a time range (overnight ranges such as 22:00 to 07:00 included) in a time
 * zone during which non-urgent notifications wait, and whether critical alerts may pass.
 *
 * A range that starts and ends at the same minute is explained inline and not saved. The
 * first change writes the whole `quietHours` object (the schema needs every field); later
 * changes write only the fields that changed.
 */
export class QuietHoursFeature {
  readonly #host: NotificationFeatureHost & ReactiveControllerHost;
  /** The alerts quiet hours may let through, as one list ('' when there are none). */
  readonly #criticalNames = listOf((catalog: NotificationCatalog) =>
    catalog.categories.filter((c) => c.critical).map((c) => c.label),
  );
  /** `null` until the zones are first needed: asking `Intl` for them took 3-6 ms of the first render, with quiet hours off. */
  #timeZones: readonly string[] | undefined | null = null;
  /** The zones offered in a list; without them the zone is typed and checked with `Intl`. Tests may replace it. */
  get timeZones(): readonly string[] | undefined {
    if (this.#timeZones === null) this.#timeZones = supportedTimeZones();
    return this.#timeZones;
  }
  set timeZones(zones: readonly string[] | undefined) {
    this.#timeZones = zones;
  }
  /** Times typed but not saved because the range is invalid. */
  #draft: Partial<Record<TimeField, string>> = {};
  #timeError: { field: TimeField; message: string } | undefined;
  #zoneDraft: { text: string; error: string } | undefined;

  constructor(host: NotificationFeatureHost & ReactiveControllerHost) {
    this.#host = host;
  }

  /** The saved quiet hours, or the defaults they start from: 22:00 to 07:00 in the browser's zone. */
  get current(): QuietHours {
    return (
      this.#host.view.quietHours ?? {
        enabled: false,
        start: '22:00',
        end: '07:00',
        timeZone: browserTimeZone(),
        allowCritical: true,
      }
    );
  }

  /** The feature's heading, also the setting's name in a conflict. */
  get title(): string {
    return this.#host.text('notification-prefs.quiet-hours.title', 'Quiet hours');
  }

  // The switch is a native checkbox: its checked state is exposed as the switch's state, and
  // an aria-checked beside it could only disagree with it.
  /* eslint-disable lit-a11y/role-has-required-aria-attrs */
  render(): unknown {
    const q = this.current;
    return html`<section class="pc-group pc-quiet-hours" aria-labelledby="pc-quiet-title">
      <h3 class="pc-group-title" id="pc-quiet-title">${this.title}</h3>
      <p class="pc-hint" id="pc-quiet-description">
        ${this.#host.text('notification-prefs.quiet-hours.description', 'During quiet hours, notifications wait and arrive when quiet hours end.')}
      </p>
      <label class="pc-check">
        <input
          type="checkbox"
          role="switch"
          class="pc-switch"
          .checked=${live(q.enabled)}
          ?disabled=${this.#host.disabled}
          aria-describedby="pc-quiet-description"
          @change=${(e: Event) => this.#toggle((e.target as HTMLInputElement).checked)}
        />
        ${this.#host.text('notification-prefs.quiet-hours.enabled', 'Use quiet hours')}
      </label>
      ${q.enabled ? this.#renderSettings(q) : nothing}
    </section>`;
  } /* eslint-enable lit-a11y/role-has-required-aria-attrs */

  #renderSettings(q: QuietHours) {
    const start = this.#draft.start ?? q.start;
    const end = this.#draft.end ?? q.end;
    const error = this.#timeError;
    const overnight = !error && end < start;
    const critical = alertList(this.#host, this.#criticalNames);
    return html`<div class="pc-fields">
        ${this.#renderTime('start', start, this.#host.text('notification-prefs.quiet-hours.start', 'From'))}
        ${this.#renderTime('end', end, this.#host.text('notification-prefs.quiet-hours.end', 'Until'))}
        ${this.#renderZone(q.timeZone)}
      </div>
      ${
        error
          ? html`<p class="pc-error" id="pc-quiet-error">${error.message}</p>`
          : overnight
            ? html`<p class="pc-hint" id="pc-quiet-overnight">
                ${this.#host.text('notification-prefs.quiet-hours.overnight', 'Quiet hours run overnight and end the next day.')}
              </p>`
            : nothing
      }
      <label class="pc-check">
        <input
          type="checkbox"
          .checked=${live(q.allowCritical)}
          ?disabled=${this.#host.disabled}
          aria-describedby=${critical ? 'pc-quiet-critical' : nothing}
          @change=${(e: Event) => this.#write({ allowCritical: (e.target as HTMLInputElement).checked })}
        />
        ${this.#host.text('notification-prefs.quiet-hours.allow-critical', 'Let critical alerts through')}
      </label>
      ${critical ? this.#renderCriticalList(critical) : nothing}`;
  }

  /** The same sentence is not drawn again: each of its names is a `<bdi>` template. */
  #renderCriticalList(list: string) {
    const sentence = this.#host.text('notification-prefs.quiet-hours.critical-list', 'Critical alerts: {list}.', {
      list,
    });
    return html`<p class="pc-hint" id="pc-quiet-critical">${guard([sentence], () => bidi(sentence))}</p>`;
  }

  #renderTime(field: TimeField, value: string, label: string) {
    const id = `pc-quiet-${field}`;
    const invalid = this.#timeError?.field === field;
    const described = invalid ? 'pc-quiet-error' : !this.#timeError && field === 'end' ? 'pc-quiet-overnight' : '';
    return html`<div class="pc-field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="time"
        required
        .value=${live(value)}
        ?disabled=${this.#host.disabled}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @change=${(e: Event) => this.#changeTime(field, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #renderZone(zone: string) {
    const label = this.#host.text('notification-prefs.quiet-hours.time-zone', 'Time zone');
    const zones = this.timeZones;
    if (zones?.length) {
      const options = zones.includes(zone) ? zones : [zone, ...zones];
      return html`<div class="pc-field pc-zone">
        <label for="pc-quiet-zone">${label}</label>
        <select
          id="pc-quiet-zone"
          .value=${live(zone)}
          ?disabled=${this.#host.disabled}
          @change=${(e: Event) => this.#changeZone((e.target as HTMLSelectElement).value)}
        >
          ${options.map((z) => html`<option value=${z} ?selected=${z === zone}>${z.replaceAll('_', ' ')}</option>`)}
        </select>
      </div>`;
    }
    const draft = this.#zoneDraft;
    return html`<div class="pc-field pc-zone">
      <label for="pc-quiet-zone">${label}</label>
      <input
        id="pc-quiet-zone"
        type="text"
        autocomplete="off"
        spellcheck="false"
        .value=${live(draft?.text ?? zone)}
        ?disabled=${this.#host.disabled}
        aria-invalid=${draft ? 'true' : 'false'}
        aria-describedby=${draft ? 'pc-quiet-zone-error' : nothing}
        @change=${(e: Event) => this.#changeZone((e.target as HTMLInputElement).value)}
      />
      ${draft ? html`<span class="pc-error" id="pc-quiet-zone-error">${draft.error}</span>` : nothing}
    </div>`;
  }

  /** Saves `fields`, the whole object when quiet hours were never set. */
  #write(fields: Partial<QuietHours>): void {
    if (this.#host.view.quietHours) this.#host.change({ quietHours: fields });
    else this.#host.change({ quietHours: { ...this.current, ...fields } });
  }

  #toggle(enabled: boolean): void {
    // Said first, so the Undo offer that the change brings comes after it.
    this.#host.announce(
      enabled
        ? this.#host.text('notification-prefs.quiet-hours.announce-on', 'Quiet hours on.')
        : this.#host.text('notification-prefs.quiet-hours.announce-off', 'Quiet hours off.'),
    );
    this.#write({ enabled });
  }

  #changeTime(field: TimeField, value: string): void {
    const saved = this.current;
    const range = { start: this.#draft.start ?? saved.start, end: this.#draft.end ?? saved.end, [field]: value };
    const bad = (['start', 'end'] as const).find((f) => !hhmm.test(range[f]));
    const error = bad
      ? {
          field: bad,
          message: this.#host.text('notification-prefs.quiet-hours.error.time', 'Enter a time, such as 22:00.'),
        }
      : range.start === range.end
        ? {
            field,
            message: this.#host.text(
              'notification-prefs.quiet-hours.error.same',
              'Quiet hours cannot start and end at the same time.',
            ),
          }
        : undefined;
    if (error) {
      const announce = this.#timeError?.message !== error.message;
      this.#draft = range;
      this.#timeError = error;
      this.#host.requestUpdate();
      if (announce) this.#host.announce(error.message);
      return;
    }
    this.#draft = {};
    this.#timeError = undefined;
    const changed: Partial<QuietHours> = {};
    if (range.start !== saved.start) changed.start = range.start;
    if (range.end !== saved.end) changed.end = range.end;
    if (Object.keys(changed).length) this.#write(changed);
    this.#host.requestUpdate();
  }

  #changeZone(value: string): void {
    const zone = canonicalTimeZone(value);
    if (!zone) {
      const error = this.#host.text(
        'notification-prefs.quiet-hours.error.time-zone',
        'Enter a time zone such as Europe/Paris or America/New_York.',
      );
      const announce = !this.#zoneDraft;
      this.#zoneDraft = { text: value, error };
      this.#host.requestUpdate();
      if (announce) this.#host.announce(error);
      return;
    }
    this.#zoneDraft = undefined;
    if (zone !== this.current.timeZone || !this.#host.view.quietHours) this.#write({ timeZone: zone });
    this.#host.requestUpdate();
  }
}

export const quietHoursStyles = [
  ...fieldStyles,
  css`
    .pc-quiet-hours input[type='time'] {
      font-variant-numeric: tabular-nums;
    }
    .pc-zone {
      flex: 1 1 14rem;
    }
    .pc-zone select,
    .pc-zone input {
      inline-size: 100%;
    }
  `,
];
