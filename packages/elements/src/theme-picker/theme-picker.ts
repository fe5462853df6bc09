import {
  PrefsElement,
  cssomStyle,
  ThemeController,
  applyMergePatch,
  chosenSwatch,
  colorSchemes,
  contrastModes,
  defaultThemeCacheKey,
  defaultThemeChoice,
  densities,
  formatNumber,
  isolate,
  motionModes,
  resolveAccent,
  resolveTheme,
  sharedTokens,
  textScales,
  themeDomain,
  themeMethods,
  themePlan,
  type PreferencesPatch,
  type PrefsThemeAppliedDetail,
  type ThemeCatalog,
  type ThemeChoice,
  type ThemePlan,
  type ThemePreferences,
  type ThemeVariant,
  type TextValues,
} from '@prefcenter/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import './generated/translations.js';
import styles from './theme-picker.styles.js';

type Patch = PreferencesPatch<ThemePreferences>;
type Group = 'scheme' | 'contrast' | 'motion' | 'density';

const choiceOf = ({ version: _v, updatedAt: _u, ...choice }: ThemePreferences): ThemeChoice => choice;

const percent = (scale: number) => formatNumber(scale, { style: 'percent', maximumFractionDigits: 1 });

/**
 * Lets the customer choose how the site looks: colour scheme, accent colour from the
 * institution's palette, text size, high contrast, motion and density, with a live
 * preview. The choice is applied at once to the page (or the `target` element) through
 * the `--prefs-*` tokens, `color-scheme` and `data-prefs-*` attributes, so the host's
 * own CSS and every @prefcenter widget follow it; it is saved through the adapter and
 * cached in `localStorage` for the boot script (`themeBootScript` from core), which
 * applies it before first paint on the next visit. With a `target` selector or a
 * `storage-key` of its own, the page inlines `createThemeBootScript(storageKey, target)`.
 *
 * Accent colours are never hidden: a swatch below 4.5:1 against the scheme's background
 * (7:1 in high contrast) is darkened or lightened just enough, and marked "adjusted".
 *
 * While the text size slider is dragged, the preview (and the page, in auto mode) follows it
 * live; it becomes a change (one `prefs-change`, one save) when the slider is released or
 * stepped with a key.
 *
 * In `mode="manual"`, the preview shows the draft and the page keeps its theme until
 * Apply: the page does not preview the draft, so a half-made choice never restyles the
 * host's site. When the palette the adapter sends cannot be read, the error says so and
 * the default theme is applied (the cached choice is left for the next visit).
 *
 * `strings` overrides any visible text of the instance by key: the message id without
 * `theme-picker.` (`scheme.light`, `reset`, `apply`, `announce.applied`…), or without `core.`
 * for the sentences every widget shares (`retry`, `save-failed`…). An override is used as
 * written in every locale, and its `{name}` placeholders are filled as in the translations
 * (`{ 'announce.applied': '{what} is on' }`). The keys, their English and their placeholders
 * are in `strings.md` beside this file (generated from the XLIFF); unknown keys are ignored.
 *
 * @summary Colour scheme, accent, text size, contrast, motion and density, applied to the page.
 *
 * @csspart base - The widget's outer box.
 * @csspart status - The visually hidden live region.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The load or configuration error.
 * @csspart retry-button - Retry, in the load error.
 * @csspart default-note - "The default theme is in use…", below the error when the palette cannot be read.
 * @csspart controls - The column of choices.
 * @csspart group - Each radio group (`fieldset`).
 * @csspart option - Each choice (a `label` around its radio).
 * @csspart swatch - The colour dot of an accent choice.
 * @csspart text-size - The text size slider.
 * @csspart reset-button - "Reset to defaults".
 * @csspart save-status - "Saving…" and then "Saved" while a change is saved (seen only; the live region says it).
 * @csspart save-bar - Apply and Cancel, in manual mode.
 * @csspart save-error - A refused change, with Retry and Dismiss.
 * @csspart conflict - A change that met a newer version, with a choice.
 * @csspart preview - The preview panel.
 * @slot preview - A sample of the host's own UI to show in the preview instead of ours. It
 *   follows the choice being made through the `--prefs-*` tokens (the `data-prefs-*`
 *   attributes stay on the page), and is hidden from assistive technology and inert.
 * @csspart sample - The sample of the host's UI inside the preview.
 *
 * The picker reads the system tokens (`--prefs-*`) as every widget does, and sets them on
 * the target (inline, through the CSSOM) for the resolved scheme, contrast and motion:
 *
 * @cssprop --prefs-color-bg - Set by the picker; also `--prefs-color-surface`, `-surface-raised`, `-text`, `-text-muted`, `-border`, `-border-strong`, `-danger`, `-success`, `-warning` and `-skeleton`, from the scheme and contrast.
 * @cssprop --prefs-color-accent - Set by the picker; the accent colour (after contrast adjustment).
 * @cssprop --prefs-color-on-accent - Set by the picker; text on the accent.
 * @cssprop --prefs-color-focus - Set by the picker; the focus ring (the accent, or black or white in high contrast).
 * @cssprop --prefs-color-scheme - Set by the picker; `light` or `dark`, as resolved (the `color-scheme` property is set too).
 * @cssprop --prefs-text-scale - Set by the picker; the chosen text size as a factor (0.875 to 1.5).
 * @cssprop --prefs-density - Set by the picker; 1 (comfortable) or 0.75 (compact), a factor of spacing.
 * @cssprop --prefs-duration-fast - Set by the picker; 0ms when motion is reduced (and `--prefs-duration-fast-reduced`).
 * @cssprop --prefs-duration-m - Set by the picker; 0ms when motion is reduced (and `--prefs-duration-m-reduced`).
 *
 * @fires prefs-theme-applied - A theme was applied to the target: on load, change, save, rollback or a system change (`PrefsThemeAppliedEvent`).
 * @fires prefs-change - The customer made a choice (a text size once the slider is released) (`PrefsChangeEvent`).
 * @fires prefs-saved - The adapter confirmed a change (`PrefsSavedEvent`).
 * @fires prefs-error - A load or save failed (`PrefsErrorEvent`).
 * @fires prefs-conflict - A save met a newer version (`PrefsConflictEvent`).
 * @fires prefs-reauth-required - The backend wants the customer to confirm who they are; call `detail.retry()` once done (`PrefsReauthRequiredEvent`).
 */
export class ThemePicker extends PrefsElement<ThemePreferences, ThemeCatalog> {
  static override styles = [...PrefsElement.styles, styles];

  // Declared without decorators, as in PrefsElement, so the decorator module does not ship.
  static override properties: PropertyDeclarations = {
    target: {},
    storageKey: { attribute: 'storage-key' },
    draggedScale: { state: true, attribute: false },
  };

  protected readonly definition = themeDomain;
  protected readonly requiredMethods = themeMethods;

  /**
   * Where the theme is applied: an element, or a CSS selector for one (attribute
   * `target`). The page's root element when unset.
   */
  target: HTMLElement | string | undefined;

  /** The `localStorage` key of the cache the boot script reads; empty to keep no cache. */
  storageKey = defaultThemeCacheKey;

  readonly #theme = new ThemeController(this, { target: () => this.target, storageKey: () => this.storageKey });
  /** The refused change whose rollback was last painted, so that one rollback is said once. */
  #seenFailure: unknown;

  /**
   * The text size while the slider is dragged: shown live (preview, and the page unless in
   * manual mode) but not yet a change; committed once, on the slider's `change` event.
   */
  private draggedScale: number | undefined;

  protected override get skeletonRows(): number {
    return 8;
  }

  /** In manual mode, Save reads "Apply" (key `apply`): the page changes only when the customer applies. */
  protected override text(id: string, english: string, values?: TextValues): string {
    return id === 'core.save' ? super.text('theme-picker.apply', 'Apply') : super.text(id, english, values);
  }

  /** The choice the page shows: everything in auto mode; in manual mode, not the draft. */
  get #pageChoice(): ThemeChoice | undefined {
    const r = this.resource;
    if (!r.confirmed) return undefined;
    if (this.mode !== 'manual') return this.#withDragged(choiceOf(r.view!));
    return choiceOf(r.inflight ? applyMergePatch(r.confirmed, r.inflight.patch) : r.confirmed);
  }

  #withDragged(choice: ThemeChoice): ThemeChoice {
    return this.draggedScale === undefined ? choice : { ...choice, textScale: this.draggedScale };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncPage();
  }

  /** Applies the page's choice to the target when it changed: load, change, save, rollback, update from elsewhere. */
  #syncPage(): void {
    const r = this.resource;
    const malformed = r.loadStatus === 'error' && r.loadError?.kind === 'invalid-response';
    const choice = malformed ? defaultThemeChoice : this.#pageChoice;
    if (!choice) return;
    const live = this.#dragging;
    this.#theme.show(choice, malformed ? undefined : r.catalog, {
      live,
      // A palette we could not read says nothing about the customer: keep their cached choice.
      keepCache: malformed,
      reason: () => {
        let reason: PrefsThemeAppliedDetail['reason'] = 'confirm';
        if (malformed) reason = 'default';
        else if (!this.#theme.painted) reason = 'load';
        else if (live || r.inflight || (this.mode !== 'manual' && r.draft)) reason = 'change';
        else if (r.failed && r.failed !== this.#seenFailure) reason = 'rollback';
        this.#seenFailure = r.failed;
        return reason;
      },
    });
  }

  /** Whether the page shows a text size still being dragged. */
  get #dragging(): boolean {
    return this.draggedScale !== undefined && this.mode !== 'manual';
  }

  #choose(patch: Patch, what: string): void {
    this.resource.change(patch);
    void this.announce(
      this.mode === 'manual'
        ? this.text('theme-picker.announce.draft', '{what}: shown in the preview. Choose Apply to use it.', { what })
        : this.text('theme-picker.announce.applied', '{what} applied', { what }),
    );
  }

  #reset(catalog: ThemeCatalog): void {
    this.#choose(
      { ...defaultThemeChoice, accent: catalog.defaultAccent ?? null },
      this.text('theme-picker.default-theme', 'Default theme'),
    );
  }

  /** Home and End pick the first and last choice of a group, as arrow keys already move through it. */
  #onGroupKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Home' && event.key !== 'End') return;
    const radios = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const radio = event.key === 'Home' ? radios[0] : radios.at(-1);
    if (!radio) return;
    event.preventDefault();
    radio.focus();
    if (!radio.checked) radio.click();
  }

  #labels(): Record<Group, { legend: string; options: Record<string, [label: string, announced: string]> }> {
    const system = this.text('theme-picker.system', 'Match system');
    return {
      scheme: {
        legend: this.text('theme-picker.scheme', 'Colour scheme'),
        options: {
          light: [
            this.text('theme-picker.scheme.light', 'Light'),
            this.text('theme-picker.scheme.light.announce', 'Light theme'),
          ],
          dark: [
            this.text('theme-picker.scheme.dark', 'Dark'),
            this.text('theme-picker.scheme.dark.announce', 'Dark theme'),
          ],
          system: [system, this.text('theme-picker.scheme.system.announce', 'Colour scheme of the system')],
        },
      },
      contrast: {
        legend: this.text('theme-picker.contrast', 'High contrast'),
        options: {
          standard: [
            this.text('theme-picker.contrast.off', 'Off'),
            this.text('theme-picker.contrast.off.announce', 'Standard contrast'),
          ],
          more: [
            this.text('theme-picker.contrast.on', 'On'),
            this.text('theme-picker.contrast.on.announce', 'High contrast'),
          ],
          system: [system, this.text('theme-picker.contrast.system.announce', 'Contrast of the system')],
        },
      },
      motion: {
        legend: this.text('theme-picker.motion', 'Motion'),
        options: {
          full: [
            this.text('theme-picker.motion.full', 'Full'),
            this.text('theme-picker.motion.full.announce', 'Full motion'),
          ],
          reduce: [
            this.text('theme-picker.motion.reduce', 'Reduced'),
            this.text('theme-picker.motion.reduce.announce', 'Reduced motion'),
          ],
          system: [system, this.text('theme-picker.motion.system.announce', 'Motion setting of the system')],
        },
      },
      density: {
        legend: this.text('theme-picker.density', 'Density'),
        options: {
          comfortable: [
            this.text('theme-picker.density.comfortable', 'Comfortable'),
            this.text('theme-picker.density.comfortable.announce', 'Comfortable density'),
          ],
          compact: [
            this.text('theme-picker.density.compact', 'Compact'),
            this.text('theme-picker.density.compact.announce', 'Compact density'),
          ],
        },
      },
    };
  }

  #renderGroup(group: Group, values: readonly string[], current: string): TemplateResult {
    const { legend, options } = this.#labels()[group];
    return html`<fieldset part="group" data-group=${group} @keydown=${this.#onGroupKeydown}>
      <legend>${legend}</legend>
      <div class="options">
        ${values.map((value) => {
          const [label, announced] = options[value]!;
          return html`<label part="option" class="option">
            <input
              type="radio"
              name=${group}
              .value=${value}
              .checked=${value === current}
              @change=${() => this.#choose({ [group]: value } as Patch, announced)}
            />
            ${label}
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  #renderAccent(catalog: ThemeCatalog, view: ThemeChoice, variant: ThemeVariant): TemplateResult {
    const current = chosenSwatch(view, catalog)?.id;
    return html`<fieldset part="group" data-group="accent" @keydown=${this.#onGroupKeydown}>
      <legend>${this.text('theme-picker.accent', 'Accent colour')}</legend>
      <div class="options">
        ${catalog.swatches.map((swatch) => {
          const accent = resolveAccent(swatch, variant);
          return html`<label part="option" class="option">
            <input
              type="radio"
              name="accent"
              .value=${swatch.id}
              .checked=${swatch.id === current}
              @change=${() => this.#choose({ accent: swatch.id }, this.text('theme-picker.accent.announce', 'Accent colour {name}', { name: isolate(swatch.name) }))}
            />
            <span part="swatch" class="dot" style=${cssomStyle({ 'background-color': accent.color })}></span>
            <span>
              <bdi>${swatch.name}</bdi>
              ${
                accent.adjusted
                  ? html`<span class="note"
                      >(${this.text('theme-picker.accent.adjusted', 'adjusted for legibility')})</span
                    >`
                  : nothing
              }
            </span>
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  #renderTextSize(scale: number): TemplateResult {
    // The slider stands on the nearest step; the label says the size in use, which an
    // adapter may store between steps (the schema allows any size from 87.5% to 150%).
    const distance = (s: number) => Math.abs(s - scale);
    const index = textScales.reduce((best, s, i) => (distance(s) < distance(textScales[best]!) ? i : best), 0);
    const label = percent(scale);
    const pick = (event: Event) => textScales[Number((event.target as HTMLInputElement).value)]!;
    return html`<div class="size">
      <label class="size-label" for="text-size">${this.text('theme-picker.text-size', 'Text size')}</label>
      <input
        id="text-size"
        part="text-size"
        type="range"
        min="0"
        max=${textScales.length - 1}
        step="1"
        .value=${String(index)}
        aria-valuetext=${label}
        @input=${(event: Event) => (this.draggedScale = pick(event))}
        @change=${(event: Event) => {
          const textScale = pick(event);
          const value = percent(textScale);
          this.draggedScale = undefined;
          this.#choose({ textScale }, this.text('theme-picker.text-size.announce', 'Text size {value}', { value }));
        }}
      />
      <output for="text-size" aria-hidden="true">${label}</output>
    </div>`;
  }

  /**
   * The sample's own tokens, so it shows the draft whatever the page shows. Every value
   * is ours (core's tokens, or a swatch colour the schema checked as hex), never free text.
   * Set through the CSSOM, never as a `style` attribute, so a strict CSP allows them.
   */
  #previewStyle(plan: ThemePlan): Record<string, string> {
    const { tokens, resolved } = resolveTheme(plan);
    const style: Record<string, string> = { 'color-scheme': resolved.scheme };
    for (const [name, value] of Object.entries({ ...sharedTokens, ...tokens })) {
      const resolvedValue = value
        .replace('var(--prefs-text-scale, 1)', String(plan.textScale))
        .replace('var(--prefs-density, 1)', tokens['density']!);
      // --pc-* for our own sample; --prefs-* for a host's sample in the `preview` slot.
      style[`--pc-${name}`] = style[`--prefs-${name}`] = resolvedValue;
    }
    return style;
  }

  #renderPreview(plan: ThemePlan): TemplateResult {
    return html`<figure part="preview">
      <figcaption>${this.text('theme-picker.preview', 'Preview')}</figcaption>
      <div part="sample" class="sample" style=${cssomStyle(this.#previewStyle(plan))} aria-hidden="true" inert>
        <slot name="preview"
          ><div class="card">
            <h3>${this.text('theme-picker.sample.heading', 'Everyday account')}</h3>
            <p class="muted">${this.text('theme-picker.sample.text', 'Your statement for this month is ready.')}</p>
            <div class="row">
              <span>${this.text('theme-picker.sample.toggle', 'Paperless statements')}</span>
              <span class="switch"></span>
            </div>
            <button class="primary" tabindex="-1">${this.text('theme-picker.sample.button', 'View statement')}</button>
          </div></slot
        >
      </div>
    </figure>`;
  }

  protected renderReady(view: ThemePreferences, catalog: ThemeCatalog): TemplateResult {
    const choice = this.#withDragged(choiceOf(view));
    const plan = themePlan(choice, catalog);
    const { resolved } = resolveTheme(plan);
    const variant: ThemeVariant = resolved.contrast === 'more' ? `${resolved.scheme}-more` : resolved.scheme;
    return html`<div class="picker">
      <div part="controls" class="controls">
        ${this.#renderGroup('scheme', colorSchemes, choice.scheme)} ${this.#renderAccent(catalog, choice, variant)}
        ${this.#renderTextSize(choice.textScale)} ${this.#renderGroup('contrast', contrastModes, choice.contrast)}
        ${this.#renderGroup('motion', motionModes, choice.motion)}
        ${this.#renderGroup('density', densities, choice.density)}
        <div class="footer">
          <button part="reset-button" @click=${() => this.#reset(catalog)}>
            ${this.text('theme-picker.reset', 'Reset to defaults')}
          </button>
        </div>
        ${this.renderSaveState()}
      </div>
      ${this.#renderPreview(plan)}
    </div>`;
  }

  /** Below the error when the palette cannot be read: the page shows the default theme meanwhile. */
  protected override renderNote(): unknown {
    const r = this.resource;
    return r.loadStatus === 'error' && r.loadError?.kind === 'invalid-response'
      ? html`<p part="default-note" class="note">
          ${this.text('theme-picker.default-in-use', 'The default theme is in use until your settings can be read.')}
        </p>`
      : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'theme-picker': ThemePicker;
  }
}
