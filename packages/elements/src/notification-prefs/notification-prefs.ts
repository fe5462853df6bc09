import {
  formatNumber,
  notificationsDomain,
  notificationsMethods,
  PrefsElement,
  ResourceActions,
  type NotificationActionName,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationChannel,
  type NotificationPreferences,
  type PreferencesPatch,
  type Text,
  type ResourceNotice,
} from '@prefcenter/core';
import { DialogController, dialogStyles } from '@prefcenter/core/kit/dialog';
import { switchStyles } from '@prefcenter/core/kit/switch-styles';
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { CategoryOptionsFeature, categoryOptionsStyles } from './features/category-options.js';
import type { NotificationFeatureHost } from './features/feature-host.js';
import { HistoryFeature, historyStyles } from './features/history.js';
import { MarketingFeature, marketingStyles } from './features/marketing.js';
import { PauseFeature, pauseStyles } from './features/pause.js';
import { QuietHoursFeature, quietHoursStyles } from './features/quiet-hours.js';
import { UndoFeature, undoStyles } from './features/undo.js';
import { groupPatch, securityTurnedOff, withoutKept } from './grid/changes.js';
import { GridTally } from './grid/tally.js';
import { buildRows, supports, type GridRow, type Lock } from './grid/model.js';
import { GridNavigation } from './grid/navigation.js';
import { renderGrid } from './grid/render.js';
import { RowsWindow } from './grid/rows-window.js';
import styles from './notification-prefs.styles.js';
import { widgetTexts } from './texts.js';
import './generated/translations.js';
import { ChannelVerification, type VerificationHost } from './verification.js';

type Pair = [NotificationCategory, NotificationChannel];
type Patch = PreferencesPatch<NotificationPreferences>;

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
 * `strings` overrides any visible text of the instance by key: the message id without
 * `notification-prefs.` (`grid.label`, `cell.name`, `needs.phone`, `pause.title`,
 * `category-options.error.below-min`…), or without `core.` for the sentences every widget
 * shares (`retry`, `save-failed`…). An override is used as written in every locale, and its
 * `{name}` placeholders are filled as in the translations (`{ 'cell.name': '{channel} — {category}' }`).
 * The keys, their English and their placeholders are in `strings.md` beside this file
 * (generated from the XLIFF); unknown keys are ignored.
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
    switchStyles,
    ...pauseStyles,
    ...quietHoursStyles,
    ...categoryOptionsStyles,
    ...marketingStyles,
    ...undoStyles,
    ...historyStyles,
    dialogStyles,
    styles,
  ];

  // Declared without decorators, as in PrefsElement, so the decorator module does not ship.
  static override properties: PropertyDeclarations = {
    collapsed: { state: true, attribute: false },
    filter: { state: true, attribute: false },
    disabled: { type: Boolean, reflect: true },
  };

  protected readonly definition = notificationsDomain;
  protected readonly requiredMethods = notificationsMethods;

  /** Channel verification and history: actions of the notifications domain, run through core. */
  protected readonly actions = new ResourceActions<
    NotificationPreferences,
    NotificationCatalog,
    NotificationActionName
  >(this, this.resource);
  /** What the features see of this element. */
  protected readonly featureHost: NotificationFeatureHost & ReactiveControllerHost = createFeatureHost(
    this,
    this.actions,
    (id, english, values) => this.text(id, english, values),
  );
  protected readonly pause = new PauseFeature(this.featureHost);
  protected readonly quietHours = new QuietHoursFeature(this.featureHost);
  protected readonly categoryOptions = new CategoryOptionsFeature(this.featureHost);
  protected readonly marketing = new MarketingFeature(this.featureHost);
  /** Records every change from the resource controller's change notices. */
  protected readonly undo = new UndoFeature(this.featureHost, this.resource);
  protected readonly history = new HistoryFeature(this.featureHost);
  /** The security confirmation and a category's Options. */
  protected readonly dialogs = new DialogController(this);

  readonly #texts = widgetTexts((id, english, values) => this.text(id, english, values));
  readonly #rowsWindow = new RowsWindow(this);
  readonly #tally = new GridTally();
  readonly #nav = new GridNavigation({
    grid: () => this.renderRoot.querySelector('[role="grid"]'),
    rows: () => this.#rows,
    channelCount: () => this.catalog.channels.length,
    reveal: (r) => this.#rowsWindow.reveal(r),
  });
  readonly #verification = new ChannelVerification(this.#verificationHost());

  private collapsed: ReadonlySet<string> = new Set();
  private filter = '';

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
  #filterTimer: ReturnType<typeof setTimeout> | undefined;

  /** The document as the customer sees it, with unsaved changes. Only while loaded. */
  /**
   * Shows the category `id` (its section opened, any filter cleared) and moves focus to
   * its row: where another widget's link leads, such as the payment notifications of
   * `<payment-methods>`. Resolves false for a category the catalog does not have.
   */
  async revealCategory(id: string): Promise<boolean> {
    const catalog = this.resource.catalog;
    const category = catalog?.categories.find((c) => c.id === id);
    if (!category) return false;
    this.filter = '';
    if (this.collapsed.has(category.sectionId)) {
      const collapsed = new Set(this.collapsed);
      collapsed.delete(category.sectionId);
      this.collapsed = collapsed;
    }
    await this.updateComplete;
    const index = this.#rows.findIndex((row) => row.kind === 'category' && row.category.id === id);
    if (index < 0) return false;
    await this.#nav.focusRow(index + 1);
    return true;
  }

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
    const categories = securityTurnedOff(patch, this.view, this.catalog);
    if (categories.length) {
      void this.#confirmTurningOff(patch, categories, origin, group).then((applied) => settled?.(applied));
      return;
    }
    this.resource.change(patch);
    settled?.(true);
  }

  /**
   * Asks before security alerts go off. For a whole row or column, "Keep them on" still
   * switches the rest. Resolves with whether `patch` itself was applied.
   */
  async #confirmTurningOff(
    patch: Patch,
    categories: NotificationCategory[],
    origin: HTMLElement | null,
    group: boolean,
  ): Promise<boolean> {
    const m = this.#texts;
    const single = categories.length === 1 ? categories[0] : undefined;
    const ok = await this.dialogs.confirm({
      title: () => (single ? m.confirmTitle(single.label) : m.confirmManyTitle()),
      text: m.confirmText,
      ok: m.confirmOk,
      cancel: m.keep,
      details: single
        ? undefined
        : () =>
            html`<ul>
              ${categories.map((c) => html`<li><bdi>${c.label}</bdi></li>`)}
            </ul>`,
      origin,
      fallbackFocus: () => this.#nav.focusCurrent(),
    });
    if (this.disabled) return false;
    if (ok) this.resource.change(patch);
    else if (group) {
      const rest = withoutKept(patch, categories);
      if (rest) this.resource.change(rest);
    }
    return ok;
  }

  protected override settingName([field, id, channelId]: readonly string[]): string | undefined {
    const { categories, channels } = this.catalog;
    const category = categories.find((c) => c.id === id);
    switch (field) {
      case 'subscriptions': {
        const channel = channels.find((c) => c.id === channelId);
        return category && (channel ? this.#texts.cell(channel.label, category.label) : category.label);
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
    if (!this.#verification.notice(notice)) return;
    super.handleNotice(notice);
    if (notice.type === 'saved' || notice.type === 'external-update') this.history.invalidate();
    this.undo.notice(notice);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    this.#nav.sync();
  }

  protected override get skeletonRows(): number {
    return 8;
  }

  readonly #onGridClick = (event: MouseEvent): void => {
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
    if (c === 0) this.#openOptions(category, button);
    else if (c === 1) {
      this.#switchGroup(
        channels.filter((channel) => supports(category, channel)).map((channel) => [category, channel]),
        button,
      );
    } else this.#switchGroup([[category, channels[c - 2]!]], button);
  };

  #openOptions(category: NotificationCategory, origin: HTMLElement): void {
    void this.dialogs.show({
      origin,
      fallbackFocus: () => this.#nav.focusCurrent(),
      content: () => ({
        title: this.#texts.optionsFor(category.label),
        body: this.categoryOptions.renderFor(category),
        actions: [{ label: this.#texts.done(), value: '', primary: true }],
      }),
    });
  }

  /** Switches cells together: on unless all are on. Locked cells stay as they are and say why. */
  #switchGroup(pairs: Pair[], origin: HTMLElement): void {
    if (this.disabled) return;
    const pending = [this.resource.failed?.patch, this.resource.conflict?.patch];
    const outcome = groupPatch(pairs, this.view, pending);
    if (!outcome) return;
    if ('locked' in outcome) {
      void this.announce(this.#lockReason(outcome.locked, outcome.category, outcome.channel));
      return;
    }
    this.#request(outcome.patch, origin, undefined, pairs.length > 1);
  }

  #lockReason(lock: Lock, category: NotificationCategory, channel: NotificationChannel): string {
    if (lock === 'required') return this.#texts.required(category.required!.reason);
    if (lock === 'setup') return this.#texts.needs(channel.requires, channel.label);
    return this.#texts.marketingOff();
  }

  #setFilter(value: string): void {
    this.filter = value;
    this.#rowsWindow.reset();
    clearTimeout(this.#filterTimer);
    // Said once typing pauses, not on every keystroke.
    this.#filterTimer = setTimeout(() => void this.announce(this.#matchText()), 500);
  }

  #matchText(): string {
    return this.#matchCount
      ? this.#texts.matches(formatNumber(this.#matchCount), formatNumber(this.catalog.categories.length))
      : this.#texts.noMatches();
  }

  #verificationHost(): VerificationHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the element's current state
    const element = this;
    return {
      actions: this.actions,
      get effectiveAdapter() {
        return element.effectiveAdapter;
      },
      get texts() {
        return element.#texts;
      },
      get disabled() {
        return element.disabled;
      },
      get verificationTimeout() {
        return element.verificationTimeout;
      },
      reloadCatalog: async () => {
        await this.resource.reloadCatalog();
        return this.resource.catalog;
      },
      announce: (message) => void this.announce(message),
      dispatchEvent: (event) => this.dispatchEvent(event),
      requestUpdate: () => this.requestUpdate(),
    };
  }

  // --- rendering -------------------------------------------------------------------

  protected override renderReady(view: NotificationPreferences, catalog: NotificationCatalog): TemplateResult {
    const many = catalog.categories.length > filterFrom;
    const m = this.#texts;
    return html`${catalog.channels.map((channel, j) => this.#verification.render(channel, j))}
      <div class="settings">${this.pause.render()}${this.quietHours.render()}${this.marketing.render()}</div>
      ${
        catalog.categories.length
          ? html`${
              many
                ? html`<div class="filter" part="filter">
                    <label for="filter">${m.filterLabel()}</label>
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
            ${
              this.#rows.length
                ? renderGrid(
                    {
                      texts: m,
                      rows: this.#rows,
                      limit: this.#rowsWindow.limit,
                      spacer: this.#rowsWindow.observe,
                      tally: this.#tally,
                      collapsed: this.collapsed,
                      filter: this.filter,
                      disabled: this.disabled,
                      strings: this.strings,
                      hasOptions: (category) => this.categoryOptions.hasOptions(category),
                      onKeydown: this.#nav.onKeydown,
                      onFocusin: this.#nav.onFocusin,
                      onClick: this.#onGridClick,
                    },
                    view,
                    catalog,
                  )
                : nothing
            }`
          : html`<div class="panel empty" part="empty">
              <h2>${m.emptyTitle()}</h2>
              <p>${m.emptyText()}</p>
            </div>`
      }
      ${this.renderSaveState(this.#renderDock())} ${this.history.render()}
      <p id="mk" hidden>${m.marketingOff()}</p>
      ${this.dialogs.render(this.renderNotices())}`;
  }

  /**
   * Below the grid and kept in sight: a refused change or a conflict, then the confirmation
   * with Undo. While a dialog is open they are said inside it, in front, not behind it.
   */
  #renderDock(): unknown {
    return this.renderDock(html`${this.dialogs.open ? nothing : this.renderNotices()}${this.undo.render()}`);
  }
}

function createFeatureHost(
  element: NotificationPrefs,
  actions: NotificationFeatureHost['actions'],
  text: Text,
): NotificationFeatureHost & ReactiveControllerHost {
  return {
    actions,
    text,
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
