import {
  bidi,
  formatNumber,
  ownValue,
  PrefsElement,
  privacyDomain,
  privacyMethods,
  type PreferencesPatch,
  type PrefsAdapter,
  type PrivacyCatalog,
  type PrivacyPreferences,
  type PrivacyPreset,
  type PrivacyPurpose,
  type ProfileVisibility,
  type ResourceNotice,
} from '@prefcenter/core';
import { DialogController, dialogStyles } from '@prefcenter/core/kit/dialog';
import { formatList } from '@prefcenter/core/kit/intl-input';
import { sectionStyles } from '@prefcenter/core/kit/section-styles';
import { switchStyles } from '@prefcenter/core/kit/switch-styles';
import { UndoRecorder, undoStyles } from '@prefcenter/core/kit/undo';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderHistory } from './history-table.js';
import {
  changedTerms,
  choicesOverSignal,
  consentRecordsJson,
  coveredBySignal,
  granted,
  matchingPreset,
  presetChanges,
  noticeChanged,
  ownSwitches,
  signalChanges,
  switchPatch,
  withdrawalsToConfirm,
  type PurposeChange,
} from './model.js';
import styles from './privacy-levels.styles.js';
import { widgetTexts } from './texts.js';
import './generated/translations.js';

type Patch = PreferencesPatch<PrivacyPreferences>;

/**
 * What an institution may do with the customer's data: privacy levels (presets) with a
 * preview of what each switches, a switch per purpose with what it uses and how long the
 * consent lasts, essential purposes locked on with the reason, "Do not sell or share",
 * who can see the profile, Global Privacy Control honoured and recorded, the purposes of a
 * changed notice asked again, and the history of every decision with a download.
 *
 * The widget never writes a consent record itself: each change names where it came from
 * (`sources`: this page, a preset, the signal) and the adapter appends the records.
 *
 * Presets and profile visibility are native radio groups (arrow keys); selecting a
 * preset shows what it would switch, and Apply uses it. Purposes are switches. Withdrawing
 * is one action, like giving; only a purpose the catalog marks `confirmWithdrawal` asks first.
 *
 * ## Strings
 *
 * `strings` overrides any visible text of the instance by key: the message id without
 * `privacy-levels.` (`preset.strict`, `gpc.honoured`…), or without `core.` for the
 * sentences every widget shares (`retry`, `save-failed`…). The keys are in `strings.md`.
 *
 * @summary Privacy levels, consent per purpose, Global Privacy Control and consent records.
 *
 * @fires prefs-change - The customer changed something (detail: `{ domain, patch }`).
 * @fires prefs-saved - The adapter confirmed a change.
 * @fires prefs-error - A load or save failed.
 * @fires prefs-conflict - A save collided with a change made elsewhere.
 * @fires prefs-reauth-required - The backend wants the customer to confirm who they are (a sensitive purpose); call `detail.retry()` after.
 *
 * @csspart base - The outer box.
 * @csspart presets - The privacy levels.
 * @csspart preset - Each privacy level.
 * @csspart preview - What the selected level would switch, with Apply.
 * @csspart purposes - The list of purposes.
 * @csspart purpose - Each purpose.
 * @csspart switch - Every on/off control.
 * @csspart lock - Why an essential purpose is always on.
 * @csspart gpc - What Global Privacy Control does here.
 * @csspart notice - The purposes of a changed notice, asked again.
 * @csspart sell - "Do not sell or share".
 * @csspart visibility - Who can see the profile.
 * @csspart history - The history of decisions.
 * @csspart download - The download of the consent records.
 * @csspart empty - The message shown when the catalog has no purposes.
 * @csspart dialog - The confirmation before a withdrawal.
 * @csspart undo - The confirmation after a change, with Undo.
 * @csspart status - The visually hidden live region.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - A failed load, with Retry.
 * @csspart retry-button - The Retry button of a failed load.
 * @csspart save-status - "Saving…" / "Saved" while changes are saved automatically.
 * @csspart save-bar - Save and Cancel, in manual mode.
 * @csspart save-error - A refused change, with Retry and Dismiss.
 * @csspart conflict - Edits that collided with changes made elsewhere, with a choice.
 */
export class PrivacyLevels extends PrefsElement<PrivacyPreferences, PrivacyCatalog> {
  static override styles = [...PrefsElement.styles, sectionStyles, switchStyles, undoStyles, dialogStyles, styles];

  // Declared without decorators, as in PrefsElement, so the decorator module does not ship.
  static override properties: PropertyDeclarations = {
    previewing: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    disabled: { type: Boolean, reflect: true },
    globalPrivacyControl: { attribute: false },
  };

  protected readonly definition = privacyDomain;
  protected readonly requiredMethods = privacyMethods;
  protected readonly dialogs = new DialogController(this);
  readonly #texts = widgetTexts((id, english, values) => this.text(id, english, values));
  protected readonly undo = new UndoRecorder<PrivacyPreferences>(this, {
    describe: (patch) => this.#describe(patch),
    texts: { undo: this.#texts.undo, undone: this.#texts.undone, announce: this.#texts.undoAnnounce },
  });

  /** Shows everything and changes nothing. */
  disabled = false;

  /**
   * Whether the browser sends Global Privacy Control. Unset, the widget reads
   * `navigator.globalPrivacyControl`; a host that learns of the signal otherwise (the
   * `Sec-GPC` request header on its server) sets it.
   */
  globalPrivacyControl: boolean | undefined;

  /** The preset selected to preview, not yet applied. */
  private previewing: PrivacyPreset | undefined;
  /** The answers given so far to a changed notice, by purpose id, sent together once all are given. */
  private answers: ReadonlyMap<string, boolean> = new Map();
  /** The adapter the signal was last honoured for: once per customer and page, not on every render. */
  #signalHonouredFor: PrefsAdapter | undefined;
  /**
   * The server cannot know the browser's signal, so the first render (the one hydration
   * matches against the server's markup) draws without it; the next one reads it.
   */
  #rendered = false;

  get view(): PrivacyPreferences {
    return this.resource.view!;
  }

  get catalog(): PrivacyCatalog {
    return this.resource.catalog!;
  }

  /** True when the browser (or the host, through `globalPrivacyControl`) sends the signal; false until the first render. */
  get signal(): boolean {
    if (!this.#rendered) return false;
    if (this.globalPrivacyControl !== undefined) return this.globalPrivacyControl;
    return (
      typeof navigator !== 'undefined' &&
      (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true
    );
  }

  /** The customer's consent records as JSON (ISO/IEC TS 27560 field names where they fit), as the download has them. */
  consentRecordsJson(): string {
    return consentRecordsJson(this.view, this.catalog, new Date());
  }

  /**
   * Applies `patch` as the customer's own change, with Undo. Used by Undo too: the purposes
   * it switches back are the customer's switches here, whatever source they had before.
   */
  change(patch: Patch, settled?: (applied: boolean) => void): void {
    if (this.disabled || !this.resource.view) {
      settled?.(false);
      return;
    }
    const own = patch.purposes ? { ...patch, ...ownSwitches(patch.purposes, this.view) } : patch;
    const asked = withdrawalsToConfirm(this.view, this.catalog, own.purposes);
    if (!asked.length) {
      this.resource.change(own);
      this.#dropAnswers(own);
      settled?.(true);
      return;
    }
    const active = this.shadowRoot?.activeElement;
    void this.#confirmWithdrawal(asked, active instanceof HTMLElement ? active : null).then((ok) => {
      if (ok && !this.disabled && this.resource.view) {
        this.resource.change(own);
        this.#dropAnswers(own);
      }
      settled?.(ok);
    });
  }

  /**
   * A change the customer made here: applied, then offered for Undo. A purpose switched here
   * drops any answer to a changed notice kept for it, which would otherwise undo this later choice.
   */
  #apply(patch: Patch): void {
    const before = this.view;
    this.resource.change(patch);
    this.undo.record(patch, before);
    this.#dropAnswers(patch);
  }

  /** Answers kept for a changed notice give way to a later switch of the same purposes (Undo's included). */
  #dropAnswers(patch: Patch): void {
    const switched = patch.purposes ? Object.keys(patch.purposes) : [];
    if (!switched.some((id) => this.answers.has(id))) return;
    const answers = new Map(this.answers);
    for (const id of switched) answers.delete(id);
    this.answers = answers;
  }

  protected override handleNotice(notice: ResourceNotice): void {
    super.handleNotice(notice);
    this.undo.notice(notice);
    if (notice.type === 'discarded' || notice.type === 'external-update') this.previewing = undefined;
    // Cancel in manual mode threw the signal's change away with the draft: it is honoured again.
    if (notice.type === 'discarded') this.#signalHonouredFor = undefined;
  }

  protected override settingName([field, id]: readonly string[]): string | undefined {
    const m = this.#texts;
    switch (field) {
      case 'purposes':
        return this.catalog.purposes.find((p) => p.id === id)?.label;
      case 'preset':
        return m.presetsTitle();
      case 'doNotSellOrShare':
        return m.sellSwitch();
      case 'profileVisibility':
        return m.visibilityTitle();
      case 'noticeVersion':
        return m.noticeTitle();
      default:
        return undefined;
    }
  }

  protected override get skeletonRows(): number {
    return 7;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.#rendered = true;
    // After this update, not within it; and only when there is a signal to draw.
    if (this.signal) queueMicrotask(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#honourSignal();
  }

  /**
   * The browser's Global Privacy Control, once per customer and page: the purposes it covers
   * go off with the signal as their source, and "do not sell or share" on. A document that
   * already says the signal was honoured is left as it is, so a purpose the customer switched
   * on again here afterwards stays on: their own later choice wins, and the widget says so.
   */
  #honourSignal(): void {
    const adapter = this.effectiveAdapter;
    const { view, catalog } = this.resource;
    if (!view || !catalog || this.resource.loadStatus !== 'ready' || this.disabled || !this.signal) return;
    if (this.#signalHonouredFor === adapter) return;
    this.#signalHonouredFor = adapter;
    if (view.globalPrivacyControl === true) return;
    const changes = signalChanges(view, catalog);
    const patch: Patch = changes.length ? switchPatch(view, catalog, changes, 'gpc') : {};
    this.resource.change({ ...patch, doNotSellOrShare: true, globalPrivacyControl: true });
    // Honoured is saved, not a draft: in manual mode too, before the customer changes anything.
    if (this.resource.mode === 'manual') this.resource.flush();
    void this.announce(
      changes.length
        ? this.#texts.gpcApplied(formatList(changes.map((c) => c.purpose.label)))
        : this.#texts.gpcHonoured(),
    );
  }

  /**
   * Switches `changes` from `source`, asking first when one withdraws a purpose the catalog
   * says must be confirmed; focus then goes back to `origin`, the control the customer used
   * (Safari does not focus a clicked checkbox, so the active element cannot tell).
   */
  async #switch(
    changes: PurposeChange[],
    source: 'widget' | 'preset',
    origin: EventTarget | null,
    extra: Patch = {},
  ): Promise<boolean> {
    if (this.disabled) return false;
    const patch: Patch = { ...(changes.length ? switchPatch(this.view, this.catalog, changes, source) : {}), ...extra };
    const asked = withdrawalsToConfirm(this.view, this.catalog, patch.purposes);
    if (asked.length && !(await this.#confirmWithdrawal(asked, origin as HTMLElement | null))) {
      this.requestUpdate();
      return false;
    }
    if (this.disabled || !this.resource.view) return false;
    this.#apply(patch);
    return true;
  }

  #confirmWithdrawal(purposes: PrivacyPurpose[], origin: HTMLElement | null): Promise<boolean> {
    const m = this.#texts;
    const single = purposes.length === 1 ? purposes[0] : undefined;
    return this.dialogs.confirm({
      title: () => (single ? m.confirmTitle(single.label) : m.confirmManyTitle()),
      text: m.confirmText,
      ok: m.confirmOk,
      cancel: m.confirmKeep,
      details: single
        ? undefined
        : () =>
            html`<ul>
              ${purposes.map((p) => html`<li><bdi>${p.label}</bdi></li>`)}
            </ul>`,
      origin,
      // Safari does not focus a clicked button (Undo's): focus then goes to the purposes, not the page.
      fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('#purposes-title')?.focus(),
    });
  }

  #preview(preset: PrivacyPreset): void {
    const changes = presetChanges(this.view, this.catalog, preset);
    this.previewing = changes.length ? preset : undefined;
    if (!changes.length) return;
    void this.announce(this.#previewLines(preset, changes).join(' '));
  }

  async #applyPreview(origin: EventTarget | null): Promise<void> {
    const preset = this.previewing;
    if (!preset) return;
    const applied = await this.#switch(presetChanges(this.view, this.catalog, preset), 'preset', origin, { preset });
    if (!applied) return;
    this.previewing = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`input[name="preset"][value="${preset}"]`)?.focus();
  }

  async #keepSettings(): Promise<void> {
    this.previewing = undefined;
    await this.updateComplete;
    // On "Custom" (a state, disabled) the first level takes focus.
    const radios = this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="preset"]:not(:disabled)');
    ([...radios].find((r) => r.checked) ?? radios[0])?.focus();
  }

  #setDoNotSell(on: boolean, origin: EventTarget | null): void {
    void this.#switch(on ? signalChanges(this.view, this.catalog) : [], 'widget', origin, { doNotSellOrShare: on });
  }

  /** An answer to a changed notice; the last one sends them all, with the notice version now reviewed. */
  #answer(purpose: PrivacyPurpose, on: boolean): void {
    if (this.disabled) return;
    const answers = new Map(this.answers).set(purpose.id, on);
    const asked = changedTerms(this.view, this.catalog);
    if (asked.some((p) => !answers.has(p.id))) {
      this.answers = answers;
      return;
    }
    this.answers = new Map();
    const changes = asked.map((p) => ({ purpose: p, on: answers.get(p.id)! }));
    this.#reviewNotice(switchPatch(this.view, this.catalog, changes, 'widget'));
  }

  /** The notice reviewed: its panel goes, and focus, which was in it, goes to the purposes' heading. */
  #reviewNotice(patch: Patch): void {
    this.#apply({ ...patch, noticeVersion: this.catalog.noticeVersion });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#purposes-title')?.focus());
  }

  /** The sentence the Undo toast says for a change. */
  #describe(patch: Patch): string {
    const m = this.#texts;
    if (patch.noticeVersion !== undefined) return m.changedNotice();
    const fromPreset = patch.sources && Object.values(patch.sources).includes('preset');
    if (fromPreset && patch.preset && patch.preset !== 'custom') return m.changedPreset(m.preset(patch.preset));
    const switched = patch.purposes ? Object.entries(patch.purposes) : [];
    // A purpose switched on turns "do not sell" off along the way: the purpose is the change.
    if (switched.length === 1 && patch.doNotSellOrShare !== true) {
      const [id, on] = switched[0]!;
      const label = this.catalog.purposes.find((p) => p.id === id)?.label ?? id;
      return on ? m.changedOn(label) : m.changedOff(label);
    }
    if (patch.doNotSellOrShare !== undefined && patch.doNotSellOrShare !== null) {
      return m.changedSell(patch.doNotSellOrShare);
    }
    if (patch.profileVisibility) return m.changedVisibility(m.visibility(patch.profileVisibility));
    return m.changeMade();
  }

  #previewLines(preset: PrivacyPreset, changes: PurposeChange[]): string[] {
    const m = this.#texts;
    const name = m.preset(preset);
    const on = changes.filter((c) => c.on).map((c) => c.purpose.label);
    const off = changes.filter((c) => !c.on).map((c) => c.purpose.label);
    return [
      ...(on.length ? [`${m.previewOn(name)} ${formatList(on)}.`] : []),
      ...(off.length ? [`${m.previewOff(name)} ${formatList(off)}.`] : []),
    ];
  }

  // --- rendering -------------------------------------------------------------------

  protected override renderReady(view: PrivacyPreferences, catalog: PrivacyCatalog): TemplateResult {
    const m = this.#texts;
    if (!catalog.purposes.length) {
      return html`<div class="panel empty" part="empty">
          <h2>${m.emptyTitle()}</h2>
          <p>${m.emptyText()}</p>
        </div>
        ${this.renderSaveState()}`;
    }
    return html`${this.#renderNotice(view, catalog)}${this.#renderSignal(view, catalog)}
      ${this.#renderPresets(view, catalog)}
      <section class="section" part="purposes" aria-labelledby="purposes-title">
        <h2 id="purposes-title" tabindex="-1">${m.purposesTitle()}</h2>
        <ul class="purposes">
          ${catalog.purposes.map((purpose, i) => this.#renderPurpose(view, purpose, i))}
        </ul>
      </section>
      ${this.#renderSell(view, catalog)}${this.#renderVisibility(view, catalog)}
      ${this.renderSaveState(this.renderDock(html`${this.dialogs.open ? nothing : this.renderNotices()}${this.undo.render()}`))}
      ${renderHistory(m, view, catalog, () => this.#download())} ${this.dialogs.render(this.renderNotices())}`;
  }

  #renderPresets(view: PrivacyPreferences, catalog: PrivacyCatalog): unknown {
    if (!catalog.presets.length) return nothing;
    const m = this.#texts;
    const current = matchingPreset(view, catalog);
    const selected = this.previewing ?? current;
    const ids: (PrivacyPreset | 'custom')[] = [...catalog.presets.map((p) => p.id), 'custom'];
    const changes = this.previewing ? presetChanges(view, catalog, this.previewing) : [];
    return html`<fieldset class="section choices" part="presets">
      <legend>${m.presetsTitle()}</legend>
      ${ids.map(
        (id) =>
          html`<label class="choice" part="preset" data-preset=${id}>
            <input
              type="radio"
              name="preset"
              .value=${id}
              .checked=${live(selected === id)}
              ?disabled=${this.disabled || id === 'custom'}
              aria-labelledby=${`preset-name-${id}`}
              aria-describedby=${`preset-hint-${id}`}
              @change=${() => id !== 'custom' && this.#preview(id)}
            />
            <span class="choice-name" id=${`preset-name-${id}`}>${m.preset(id)}</span>
            <span class="hint" id=${`preset-hint-${id}`}>${m.presetHint(id)}</span>
          </label>`,
      )}
      ${
        this.previewing && changes.length
          ? html`<div class="panel preview" part="preview">
              ${this.#previewLines(this.previewing, changes).map((line) => html`<p>${bidi(line)}</p>`)}
              <div class="actions">
                <button
                  class="primary"
                  ?disabled=${this.disabled}
                  @click=${(e: Event) => void this.#applyPreview(e.currentTarget)}
                >
                  ${bidi(m.apply(m.preset(this.previewing)))}
                </button>
                <button @click=${() => void this.#keepSettings()}>${m.keep()}</button>
              </div>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  // A native checkbox with role="switch" has its checked state from `checked`; aria-checked would repeat it.
  /* eslint-disable lit-a11y/role-has-required-aria-attrs */
  #renderPurpose(view: PrivacyPreferences, purpose: PrivacyPurpose, i: number): TemplateResult {
    const m = this.#texts;
    const on = granted(view, purpose);
    const wasOff = purpose.essential && ownValue(view.purposes, purpose.id) === false;
    const bySignal = !on && ownValue(view.sources, purpose.id) === 'gpc';
    const duration = purpose.durationDays
      ? m.lasts(formatNumber(purpose.durationDays, { style: 'unit', unit: 'day', unitDisplay: 'long' }))
      : m.untilWithdrawn();
    return html`<li class="purpose" part="purpose" data-purpose=${purpose.id}>
      <label class="purpose-head">
        <span class="purpose-name"><bdi>${purpose.label}</bdi></span>
        ${bySignal ? html`<span class="badge">${m.source('gpc')}</span>` : nothing}
        ${purpose.essential ? html`<span class="badge">${m.alwaysOn()}</span>` : nothing}
        <input
          type="checkbox"
          role="switch"
          class="pc-switch"
          part="switch"
          .checked=${live(on)}
          ?disabled=${this.disabled || purpose.essential}
          aria-describedby=${`purpose-${i}-text`}
          @change=${(e: Event) => void this.#switch([{ purpose, on: (e.target as HTMLInputElement).checked }], 'widget', e.target)}
        />
      </label>
      <div id=${`purpose-${i}-text`} class="purpose-text">
        ${purpose.essential ? html`<p class="lock" part="lock">${purpose.essentialReason === undefined ? m.essentialReason() : html`<bdi>${purpose.essentialReason}</bdi>`}</p>` : nothing}
        ${wasOff ? html`<p class="warning">${bidi(m.essentialWasOff(purpose.label))}</p>` : nothing}
        ${purpose.description ? html`<p><bdi>${purpose.description}</bdi></p>` : nothing}
        ${purpose.dataUsed.length ? html`<p class="hint">${bidi(m.uses(formatList(purpose.dataUsed)))}</p>` : nothing}
        ${purpose.essential ? nothing : html`<p class="hint">${duration}</p>`}
        ${purpose.sensitive && !purpose.essential ? html`<p class="hint">${m.sensitive()}</p>` : nothing}
      </div>
    </li>`;
  }

  /**
   * What the signal does here, worded from the document as it is now: honoured, or set aside
   * by the customer's own later choice here (selling allowed, or a covered purpose on again).
   */
  #renderSignal(view: PrivacyPreferences, catalog: PrivacyCatalog): unknown {
    if (!this.signal || view.globalPrivacyControl !== true) return nothing;
    const m = this.#texts;
    const kept = coveredBySignal(catalog).filter((p) => !granted(view, p));
    const yours = choicesOverSignal(view, catalog);
    return html`<div class="panel signal" part="gpc" role="note">
      <p>${view.doNotSellOrShare ? m.gpcHonoured() : m.gpcSellAllowed()}</p>
      ${kept.length ? html`<p>${bidi(m.gpcCovers(formatList(kept.map((p) => p.label))))}</p>` : nothing}
      ${
        yours.length
          ? html`<p class="warning">${bidi(m.gpcYourChoice(formatList(yours.map((p) => p.label))))}</p>`
          : nothing
      }
    </div>`;
  }

  #renderNotice(view: PrivacyPreferences, catalog: PrivacyCatalog): unknown {
    if (!noticeChanged(view, catalog)) return nothing;
    const m = this.#texts;
    const asked = changedTerms(view, catalog);
    const link = isWebAddress(catalog.noticeUrl)
      ? html`<a href=${catalog.noticeUrl} target="_blank" rel="noopener noreferrer">${m.noticeRead()}</a>`
      : nothing;
    return html`<section class="panel notice" part="notice" aria-labelledby="notice-title">
      <h2 id="notice-title">${m.noticeTitle()}</h2>
      ${
        asked.length
          ? html`<p>${bidi(m.noticeAsk(catalog.noticeVersion))}</p>
              <ul class="asked">
                ${asked.map((purpose) => {
                  const answer = this.answers.get(purpose.id);
                  return html`<li data-purpose=${purpose.id}>
                    <strong><bdi>${purpose.label}</bdi></strong>
                    <p><bdi>${purpose.changed!.summary}</bdi></p>
                    <div class="actions">
                      <button
                        aria-pressed=${answer === true ? 'true' : 'false'}
                        aria-label=${m.allowFor(purpose.label)}
                        ?disabled=${this.disabled}
                        @click=${() => this.#answer(purpose, true)}
                      >
                        ${m.allow()}
                      </button>
                      <button
                        aria-pressed=${answer === false ? 'true' : 'false'}
                        aria-label=${m.refuseFor(purpose.label)}
                        ?disabled=${this.disabled}
                        @click=${() => this.#answer(purpose, false)}
                      >
                        ${m.refuse()}
                      </button>
                    </div>
                  </li>`;
                })}
              </ul>
              ${link}`
          : html`<p>${bidi(m.noticeNothing(catalog.noticeVersion))}</p>
              <div class="actions">
                <button class="primary" ?disabled=${this.disabled} @click=${() => this.#reviewNotice({})}>
                  ${m.noticeOk()}
                </button>
                ${link}
              </div>`
      }
    </section>`;
  }

  #renderSell(view: PrivacyPreferences, catalog: PrivacyCatalog): TemplateResult {
    const m = this.#texts;
    const covered = coveredBySignal(catalog);
    return html`<section class="section" part="sell" aria-labelledby="sell-title">
      <h2 id="sell-title">${m.sellTitle()}</h2>
      <label class="purpose-head">
        <span class="purpose-name">${m.sellSwitch()}</span>
        <input
          type="checkbox"
          role="switch"
          class="pc-switch"
          part="switch"
          .checked=${live(view.doNotSellOrShare)}
          ?disabled=${this.disabled}
          aria-describedby=${covered.length ? 'sell-hint' : nothing}
          @change=${(e: Event) => this.#setDoNotSell((e.target as HTMLInputElement).checked, e.target)}
        />
      </label>
      ${covered.length ? html`<p class="hint" id="sell-hint">${bidi(m.sellHint(formatList(covered.map((p) => p.label))))}</p>` : nothing}
    </section>`;
  }

  /* eslint-enable lit-a11y/role-has-required-aria-attrs */

  #renderVisibility(view: PrivacyPreferences, catalog: PrivacyCatalog): unknown {
    if (!catalog.visibilityOptions.length) return nothing;
    const m = this.#texts;
    return html`<fieldset class="section choices" part="visibility">
      <legend>${m.visibilityTitle()}</legend>
      ${catalog.visibilityOptions.map(
        (value: ProfileVisibility) =>
          html`<label class="choice">
            <input
              type="radio"
              name="visibility"
              .value=${value}
              .checked=${live(view.profileVisibility === value)}
              ?disabled=${this.disabled}
              @change=${() => this.#apply({ profileVisibility: value })}
            />
            <span class="choice-name">${m.visibility(value)}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  #download(): void {
    const url = URL.createObjectURL(new Blob([this.consentRecordsJson()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'consent-records.json';
    link.click();
    // After the click has started the download: revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** A notice link goes only to a web page: `javascript:` and the like are not followed. */
function isWebAddress(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

declare global {
  interface HTMLElementTagNameMap {
    'privacy-levels': PrivacyLevels;
  }
}
