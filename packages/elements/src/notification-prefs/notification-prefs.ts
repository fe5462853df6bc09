import {
  AdapterError,
  bidi,
  cssomStyle,
  isolate,
  applyMergePatch,
  PrefsElement,
  PrefsVerifyChannelEvent,
  errorMessage,
  fillPlaceholders,
  filterMergePatch,
  formatNumber,
  getLocale,
  notificationsDomain,
  notificationsMethods,
  ownOrSet,
  ownValue,
  registerTranslations,
  setOwn,
  ResourceActions,
  toAdapterError,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationChannel,
  type NotificationPreferences,
  type PreferencesPatch,
  type PrefsAdapter,
  type ResourceNotice,
} from '@prefcenter/core';
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { moveFocus, type Position } from './grid/keys.js';
import { buildRows, groupState, isOn, lockOf, supports, type Checked, type GridRow, type Lock } from './grid/model.js';
import { messages, requirementKey } from './messages.js';
import styles from './notification-prefs.styles.js';
import { CategoryOptionsFeature, categoryOptionsStyles } from './features/category-options.js';
import { HistoryFeature, historyStyles } from './features/history.js';
import { MarketingFeature, marketingStyles } from './features/marketing.js';
import type { NotificationFeatureHost } from './features/feature-host.js';
import { PauseFeature, pauseStyles } from './features/pause.js';
import { QuietHoursFeature, quietHoursStyles } from './features/quiet-hours.js';
import { UndoFeature, undoStyles } from './features/undo.js';
import { loadNotificationPrefsTranslations } from './translations.js';

registerTranslations('notification-prefs', loadNotificationPrefsTranslations);

type Pair = [NotificationCategory, NotificationChannel];
type Patch = PreferencesPatch<NotificationPreferences>;
type Dialog =
  | {
      kind: 'confirm';
      patch: Patch;
      categories: NotificationCategory[];
      origin: HTMLElement | null;
      settled: ((applied: boolean) => void) | undefined;
      /** A whole row or column: keeping the security alerts on still switches the rest. */
      group: boolean;
    }
  | { kind: 'options'; category: NotificationCategory; origin: HTMLElement | null };
/** Where a channel's verification stands: under way, not offered by the host, or failed. */
type Verifying = 'pending' | 'unavailable' | AdapterError;

/** Rows drawn at first; more are drawn as the customer scrolls or moves focus toward them. */
const firstRows = 40;
const moreRows = 120;
/** Above this many categories the filter box appears. */
const filterFrom = 20;

/**
 * Alerts and communication preferences: a grid of categories by channels, grouped in
 * collapsible sections, with required notifications locked on, channels that need a
 * host step (a verified phone, a registered device), per-category options, quiet
 * hours, pause, marketing consent, history and undo.
 *
 * The grid follows the WAI-ARIA grid pattern: one tab stop, arrow keys between cells,
 * Home/End, Ctrl+Home/End, Page Up/Down, Space or Enter to switch. With many
 * categories only the rows near the screen are drawn at first; a filter appears above
 * twenty. Below 560px of its own width the widget shows one card per category.
 *
 * ## Strings
 *
 * Every visible string can be replaced per instance through `strings` (key → text). A
 * text may name the values of its sentence as `{name}`, e.g. `{ cell: '{channel} — {category}' }`.
 *
 * The grid and dialogs:
 * `gridLabel` "Notification settings" · `columnCategory` "Notification" · `columnAll` "All channels" ·
 * `cell` "{channel} for {category}" · `row` "All channels for {category}" ·
 * `column` "{channel} for all notifications" · `notAvailable` "Not available" ·
 * `required` "Always on: {reason}" · `marketingOff` "Off because you said no to marketing messages." ·
 * `needsPhone` "{channel} needs a verified phone number." · `needsDevice` "{channel} needs a registered device." ·
 * `needsEmail` "{channel} needs a verified email address." · `needsPostal` "{channel} needs a postal address." ·
 * `needsOther` "{channel} is not set up yet." · `verifyPhone` "Verify phone number" ·
 * `verifyDevice` "Register a device" · `verifyEmail` "Verify email address" · `verifyPostal` "Add a postal address" ·
 * `verifyOther` "Set up" · `needsSetup` "Needs setup" · `verifyPending` "Finish the step, then come back here." ·
 * `verifyUnavailable` "This step cannot be started from here. Contact us to set it up." ·
 * `verified` "{channel} is ready to use." · `filterLabel` "Filter notifications" ·
 * `matches` "{shown} of {total} notifications match" · `noMatches` "No notifications match your filter." ·
 * `emptyTitle` "No notifications to set" · `emptyText` "There are no notification settings for your account yet." ·
 * `options` "Options" · `optionsFor` "Options for {category}" · `done` "Done" ·
 * `confirmTitle` "Turn off {category}?" · `confirmManyTitle` "Turn off security alerts?" ·
 * `confirmText` "These alerts help protect your account. Without them you may not hear about activity you did not make." ·
 * `confirmOk` "Turn off" · `keep` "Keep them on".
 *
 * Loading and saving (shared with every widget, see `PrefsElement`): `loading`, `loadFailedTitle`,
 * `retry`, `saving`, `saved`, `unsaved`, `save`, `cancel`, `saveFailed`, `dismiss`, `conflict`,
 * `conflictKeepMine`, `conflictKeepTheirs`, `externalUpdate`, `discarded`, `configTitle`,
 * `noAdapter`, `missingMethods`.
 *
 * Pause: `pause.title` "Pause notifications" · `pause.description` "Pause everything that is not essential." ·
 * `pause.essentials` "Still sent while paused: {list}." · `pause.paused-until` "Paused until {date}" ·
 * `pause.resume` "Resume notifications" · `pause.for-a-day` "Pause for a day" · `pause.for-a-week` "Pause for a week" ·
 * `pause.until-label` "Until a date" · `pause.until-submit` "Pause until this date" ·
 * `pause.error.no-date` "Choose a date." · `pause.error.past` "Choose a date after today." ·
 * `pause.announce-paused` "Notifications paused until {date}." · `pause.announce-resumed` "Notifications resumed.".
 *
 * Quiet hours: `quiet-hours.title` "Quiet hours" ·
 * `quiet-hours.description` "During quiet hours, notifications wait and arrive when quiet hours end." ·
 * `quiet-hours.enabled` "Use quiet hours" · `quiet-hours.start` "From" · `quiet-hours.end` "Until" ·
 * `quiet-hours.overnight` "Quiet hours run overnight and end the next day." ·
 * `quiet-hours.allow-critical` "Let critical alerts through" · `quiet-hours.critical-list` "Critical alerts: {list}." ·
 * `quiet-hours.time-zone` "Time zone" · `quiet-hours.announce-on` "Quiet hours on." ·
 * `quiet-hours.announce-off` "Quiet hours off." · `quiet-hours.error.time` "Enter a time, such as 22:00." ·
 * `quiet-hours.error.same` "Quiet hours cannot start and end at the same time." ·
 * `quiet-hours.error.time-zone` "Enter a time zone such as Europe/Paris or America/New_York.".
 *
 * Marketing: `marketing.title` "Marketing" · `marketing.switch` "Receive marketing messages" ·
 * `marketing.hint-on` "Turning this off stops marketing on every channel at once." ·
 * `marketing.hint-off` "Turning this on does not switch any marketing channel on: you choose the ones you want." ·
 * `marketing.status-none` "No choice recorded yet." · `marketing.status-granted` "You agreed on {date}." ·
 * `marketing.status-withdrawn` "You withdrew your consent on {date}." ·
 * `marketing.announce-granted` "Marketing allowed. No channel was switched on: choose the ones you want." ·
 * `marketing.announce-withdrawn` "Marketing turned off on every channel.".
 *
 * Category options: `category-options.frequency.label` "How often for {category}" ·
 * `category-options.frequency.immediate` "Immediately" · `category-options.frequency.daily` "Daily digest" ·
 * `category-options.frequency.weekly` "Weekly digest" · `category-options.threshold.label` "Threshold for {category}" ·
 * `category-options.days` "days" ·
 * `category-options.hint.balance-below` "Alert me when my balance falls below this amount." ·
 * `category-options.hint.transaction-over` "Alert me about transactions over this amount." ·
 * `category-options.hint.payment-due-days` "How many days before a payment is due to remind me." ·
 * `category-options.hint.range` "From {min} to {max}." · `category-options.hint.min` "At least {min}." ·
 * `category-options.hint.max` "At most {max}." · `category-options.error.empty-amount` "Enter an amount." ·
 * `category-options.error.empty-days` "Enter a number of days." ·
 * `category-options.error.whole-days` "Enter a whole number of days." ·
 * `category-options.error.not-a-number` "Enter an amount as a number, for example {example}." ·
 * `category-options.error.negative` "Enter a number that is not negative." ·
 * `category-options.error.decimals` "Use no more than {places} decimal places." ·
 * `category-options.error.below-min` "Enter {min} or more." · `category-options.error.above-max` "Enter {max} or less.".
 *
 * Undo: `undo.undo` "Undo" · `undo.undone` "Change undone" · `undo.made` "Change made" ·
 * `undo.announce` "{message}. Undo available for {seconds} seconds." ·
 * `undo.channel-on` "{channel} for {category}: on" · `undo.channel-off` "{channel} for {category}: off" ·
 * `undo.frequency` "{category}: {frequency}" · `undo.threshold` "Threshold for {category}: {value}" ·
 * `undo.marketing-on` "Marketing allowed" · `undo.marketing-off` "Marketing turned off" ·
 * `undo.quiet-hours` "Quiet hours changed" · `undo.paused` "Notifications paused" · `undo.resumed` "Notifications resumed".
 *
 * History: `history.title` "History" · `history.loading` "Loading history…" · `history.empty` "No changes yet." ·
 * `history.source` "From: {source}" · `retry` "Retry".
 *
 * @summary Notification preferences: categories by channels, with options.
 *
 * @fires prefs-change - The customer changed something (detail: `{ domain, patch }`).
 * @fires prefs-saved - The adapter confirmed a change.
 * @fires prefs-error - A load or save failed.
 * @fires prefs-conflict - A save collided with a change made elsewhere.
 * @fires prefs-reauth-required - The backend wants the customer to sign in again; call `detail.retry()` after.
 * @fires prefs-verify-channel - A channel needs the host's step and the adapter has no
 *   `verifyNotificationChannel`. Call `preventDefault()` to take it on and `detail.done()` when finished.
 *
 * @csspart base - The outer box.
 * @csspart grid - The grid of categories by channels.
 * @csspart row - Each row of the grid (a card on narrow screens).
 * @csspart section - A section's heading row.
 * @csspart switch - Every on/off control of the grid.
 * @csspart filter - The filter box.
 * @csspart notice - A channel that needs a host step.
 * @csspart empty - The message shown when the catalog has no categories.
 * @csspart dialog - The confirmation and options dialogs.
 * @csspart undo - The confirmation after a change, with Undo.
 * @csspart status - The visually hidden live region.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - A failed load, with Retry.
 * @csspart retry-button - The Retry button of a failed load.
 * @csspart save-status - "Saving…" / "Saved" while changes are saved automatically.
 * @csspart save-bar - Save and Cancel, in manual mode.
 * @csspart save-error - A refused change, with Retry and Dismiss.
 * @csspart conflict - Edits that collided with changes made elsewhere, with a choice.
 *
 * @cssprop --notification-prefs-column-size - Width of each channel column (default 5.5rem).
 * @cssprop --notification-prefs-name-size - Minimum width of the name column (default 12rem).
 */
export class NotificationPrefs extends PrefsElement<NotificationPreferences, NotificationCatalog> {
  static override styles = [
    ...PrefsElement.styles,
    ...pauseStyles,
    ...quietHoursStyles,
    ...categoryOptionsStyles,
    ...marketingStyles,
    ...undoStyles,
    ...historyStyles,
    styles,
  ];

  // Declared without decorators, as in PrefsElement, so the decorator module does not ship.
  static override properties: PropertyDeclarations = {
    collapsed: { state: true, attribute: false },
    filter: { state: true, attribute: false },
    limit: { state: true, attribute: false },
    dialog: { state: true, attribute: false },
    verifying: { state: true, attribute: false },
    disabled: { type: Boolean, reflect: true },
  };

  protected readonly definition = notificationsDomain;
  protected readonly requiredMethods = notificationsMethods;

  /** Channel verification and history: actions of the notifications domain, run through core. */
  protected readonly actions = new ResourceActions(this, this.resource);
  /** What the features see of this element. */
  protected readonly featureHost: NotificationFeatureHost & ReactiveControllerHost = createPartHost(this, this.actions);
  protected readonly pause = new PauseFeature(this.featureHost);
  protected readonly quietHours = new QuietHoursFeature(this.featureHost);
  protected readonly categoryOptions = new CategoryOptionsFeature(this.featureHost);
  protected readonly marketing = new MarketingFeature(this.featureHost);
  protected readonly undo = new UndoFeature(this.featureHost);
  protected readonly history = new HistoryFeature(this.featureHost);

  /**
   * The widget's own sentences, each through `this.t(key, …)` so that `strings` can replace
   * it (keys in the class docs). An override may name the values with `{name}`
   * placeholders; they are filled only in overrides, so labels with braces are left alone.
   */
  readonly #m = {
    gridLabel: () => this.#text('gridLabel', messages.gridLabel()),
    columnCategory: () => this.#text('columnCategory', messages.columnCategory()),
    columnAll: () => this.#text('columnAll', messages.columnAll()),
    // Adapter text is isolated (FSI…PDI) in our sentences, so its direction cannot spill over.
    cell: (channel: string, category: string) =>
      this.#text('cell', messages.cell((channel = isolate(channel)), (category = isolate(category))), {
        channel,
        category,
      }),
    row: (category: string) => this.#text('row', messages.row((category = isolate(category))), { category }),
    column: (channel: string) => this.#text('column', messages.column((channel = isolate(channel))), { channel }),
    notAvailable: () => this.#text('notAvailable', messages.notAvailable()),
    required: (reason: string) => this.#text('required', messages.required((reason = isolate(reason))), { reason }),
    marketingOff: () => this.#text('marketingOff', messages.marketingOff()),
    needs: (requirement: string | undefined, channel: string) =>
      this.#text(`needs${requirementKey(requirement)}`, messages.needs(requirement, (channel = isolate(channel))), {
        channel,
      }),
    verify: (requirement: string | undefined) =>
      this.#text(`verify${requirementKey(requirement)}`, messages.verify(requirement)),
    needsSetup: () => this.#text('needsSetup', messages.needsSetup()),
    verifyPending: () => this.#text('verifyPending', messages.verifyPending()),
    verifyUnavailable: () => this.#text('verifyUnavailable', messages.verifyUnavailable()),
    verified: (channel: string) => this.#text('verified', messages.verified((channel = isolate(channel))), { channel }),
    filterLabel: () => this.#text('filterLabel', messages.filterLabel()),
    matches: (shown: string, total: string) => this.#text('matches', messages.matches(shown, total), { shown, total }),
    noMatches: () => this.#text('noMatches', messages.noMatches()),
    emptyTitle: () => this.#text('emptyTitle', messages.emptyTitle()),
    emptyText: () => this.#text('emptyText', messages.emptyText()),
    options: () => this.#text('options', messages.options()),
    optionsFor: (category: string) =>
      this.#text('optionsFor', messages.optionsFor((category = isolate(category))), { category }),
    done: () => this.#text('done', messages.done()),
    confirmTitle: (category: string) =>
      this.#text('confirmTitle', messages.confirmTitle((category = isolate(category))), { category }),
    confirmManyTitle: () => this.#text('confirmManyTitle', messages.confirmManyTitle()),
    confirmText: () => this.#text('confirmText', messages.confirmText()),
    confirmOk: () => this.#text('confirmOk', messages.confirmOk()),
    keep: () => this.#text('keep', messages.keep()),
  };

  /** The instance's override of the string `key`, its `{name}` placeholders filled from `values`, else `fallback`. */
  #text(key: string, fallback: string, values: Record<string, string> = {}): string {
    const value = this.t(key, fallback);
    if (value === fallback) return value;
    return fillPlaceholders(value, values);
  }

  private collapsed: ReadonlySet<string> = new Set();
  private filter = '';
  private limit = firstRows;
  private dialog: Dialog | undefined;
  /** The dialog last opened with `showModal()`; a closing dialog is not opened again. */
  #shownDialog: Dialog | undefined;
  /** By channel id: a Map, since an id may be any string (`constructor` too). */
  private verifying: ReadonlyMap<string, Verifying> = new Map();

  /**
   * How long the adapter's `verifyNotificationChannel` may take, in milliseconds, before it
   * fails as a `timeout`. The step is the customer's own (typing a code sent by SMS), so it
   * gets minutes rather than the 15 seconds of a plain adapter call.
   */
  verificationTimeout = 10 * 60_000;

  /** Shows everything and changes nothing. */
  disabled = false;

  #rows: GridRow[] = [];
  #matchCount = 0;
  #rowsKey: unknown[] = [];
  /** The roving tab stop; the column is kept when passing through section rows. */
  #pos: Position = { r: 0, c: 0 };
  #tabStop: HTMLElement | undefined;
  #observer: IntersectionObserver | undefined;
  #filterTimer: ReturnType<typeof setTimeout> | undefined;

  /** The document as the customer sees it, with unsaved changes. Only while loaded. */
  get view(): NotificationPreferences {
    return this.resource.view!;
  }

  get catalog(): NotificationCatalog {
    return this.resource.catalog!;
  }

  /**
   * Applies `patch` at once and saves it (or drafts it in manual mode), with Undo. Used by
   * the grid and the features, Undo included. A patch that turns a security category off asks
   * the customer first; `settled` learns whether the patch was applied (at once or once
   * confirmed) or not (kept on, disabled, not loaded).
   */
  change(patch: Patch, settled?: (applied: boolean) => void): void {
    const active = this.shadowRoot?.activeElement;
    this.#request(patch, active instanceof HTMLElement ? active : null, settled);
  }

  #request(patch: Patch, origin: HTMLElement | null, settled?: (applied: boolean) => void, group = false): void {
    if (this.disabled || !this.resource.view) {
      settled?.(false);
      return;
    }
    const categories = this.#securityTurnedOff(patch);
    if (categories.length) {
      this.dialog = { kind: 'confirm', patch, categories, origin, settled, group };
      return;
    }
    this.#apply(patch);
    settled?.(true);
  }

  #apply(patch: Patch): void {
    const before = this.resource.view;
    if (!before) return;
    this.resource.change(patch);
    this.undo.record(patch, before);
  }

  /** A whole row or column switched, with the security categories the customer kept on left out. */
  #applyKeepingOn(patch: Patch, kept: NotificationCategory[]): void {
    const ids = new Set(kept.map((category) => category.id));
    const rest = filterMergePatch(patch, ([field, categoryId]) => field !== 'subscriptions' || !ids.has(categoryId!));
    if (rest && Object.keys(rest.subscriptions ?? {}).length) this.#apply(rest);
  }

  /** The security categories that `patch` would switch off on some channel. */
  #securityTurnedOff(patch: Patch): NotificationCategory[] {
    if (!('subscriptions' in patch)) return [];
    const before = this.view;
    const after = applyMergePatch(before, patch);
    const { categories, channels } = this.catalog;
    return categories.filter(
      (category) =>
        category.security &&
        channels.some(
          (channel) =>
            supports(category, channel) && isOn(category, channel, before) && !isOn(category, channel, after),
        ),
    );
  }

  protected override settingName([field, id, channelId]: readonly string[]): string | undefined {
    const { categories, channels } = this.catalog;
    const category = categories.find((c) => c.id === id);
    switch (field) {
      case 'subscriptions': {
        const channel = channels.find((c) => c.id === channelId);
        return category && (channel ? this.#m.cell(channel.label, category.label) : category.label);
      }
      case 'frequency':
        return category && this.categoryOptions.frequencyLabel(category);
      case 'thresholds':
        return category && this.categoryOptions.thresholdLabel(category);
      case 'quietHours':
        return this.quietHours.title;
      case 'pausedUntil':
        return this.pause.title;
      case 'marketingConsent':
        return this.marketing.title;
      default:
        return undefined;
    }
  }

  protected override handleNotice(notice: ResourceNotice): void {
    if (notice.type === 'action-done' && notice.action === 'verifyChannel') {
      void this.#reloadCatalog(this.effectiveAdapter, notice.target);
    }
    // A failed verification is said by the alert beside its channel; once is enough.
    if (notice.type === 'action-failed' && notice.action === 'verifyChannel') return;
    super.handleNotice(notice);
    if (notice.type === 'saved' || notice.type === 'external-update') this.history.invalidate();
    // The change was rolled back (and is shown with Retry) or the draft thrown away: its Undo would undo nothing.
    if (notice.type === 'save-failed' || notice.type === 'discarded') this.undo.dismiss();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    clearTimeout(this.#filterTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const catalog = this.resource.catalog;
    const key = [catalog, this.collapsed, this.filter];
    if (catalog && key.some((v, i) => v !== this.#rowsKey[i])) {
      ({ rows: this.#rows, matches: this.#matchCount } = buildRows(catalog, this.collapsed, this.filter));
      this.#rowsKey = key;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncTabStop();
    this.#watchSpacer();
    // Opened once per dialog: between `close()` and its `close` event an update must not reopen it.
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.dialog && this.dialog !== this.#shownDialog) {
      this.#shownDialog = this.dialog;
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-first]')?.focus();
    }
  }

  protected override get skeletonRows(): number {
    return 8;
  }

  get #grid(): HTMLElement | null {
    return this.renderRoot.querySelector('[role="grid"]');
  }

  #lastCol = (r: number): number =>
    r === 0 || this.#rows[r - 1]?.kind === 'category' ? this.catalog.channels.length + 1 : 0;

  #cellAt({ r, c }: Position): HTMLElement | null {
    const row = this.#grid?.children[r];
    return row?.querySelector<HTMLElement>(`[data-c="${Math.min(c, this.#lastCol(r))}"]`) ?? null;
  }

  #syncTabStop(): void {
    const target = this.#cellAt(this.#pos) ?? this.#cellAt({ r: 0, c: 0 });
    if (!target || target === this.#tabStop) return;
    this.#tabStop?.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    this.#tabStop = target;
  }

  async #focusAt(pos: Position): Promise<void> {
    this.#pos = pos;
    if (pos.r > this.limit) {
      this.limit = pos.r + moreRows;
      await this.updateComplete;
    }
    this.#syncTabStop();
    this.#cellAt(pos)?.focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.shiftKey) return;
    const rtl = getComputedStyle(this.#grid!).direction === 'rtl';
    const next = moveFocus(event, this.#pos, this.#rows.length + 1, this.#lastCol, rtl);
    if (!next) return;
    event.preventDefault();
    void this.#focusAt(next);
  }

  #onFocusin(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-r]');
    const cell = target.closest<HTMLElement>('[data-c]');
    if (!row || !cell) return;
    const r = Number(row.dataset.r);
    this.#pos = { r, c: this.#lastCol(r) === 0 ? this.#pos.c : Number(cell.dataset.c) };
    this.#syncTabStop();
  }

  /** One listener for every control of the grid, so a thousand rows do not mean thousands of closures. */
  #onGridClick(event: MouseEvent): void {
    const button = (event.target as Element).closest('button');
    const rowEl = button?.closest<HTMLElement>('[data-r]');
    if (!button || !rowEl) return;
    const r = Number(rowEl.dataset.r);
    const c = Number(button.dataset.c);
    const channels = this.catalog.channels;
    if (r === 0) {
      const channel = channels[c - 2]!;
      this.#switchGroup(
        this.catalog.categories
          .filter((category) => supports(category, channel))
          .map((category) => [category, channel]),
        button,
      );
      return;
    }
    const row = this.#rows[r - 1]!;
    if (row.kind === 'section') {
      const collapsed = new Set(this.collapsed);
      if (!collapsed.delete(row.section.id)) collapsed.add(row.section.id);
      this.collapsed = collapsed;
      return;
    }
    const { category } = row;
    if (c === 0) this.dialog = { kind: 'options', category, origin: button };
    else if (c === 1) {
      this.#switchGroup(
        channels.filter((channel) => supports(category, channel)).map((channel) => [category, channel]),
        button,
      );
    } else this.#switchGroup([[category, channels[c - 2]!]], button);
  }

  /** Switches cells together: on unless all are on. Locked cells stay as they are and say why. */
  #switchGroup(pairs: Pair[], origin: HTMLElement): void {
    if (this.disabled) return;
    const view = this.view;
    const { checked, switchable, locked } = groupState(pairs, view);
    if (!switchable.length) {
      const [category, channel] = pairs[0] ?? [];
      if (category && channel)
        void this.announce(this.#lockReason(locked ?? lockOf(category, channel, view), category, channel));
      return;
    }
    const next = checked !== 'true';
    const subscriptions: Record<string, Record<string, boolean>> = {};
    // A cell already showing `next` is left out, unless a refused change or a held conflict
    // would set it: the choice speaks for it too, so a Retry cannot put the older one back.
    const pending = [this.resource.failed?.patch, this.resource.conflict?.patch].map((p) => p?.subscriptions);
    const held = (category: NotificationCategory, channel: NotificationChannel) =>
      pending.some((s) => ownValue(ownValue(s, category.id), channel.id) !== undefined);
    for (const [category, channel] of switchable) {
      if (isOn(category, channel, view) === next && !held(category, channel)) continue;
      setOwn(
        ownOrSet(subscriptions, category.id, () => ({})),
        channel.id,
        next,
      );
    }
    this.#request({ subscriptions }, origin, undefined, pairs.length > 1);
  }

  #lockReason(lock: Lock, category: NotificationCategory, channel: NotificationChannel): string {
    if (lock === 'required') return this.#m.required(category.required!.reason);
    if (lock === 'setup') return this.#m.needs(channel.requires, channel.label);
    return this.#m.marketingOff();
  }

  #closeDialog(event: Event): void {
    const element = event.currentTarget as HTMLDialogElement;
    const dialog = this.dialog;
    this.dialog = undefined;
    this.#shownDialog = undefined;
    if (dialog?.kind === 'confirm') {
      const ok = element.returnValue === 'ok' && !this.disabled;
      if (ok) this.#apply(dialog.patch);
      else if (dialog.group && !this.disabled) this.#applyKeepingOn(dialog.patch, dialog.categories);
      dialog.settled?.(ok);
    }
    const origin = dialog?.origin;
    if (origin?.isConnected) origin.focus();
    else this.#cellAt(this.#pos)?.focus();
  }

  #setFilter(value: string): void {
    this.filter = value;
    this.limit = firstRows;
    clearTimeout(this.#filterTimer);
    // Said once typing pauses, not on every keystroke.
    this.#filterTimer = setTimeout(() => void this.announce(this.#matchText()), 500);
  }

  #matchText(): string {
    return this.#matchCount
      ? this.#m.matches(formatNumber(this.#matchCount), formatNumber(this.catalog.categories.length))
      : this.#m.noMatches();
  }

  /**
   * Starts the host's step for a channel that is not ready; the catalog is read again
   * once it is done (`handleNotice`), however it ends: at once, or by a Retry.
   */
  #verify(channel: NotificationChannel): void {
    if (this.actions.offers('verifyChannel')) {
      const state = this.actions.state('verifyChannel', channel.id);
      // Under way: a second start must not start another step.
      if (state.status === 'pending') return;
      this.#setVerifying(channel.id, undefined);
      // After a failure, the same request again (the same idempotency key): the step may
      // have gone out, and a backend must not send a second code for it.
      if (state.status === 'failed') this.actions.retry('verifyChannel', channel.id);
      else void this.actions.run('verifyChannel', channel.id, channel.id, { timeout: this.verificationTimeout });
      return;
    }
    // A step the host takes through the event may be started again: the customer may have left it.
    this.#setVerifying(channel.id, 'pending');
    const event = new PrefsVerifyChannelEvent({
      channelId: channel.id,
      requirement: channel.requires,
      done: () => void this.#reloadCatalog(this.effectiveAdapter, channel.id),
    });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.#setVerifying(channel.id, 'unavailable');
  }

  /** Where a channel's step stands: the adapter's action, else what the host's event said. */
  #verifyingState(channelId: string): Verifying | undefined {
    const action = this.actions.state('verifyChannel', channelId);
    if (action.status === 'pending') return 'pending';
    if (action.status === 'failed') return action.error;
    return this.verifying.get(channelId);
  }

  #setVerifying(channelId: string, value: Verifying | undefined): void {
    const next = new Map(this.verifying);
    if (value) next.set(channelId, value);
    else next.delete(channelId);
    this.verifying = next;
  }

  /** Reads the catalog again after a host step; the document and unsaved edits stay as they are. */
  async #reloadCatalog(adapter: PrefsAdapter | undefined, channelId: string): Promise<void> {
    if (!adapter || adapter !== this.effectiveAdapter) return;
    try {
      await this.resource.reloadCatalog();
      this.#setVerifying(channelId, undefined);
      this.actions.reset('verifyChannel', channelId);
      const channel = this.resource.catalog?.channels.find((c) => c.id === channelId);
      if (channel?.ready) void this.announce(this.#m.verified(channel.label));
    } catch (error) {
      this.#setVerifying(channelId, toAdapterError(error));
    }
  }

  // --- rendering -------------------------------------------------------------------

  protected override renderReady(view: NotificationPreferences, catalog: NotificationCatalog): TemplateResult {
    const many = catalog.categories.length > filterFrom;
    return html`${catalog.channels.map((channel, j) => this.#renderNotice(channel, j))}
      <div class="settings">${this.#renderSettings()}</div>
      ${
        catalog.categories.length
          ? html`${
              many
                ? html`<div class="filter" part="filter">
                    <label for="filter">${this.#m.filterLabel()}</label>
                    <input
                      id="filter"
                      type="search"
                      autocomplete="off"
                      aria-describedby="filter-count"
                      .value=${live(this.filter)}
                      @input=${(e: Event) => this.#setFilter((e.target as HTMLInputElement).value)}
                    />
                    <span id="filter-count" class="hint">${this.filter ? this.#matchText() : nothing}</span>
                  </div>`
                : nothing
            }
            ${this.#rows.length ? this.#renderGrid(view, catalog) : nothing}`
          : html`<div class="panel empty" part="empty">
              <h2>${this.#m.emptyTitle()}</h2>
              <p>${this.#m.emptyText()}</p>
            </div>`
      }
      ${this.renderSaveState(this.#renderDock())} ${this.history.render()}
      <p id="mk" hidden>${this.#m.marketingOff()}</p>
      ${this.#renderDialog()}`;
  }

  /** Above the grid: pause, quiet hours and marketing. */
  #renderSettings(): unknown {
    return html`${this.pause.render()}${this.quietHours.render()}${this.marketing.render()}`;
  }

  /**
   * Below the grid and kept in sight: a refused change or a conflict, then the confirmation
   * with Undo. While a dialog is open they are said inside it, in front, not behind it.
   */
  #renderDock(): unknown {
    return this.renderDock(html`${this.dialog ? nothing : this.renderNotices()}${this.undo.render()}`);
  }

  #renderNotice(channel: NotificationChannel, j: number): unknown {
    if (channel.ready) return nothing;
    const state = this.#verifyingState(channel.id);
    const running = this.actions.state('verifyChannel', channel.id).status === 'pending';
    return html`<div class="panel notice" part="notice" data-channel=${channel.id}>
      <p id="n${j}">${bidi(this.#m.needs(channel.requires, channel.label))}</p>
      <button ?disabled=${this.disabled || running} @click=${() => this.#verify(channel)}>
        ${this.#m.verify(channel.requires)}
      </button>
      ${
        state
          ? html`<p class="hint" role=${state instanceof AdapterError ? 'alert' : nothing}>
              ${
                state === 'pending'
                  ? this.#m.verifyPending()
                  : state === 'unavailable'
                    ? this.#m.verifyUnavailable()
                    : errorMessage(state.kind)
              }
            </p>`
          : nothing
      }
    </div>`;
  }

  /**
   * Every switch of the grid (a cell, a whole row, a whole channel): a checkbox button
   * that takes part in the grid's roving focus (`data-c`, `tabindex="-1"`). A locked one
   * stays focusable, so keyboard and screen-reader users can reach it and hear why.
   */
  #renderSwitch(options: {
    column?: boolean;
    c: number;
    checked: Checked;
    name: string;
    locked: boolean;
    describedBy: string | typeof nothing | undefined;
    text: TemplateResult;
  }): TemplateResult {
    return html`<button
      role="checkbox"
      part="switch"
      class=${options.column ? 'switch col' : 'switch'}
      data-c=${options.c}
      tabindex="-1"
      aria-checked=${options.checked}
      aria-label=${options.name}
      aria-disabled=${options.locked || this.disabled ? 'true' : nothing}
      aria-describedby=${options.describedBy ?? nothing}
    >
      ${options.text}
    </button>`;
  }

  #renderGrid(view: NotificationPreferences, catalog: NotificationCatalog): TemplateResult {
    const { channels } = catalog;
    const shown = this.#rows.slice(0, this.limit);
    const rest = this.#rows.length - shown.length;
    const locale = getLocale();
    const columns = { '--pc-channels': String(channels.length) };
    return html`<div
        role="grid"
        part="grid"
        class="grid"
        style=${cssomStyle(columns)}
        aria-label=${this.#m.gridLabel()}
        aria-rowcount=${this.#rows.length + 1}
        aria-colcount=${channels.length + 2}
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocusin}
        @click=${this.#onGridClick}
      >
        <div role="row" part="row" class="row head" data-r="0" aria-rowindex="1">
          <div role="columnheader" class="name" data-c="0" tabindex="-1">${this.#m.columnCategory()}</div>
          <div role="columnheader" class="all" data-c="1" tabindex="-1">${this.#m.columnAll()}</div>
          ${channels.map((channel, j) => {
            const s = groupState(
              catalog.categories
                .filter((category) => supports(category, channel))
                .map((category) => [category, channel]),
              view,
            );
            return html`<div role="columnheader" class="cell">
              ${this.#renderSwitch({
                column: true,
                c: j + 2,
                checked: s.checked,
                name: this.#m.column(channel.label),
                locked: Boolean(s.locked),
                describedBy: channel.ready ? undefined : `n${j}`,
                text: html`<span class="label"><bdi>${channel.label}</bdi></span>`,
              })}
              ${channel.ready ? nothing : html`<span class="hint">${this.#m.needsSetup()}</span>`}
            </div>`;
          })}
        </div>
        ${shown.map((row, i) =>
          row.kind === 'section'
            ? guard([row.section, row.count, this.collapsed, this.filter, i, locale, this.strings], () =>
                this.#renderSection(row.section.id, row.section.label, row.section.description, row.count, i + 1),
              )
            : guard(
                [
                  row.category,
                  ownValue(view.subscriptions, row.category.id),
                  channels,
                  view.marketingConsent?.granted,
                  this.disabled,
                  i,
                  locale,
                  this.strings,
                ],
                () => this.#renderRow(row.category, view, channels, i + 1),
              ),
        )}
      </div>
      ${rest > 0 ? html`<div class="spacer" style=${cssomStyle({ '--pc-rest': String(rest) })}></div>` : nothing}`;
  }

  #renderSection(id: string, label: string, description: string | undefined, count: number, r: number): TemplateResult {
    // As buildRows reads the filter: spaces alone filter nothing.
    const open = this.filter.trim() !== '' || !this.collapsed.has(id);
    return html`<div role="row" part="row section" class="row section" data-r=${r} aria-rowindex=${r + 1}>
      <div role="gridcell" class="section-cell" aria-colspan=${this.catalog.channels.length + 2}>
        <h3>
          <button class="disclosure" data-c="0" tabindex="-1" aria-expanded=${open ? 'true' : 'false'}>
            <span class="chevron" aria-hidden="true"></span><bdi>${label}</bdi>
            <span class="count">${formatNumber(count)}</span>
          </button>
        </h3>
        ${description ? html`<p class="hint"><bdi>${description}</bdi></p>` : nothing}
      </div>
    </div>`;
  }

  #renderRow(
    category: NotificationCategory,
    view: NotificationPreferences,
    channels: NotificationChannel[],
    r: number,
  ): TemplateResult {
    const pairs: Pair[] = channels.filter((channel) => supports(category, channel)).map((c) => [category, c]);
    const all = groupState(pairs, view);
    const options = this.categoryOptions.hasOptions(category);
    const reasonId = `q${r}`;
    const describe = (lock: Lock, j: number) =>
      lock === 'required' ? reasonId : lock === 'setup' ? `n${j}` : lock === 'marketing' ? 'mk' : nothing;
    return html`<div role="row" part="row" class="row" data-r=${r} aria-rowindex=${r + 1}>
      <div
        role="rowheader"
        class="name"
        data-c=${options ? nothing : 0}
        tabindex=${options ? nothing : -1}
        aria-labelledby="l${r}"
        aria-describedby=${category.description ? `d${r}` : nothing}
      >
        <span class="title" id="l${r}"><bdi>${category.label}</bdi></span>
        ${category.description ? html`<span class="hint" id="d${r}"><bdi>${category.description}</bdi></span>` : nothing}
        ${
          category.required
            ? html`<span class="reason" id=${reasonId}>${bidi(this.#m.required(category.required.reason))}</span>`
            : nothing
        }
        ${
          options
            ? html`<button class="options" data-c="0" tabindex="-1" aria-haspopup="dialog">
                ${this.#m.options()}<span class="sr-only">: <bdi>${category.label}</bdi></span>
              </button>`
            : nothing
        }
      </div>
      <div role="gridcell" class="all">
        ${this.#renderSwitch({
          c: 1,
          checked: all.checked,
          name: this.#m.row(category.label),
          locked: Boolean(all.locked),
          describedBy: describe(
            all.locked,
            channels.findIndex((c) => !c.ready),
          ),
          text: html`<span class="label" aria-hidden="true">${this.#m.columnAll()}</span>`,
        })}
      </div>
      ${channels.map((channel, j) => {
        if (!supports(category, channel)) {
          return html`<div role="gridcell" class="cell na" data-c=${j + 2} tabindex="-1">
            <span class="label" aria-hidden="true"><bdi>${channel.label}</bdi></span>
            <span aria-hidden="true">—</span><span class="sr-only">${this.#m.notAvailable()}</span>
          </div>`;
        }
        const lock = lockOf(category, channel, view);
        return html`<div role="gridcell" class="cell">
          ${this.#renderSwitch({
            c: j + 2,
            checked: isOn(category, channel, view) ? 'true' : 'false',
            name: this.#m.cell(channel.label, category.label),
            locked: Boolean(lock),
            describedBy: describe(lock, j),
            text: html`<span class="label" aria-hidden="true"><bdi>${channel.label}</bdi></span>`,
          })}
        </div>`;
      })}
    </div>`;
  }

  #renderDialog(): unknown {
    const dialog = this.dialog;
    if (!dialog) return nothing;
    const close = (value: string) => (e: Event) => (e.target as HTMLElement).closest('dialog')!.close(value);
    if (dialog.kind === 'options') {
      return html`<dialog part="dialog" aria-labelledby="dlg-title" @close=${this.#closeDialog}>
        <h2 id="dlg-title">${bidi(this.#m.optionsFor(dialog.category.label))}</h2>
        ${this.categoryOptions.renderFor(dialog.category)} ${this.renderNotices()}
        <div class="actions">
          <button class="primary" data-first @click=${close('')}>${this.#m.done()}</button>
        </div>
      </dialog>`;
    }
    const [first] = dialog.categories;
    const single = dialog.categories.length === 1;
    return html`<dialog
      part="dialog"
      role="alertdialog"
      aria-labelledby="dlg-title"
      aria-describedby="dlg-text"
      @close=${this.#closeDialog}
    >
      <h2 id="dlg-title">${bidi(single ? this.#m.confirmTitle(first!.label) : this.#m.confirmManyTitle())}</h2>
      <p id="dlg-text">${this.#m.confirmText()}</p>
      ${this.renderNotices()}
      ${
        single
          ? nothing
          : html`<ul>
              ${dialog.categories.map((c) => html`<li><bdi>${c.label}</bdi></li>`)}
            </ul>`
      }
      <div class="actions">
        <button data-first @click=${close('')}>${this.#m.keep()}</button>
        <button class="primary danger" @click=${close('ok')}>${this.#m.confirmOk()}</button>
      </div>
    </dialog>`;
  }

  /** Draws more rows when the space left for the undrawn ones comes near the screen. */
  #watchSpacer(): void {
    const spacer = this.renderRoot.querySelector('.spacer');
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.limit += moreRows;
      },
      { rootMargin: '600px 0px' },
    );
    this.#observer.disconnect();
    if (spacer) this.#observer.observe(spacer);
  }
}

function createPartHost(
  element: NotificationPrefs,
  actions: NotificationFeatureHost['actions'],
): NotificationFeatureHost & ReactiveControllerHost {
  return {
    actions,
    get view() {
      return element.view;
    },
    get catalog() {
      return element.catalog;
    },
    get disabled() {
      return element.disabled;
    },
    get updateComplete() {
      return element.updateComplete;
    },
    change: (patch, settled) => element.change(patch, settled),
    t: (key, fallback) => ownValue(element.strings, key) ?? fallback,
    announce: (message) => void element.announce(message),
    requestUpdate: () => element.requestUpdate(),
    dispatchEvent: (event) => element.dispatchEvent(event),
    addController: (controller) => element.addController(controller),
    removeController: (controller) => element.removeController(controller),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'notification-prefs': NotificationPrefs;
  }
}
