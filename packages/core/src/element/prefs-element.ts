import { ContextConsumer } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { missingAdapterMethods, type AdapterMethod, type PrefsAdapter } from '../adapter.js';
import { domainResource, type DomainDefinition } from '../controller/domain-resource.js';
import { ResourceController, type ResourceMode, type ResourceNotice } from '../controller/resource-controller.js';
import { formatPath, type AdapterError, type AdapterErrorKind } from '../errors.js';
import { localeDirection } from '../l10n/locales.js';
import { getLocale, trackLocale } from '../l10n/localization.js';
import '../generated/translations.js';
import { coreMessages, errorMessage } from '../l10n/messages.js';
import { textWithOverrides, type Text, type TextValues } from '../l10n/text.js';
import { adapterContext } from '../provider/context.js';
import { attachContextRoot } from '../provider/context-root.js';
import type { Versioned } from '../schemas/common.js';
import { baseStyles } from '../styles/base-styles.js';
import { bidi } from './bidi.js';
import { refusedFields, retryAfterSentence } from './refusal.js';

export { bidi, isolate } from './bidi.js';

/** The keys of the shared sentences that take no values: `retry`, `saving`, `saved`… */
type SharedSentence = {
  [K in keyof typeof coreMessages]: Parameters<(typeof coreMessages)[K]> extends [text?: Text] ? K : never;
}[keyof typeof coreMessages];

/**
 * What every widget shares: it finds its adapter (its own `.adapter`, else the nearest
 * `<prefs-provider>`), checks that the adapter has the methods it needs, loads and saves
 * through one `ResourceController`, draws the shared loading, error and configuration
 * states, and owns the one `aria-live` status region.
 *
 * A widget supplies its domain definition, the adapter methods it needs, and
 * `renderReady()`.
 *
 * @csspart base - The widget's outer box.
 * @csspart status - The visually hidden live region that announces what happened.
 * @csspart save-status - "Saving…" / "Saved" while changes are saved automatically.
 * @csspart save-bar - Save and Cancel, in manual mode.
 * @csspart save-error - A refused change, with Retry and Dismiss.
 * @csspart refused-fields - The fields a refusal named, with the service's reasons.
 * @csspart retry-after - When the service allows another try.
 * @csspart conflict - Edits that collided with changes made elsewhere, with a choice.
 */
export abstract class PrefsElement<D extends Versioned, C = unknown> extends LitElement {
  static override styles = baseStyles;

  /** The domain this widget edits, and how to check its data. */
  protected abstract readonly definition: DomainDefinition<D, C>;
  /** The adapter methods this widget cannot work without. */
  protected abstract readonly requiredMethods: readonly AdapterMethod[];

  protected readonly resource = new ResourceController<D, C>(this, {
    mode: () => this.mode,
    onNotice: (notice) => this.handleNotice(notice),
  });

  // Reactive properties are declared here rather than with decorators: Lit's decorator
  // module and the compiled decorator calls would ship in every widget. (`attribute: false`
  // beside `state: true` is for the manifest analyzer, which does not know `state`.)
  static override properties: PropertyDeclarations = {
    providedAdapter: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    adapter: { attribute: false },
    mode: { reflect: true },
    strings: { attribute: false },
    initial: { type: Object },
  };

  /** The nearest `<prefs-provider>`'s adapter, kept up to date as the provider changes it. */
  private providedAdapter: PrefsAdapter | undefined;

  /** The live region's text. Cleared before each message so that a repeat is read again. */
  protected announcement = '';

  /** Talks to the host's backend. Takes precedence over an ancestor `<prefs-provider>`. */
  adapter: PrefsAdapter | undefined;

  /** `auto` saves each change at once (quick changes together); `manual` keeps a draft with Save and Cancel. */
  mode: ResourceMode = 'auto';

  /**
   * Replaces any visible string of this instance, by key; institutions have their own
   * wording. The key is the message id without its prefix (`retry`, `save-failed`, a
   * widget's `scheme.light`), and `{name}` placeholders are filled as in the translations.
   * The keys are listed in `strings.md` of core and of each widget; unknown keys are ignored.
   */
  strings: Record<string, string> = {};

  /**
   * The document (and catalog) the page already has, e.g. what it was rendered with on the
   * server: checked as an adapter's answer is, then shown at once as the loaded state and
   * read again through the adapter. Attribute `initial`, as JSON, so server-rendered HTML
   * carries it to the browser. Data that fails the check is ignored (the widget loads).
   */
  initial: { document: unknown; catalog?: unknown } | undefined;

  /** Drawn from a server-rendered shadow root: until that first render, a missing adapter is not an error yet. */
  #hydrating = false;

  constructor() {
    super();
    attachContextRoot();
    new ContextConsumer(this, {
      context: adapterContext,
      subscribe: true,
      callback: (adapter) => (this.providedAdapter = adapter),
    });
    trackLocale();
    updateWhenLocaleChanges(this);
    // The control a change was made on, so a refused change can send focus back to it.
    this.addEventListener('prefs-change', () => (this.#changedOn = this.#touched));
  }

  /** The control the customer last used, and the one their last change came from. */
  #touched: Element | undefined;
  #changedOn: Element | undefined;
  /** Where focus goes back once the refused change or the conflict is dealt with. */
  #noticeOrigin: Element | undefined;
  /** What `renderReady` threw: shown as an error with Retry rather than a skeleton for ever. */
  #renderError: unknown;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#hydrating = this.shadowRoot !== null;
    const root = super.createRenderRoot();
    // Clicks for buttons (Safari does not focus them), focus for fields and the keyboard.
    const touch = (event: Event) => (this.#touched = event.composedPath()[0] as Element);
    root.addEventListener('click', touch, true);
    root.addEventListener('focusin', touch, true);
    return root;
  }

  /** A render that throws ends in the error state, with Retry, and is logged for the developer. */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      if (this.#renderError !== undefined) throw error;
      this.#renderError = error;
      console.error('[prefcenter]', this, error);
      super.update(changed);
    }
  }

  /** The adapter in use: this element's own, else the provider's. */
  get effectiveAdapter(): PrefsAdapter | undefined {
    return this.adapter ?? this.providedAdapter;
  }

  /** The adapter the controller's spec was made from, so an unrelated context update does not reload. */
  #specAdapter: PrefsAdapter | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the adapter, so that its first spec starts from the seed rather than a load.
    if (changed.has('initial')) this.#seedInitial();
    if (changed.has('adapter') || changed.has('providedAdapter' as keyof PrefsElement<D, C>)) {
      const adapter = this.effectiveAdapter;
      const usable = adapter && missingAdapterMethods(adapter, this.requiredMethods).length === 0 ? adapter : undefined;
      if (usable !== this.#specAdapter) {
        this.#specAdapter = usable;
        // What the old adapter's data made the render throw says nothing of the new one's.
        this.#renderError = undefined;
        this.resource.setSpec(usable ? domainResource(usable, this.definition) : undefined);
      }
    }
    // The first render has no previous mode to leave.
    if (changed.has('mode') && changed.get('mode') !== undefined) this.resource.modeChanged();
    if (!this.resource.failed) this.#refocusFromSaveError();
  }

  /**
   * The refused change left without a press, e.g. a scheduled Retry went out by itself:
   * its panel goes, and focus in it would fall to the page. It goes back to the control
   * the change was made on, as a pressed Retry sends it.
   */
  #refocusFromSaveError(): void {
    // No `instanceof HTMLElement`: this runs on the server too (SSR), where there is none.
    const origin = this.#noticeOrigin as HTMLElement | undefined;
    const active = this.shadowRoot?.activeElement;
    if (!origin || !active?.closest('[part~="save-error"]')) return;
    void this.updateComplete.then(() => origin.isConnected && origin.focus());
  }

  #seedInitial(): void {
    const initial = this.initial;
    if (!initial) return;
    const { parseDocument, parseCatalog } = this.definition.parsers;
    try {
      this.resource.seed(parseDocument(initial.document), parseCatalog?.(initial.catalog) as C);
    } catch (error) {
      console.warn('[prefcenter] Ignored initial data that fails the schema.', this, error);
    }
  }

  /**
   * The server had no adapter, so a hydrating widget's first render must not complain of
   * one either, or it would not match the server's markup; it says so on the next render.
   */
  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.#hydrating) return;
    this.#hydrating = false;
    if (!this.effectiveAdapter) queueMicrotask(() => this.requestUpdate());
  }

  /**
   * A visible sentence of this instance: `strings[key]` when the host set one (`key` is
   * `id` without its prefix), else `id` in the active locale; `{name}` placeholders are
   * filled from `values` in either. Sub-features of a widget say their sentences through
   * it too, so that every string has one key and one way to be overridden.
   */
  protected text(id: string, english: string, values?: TextValues): string {
    return textWithOverrides(this.strings, id, english, values);
  }

  /** `text` as a function, for core's shared sentences (a subclass's own `text` included). */
  readonly #text: Text = (id, english, values) => this.text(id, english, values);

  /** One of the shared sentences, with the host's override if any. */
  #say(key: SharedSentence): string {
    return coreMessages[key](this.#text);
  }

  /** What the customer is told for an adapter failure of `kind`, with the host's override if any. */
  #reason(kind: AdapterErrorKind): string {
    return errorMessage(kind, this.#text);
  }

  /** Sentences asked for since the live region last changed. */
  #toSay: string[] = [];

  /**
   * Says `message` in the live region. Messages asked for before the region next changes
   * (a change and its Undo offer, say) are said together, in order, so that none replaces
   * another before it was heard.
   */
  async announce(message: string): Promise<void> {
    this.#toSay.push(message);
    if (this.#toSay.length > 1) return;
    this.announcement = '';
    await this.updateComplete;
    this.announcement = this.#toSay.join(' ');
    this.#toSay = [];
  }

  /** Turns what the controller reports into a sentence in the live region. Widgets may add their own. */
  protected handleNotice(notice: ResourceNotice): void {
    switch (notice.type) {
      case 'saved':
        if (!this.resource.busy) void this.announce(this.#say('saved'));
        break;
      case 'save-failed':
        this.#noticeOrigin = this.#changedOn;
        void this.announce(
          [
            coreMessages.saveFailed(this.#reason(notice.error.kind), this.#text),
            ...this.#refusalDetails(notice.error),
          ].join(' '),
        );
        break;
      case 'load-failed':
        void this.announce([this.#reason(notice.error.kind), ...this.#refusalDetails(notice.error)].join(' '));
        break;
      case 'conflict':
        this.#noticeOrigin = this.#changedOn;
        void this.announce(this.#say('conflict'));
        break;
      case 'external-update':
        void this.announce(this.#say('externalUpdate'));
        break;
      case 'discarded':
        void this.announce(this.#say('discarded'));
        break;
      case 'action-failed':
        void this.announce(this.#reason(notice.error.kind));
        break;
      case 'loaded':
      case 'action-done':
        // What an action did is the widget's to say, in its own words.
        break;
    }
  }

  protected override render(): TemplateResult {
    const locale = getLocale();
    const dir = localeDirection(locale) === 'rtl' ? 'rtl' : undefined;
    return html`<div part="base" class="base" dir=${dir ?? nothing} lang=${locale}>
      ${this.#renderState()}${this.renderNote()}
      <div part="status" class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  #renderState(): unknown {
    const adapter = this.effectiveAdapter;
    // On the server, and while hydrating its markup, the adapter is still to come.
    if (!adapter && !isServer && !this.#hydrating) return this.#renderConfigError(this.#say('noAdapter'));
    const missing = adapter ? missingAdapterMethods(adapter, this.requiredMethods) : [];
    if (missing.length) {
      return this.#renderConfigError(coreMessages.missingMethods(missing.join(', '), this.#text));
    }
    const { loadStatus, loadError } = this.resource;
    const view = this.resource.view;
    const broken = this.#renderError !== undefined;
    if ((loadStatus === 'error' && loadError) || broken) {
      const kind = loadError?.kind ?? 'invalid-response';
      return html`<div class="panel" data-tone="danger" part="error" role="alert">
        <h2>${this.#say('loadFailedTitle')}</h2>
        <p>${this.#reason(kind)}</p>
        ${
          kind === 'invalid-response' && loadError?.path
            ? html`<p class="detail">${coreMessages.invalidDetail(formatPath(loadError.path), this.#text)}</p>`
            : nothing
        }
        ${loadError && !broken ? this.#renderRefusal(loadError) : nothing}
        <button class="primary" part="retry-button" @click=${() => this.#retryLoad(broken)}>
          ${this.#say('retry')}
        </button>
      </div>`;
    }
    if (loadStatus !== 'ready' || !view) return this.renderSkeleton();
    return this.renderReady(view, this.resource.catalog as C);
  }

  /** Loads again; after a render that threw, the data is read afresh and drawn again. */
  #retryLoad(broken: boolean): void {
    this.#renderError = undefined;
    if (broken) void this.resource.load();
    else this.#retry();
  }

  /** Retry; pressed before the time the service asked for, it waits for it, and says so. */
  #retry(): boolean {
    this.resource.retry();
    if (!this.resource.retryScheduled) return false;
    void this.announce(this.#say('retryScheduled'));
    return true;
  }

  /**
   * What the adapter said beyond the kind of a refusal, as sentences: the fields it
   * refused (by this widget's names for them, see `settingName`) and when to try again.
   */
  #refusalDetails(error: AdapterError): string[] {
    const details = refusedFields(error, (path) => this.settingName(path), this.#text);
    const at = this.resource.retryAt;
    if (at !== undefined) details.push(retryAfterSentence(at, this.#text));
    return details;
  }

  /**
   * What a failed action says beside its control (a payment method that could not be
   * removed): why, in the widget's words, and the fields a refusal named with the
   * adapter's reasons. Each sentence may hold isolated adapter text: draw it with `bidi()`.
   */
  protected actionFailure(error: AdapterError): string[] {
    return [this.#reason(error.kind), ...refusedFields(error, (path) => this.settingName(path), this.#text)];
  }

  /** The refused fields as a list, and when to try again (and that a Retry pressed early waits). */
  #renderRefusal(error: AdapterError): unknown {
    const fields = refusedFields(error, (path) => this.settingName(path), this.#text);
    const at = this.resource.retryAt;
    return html`${
      fields.length
        ? html`<ul class="settings-list" part="refused-fields">
            ${fields.map((field) => html`<li>${bidi(field)}</li>`)}
          </ul>`
        : nothing
    }${
      at !== undefined
        ? html`<p class="detail" part="retry-after">
            ${retryAfterSentence(at, this.#text)}
            ${this.resource.retryScheduled ? this.#say('retryScheduled') : nothing}
          </p>`
        : nothing
    }`;
  }

  /** Drawn below the state, inside the widget's box: a note that goes with any state. */
  protected renderNote(): unknown {
    return nothing;
  }

  /** A placeholder of about the size of the loaded widget, so nothing jumps when data arrives. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-busy="true">
      <span class="sr-only">${this.#say('loading')}</span>
      ${Array.from({ length: this.skeletonRows }, () => html`<div class="skeleton-line"></div>`)}
    </div>`;
  }

  /** How many lines the loading skeleton has; widgets set it to their usual height. */
  protected get skeletonRows(): number {
    return 4;
  }

  #renderConfigError(message: string): TemplateResult {
    return html`<div class="panel" data-tone="danger" part="error" role="alert">
      <h2>${this.#say('configTitle')}</h2>
      <p>${message}</p>
    </div>`;
  }

  /**
   * A refused change with Retry, and a conflict with a choice. They are said in the live
   * region and never take focus; each choice sends focus back to the control the change
   * was made on, as the panel it was in goes away.
   */
  protected renderNotices(): unknown {
    const r = this.resource;
    // `act` reports whether the panel stays (a Retry that waits for its time): focus stays then.
    const then = (act: () => boolean | void) => () => {
      const origin = this.#noticeOrigin;
      if (act() === true) return;
      if (origin instanceof HTMLElement) void this.updateComplete.then(() => origin.isConnected && origin.focus());
    };
    return html`${
      r.failed
        ? html`<div class="panel" data-tone="danger" part="save-error">
            <p>${coreMessages.saveFailed(this.#reason(r.failed.error.kind), this.#text)}</p>
            ${this.#renderRefusal(r.failed.error)}
            <div class="actions">
              <button class="primary" @click=${then(() => this.#retry())}>${this.#say('retry')}</button>
              <button @click=${then(() => r.dismissFailure())}>${this.#say('dismiss')}</button>
            </div>
          </div>`
        : nothing
    }${
      r.conflict
        ? html`<div class="panel" part="conflict">
            <p>${this.#say('conflict')}</p>
            ${this.#renderSettingNames(r.conflict.paths)}
            <div class="actions">
              <button class="primary" @click=${then(() => r.keepMine())}>${this.#say('conflictKeepMine')}</button>
              <button @click=${then(() => r.dismissConflict())}>${this.#say('conflictKeepTheirs')}</button>
            </div>
          </div>`
        : nothing
    }`;
  }

  /**
   * A bar that stays in sight at the bottom of the widget while the customer scrolls
   * through it, so a refused change is told where they are, not a page away.
   */
  protected renderDock(content: unknown): TemplateResult {
    return html`<div class="dock">${content}</div>`;
  }

  /**
   * The save bar and notices every widget shows once loaded: the manual-mode Save and
   * Cancel, and `notices` (by default the refused change and the conflict, docked).
   */
  protected renderSaveState(notices: unknown = this.renderDock(this.renderNotices())): unknown {
    const r = this.resource;
    return html`${notices}
    ${
      r.mode === 'auto' && (r.saveStatus === 'saving' || r.saveStatus === 'saved')
        ? // Seen, not heard: the live region already says it.
          html`<p class="save-status" part="save-status" aria-hidden="true">
            ${r.saveStatus === 'saving' ? this.#say('saving') : this.#say('saved')}
          </p>`
        : nothing
    }
    ${
      r.mode === 'manual'
        ? html`<div class="actions" part="save-bar">
            <button class="primary" ?disabled=${!r.dirty || r.busy} @click=${() => r.flush()}>
              ${r.busy ? this.#say('saving') : this.#say('save')}
            </button>
            <button ?disabled=${!r.dirty} @click=${() => r.cancel()}>${this.#say('cancel')}</button>
            ${r.dirty ? html`<span class="hint">${this.#say('unsaved')}</span>` : nothing}
          </div>`
        : nothing
    }`;
  }

  /**
   * The customer's name for the setting at `path` in the document ("SMS for Large
   * transactions"), so that a conflict can say which settings collided; `undefined`
   * leaves the setting out of the list.
   */
  protected settingName(_path: readonly string[]): string | undefined {
    return undefined;
  }

  /** The settings at `paths` by name, once each; nothing when the widget names none. */
  #renderSettingNames(paths: readonly (readonly string[])[]): unknown {
    const names = [...new Set(paths.map((path) => this.settingName(path)).filter((name) => name !== undefined))];
    return names.length
      ? html`<ul class="settings-list">
          ${names.map((name) => html`<li>${bidi(name)}</li>`)}
        </ul>`
      : nothing;
  }

  /** The loaded widget. `view` already includes the customer's unsaved and in-flight changes. */
  protected abstract renderReady(view: D, catalog: C): unknown;
}
