import {
  isolate,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationChannel,
  type NotificationPreferences,
  type NotificationsAdapter,
} from '@prefcenter/core';
import { messages } from './messages.js';
import { bidi, h } from './dom.js';
import { VanillaGrid, type Patch } from './grid.js';
import { settings } from './settings.js';

/** Above this many categories the filter box appears, as in <notification-prefs>. */
const filterFrom = 20;

/**
 * The baseline: the markup of a loaded <notification-prefs> (notification-prefs.ts
 * `renderReady` inside PrefsElement's `render`), built by hand in a shadow root that
 * adopts the widget's own style sheets. It loads through the same adapter, draws the
 * rows progressively by the same rule, and on a switch updates the switches, shows the
 * Undo confirmation in the dock below the grid (PrefsElement's `renderDock`), says it in
 * the live region and saves. Adapter text is marked as the widget marks it: `<bdi>` in
 * the markup, core's `isolate` (FSI … PDI) in aria-labels and the live region. It
 * validates nothing and has no notices, filter behaviour, dialogs, keyboard or Undo
 * action: the bench's data and steps do not reach them.
 */
export class VanillaPrefs {
  readonly host = document.createElement('div');
  readonly root: ShadowRoot;
  readonly #adapter: NotificationsAdapter;
  #grid: VanillaGrid | undefined;
  #base: HTMLElement | undefined;
  #status: HTMLElement | undefined;
  #dock: HTMLElement | undefined;
  #marketingNote: HTMLElement | undefined;
  #toast: HTMLElement | undefined;
  #saveStatus: HTMLElement | undefined;

  constructor(adapter: NotificationsAdapter, sheets: CSSStyleSheet[]) {
    this.#adapter = adapter;
    this.root = this.host.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = sheets;
  }

  /** Loads the catalog and the document, then draws the widget. */
  async load(): Promise<void> {
    const controller = new AbortController();
    const [catalog, view] = await Promise.all([
      this.#adapter.getNotificationCatalog({ signal: controller.signal }),
      this.#adapter.getNotificationPreferences({ signal: controller.signal }),
    ]);
    this.#render(catalog, view);
  }

  disconnect(): void {
    this.#grid?.disconnect();
  }

  #render(catalog: NotificationCatalog, view: NotificationPreferences): void {
    const grid = (this.#grid = new VanillaGrid(catalog, view, (patch, pairs, on) => this.#changed(patch, pairs, on)));
    this.#marketingNote = h('p', { id: 'mk', hidden: '' }, messages.marketingOff());
    // Empty (and so not shown) until a confirmation or a refused save is drawn in it.
    this.#dock = h('div', { class: 'dock' });
    this.#status = h('div', {
      part: 'status',
      class: 'sr-only',
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'true',
    });
    this.#base = h(
      'div',
      { part: 'base', class: 'base', lang: 'en' },
      settings(catalog, view),
      catalog.categories.length > filterFrom && filter(),
      grid.grid,
      grid.rest > 0 && grid.spacer,
      this.#dock,
      this.#marketingNote,
      this.#status,
    );
    this.root.append(this.#base);
  }

  /** A switch: the confirmation with Undo, the live region, then the save. */
  #changed(patch: Patch, pairs: Array<[NotificationCategory, NotificationChannel]>, on: boolean): void {
    const message = describe(pairs, on);
    this.#toast?.remove();
    this.#toast = h(
      'div',
      { class: 'pc-undo', part: 'undo', tabindex: -1 },
      h('span', { class: 'pc-undo-message' }, ...bidi(message)),
      h('button', { class: 'pc-undo-button' }, 'Undo'),
    );
    this.#dock!.append(this.#toast);
    this.#status!.textContent = `${message}. Undo available for 10 seconds.`;
    // Sent 300 ms later, as the widget waits 300 ms before it saves, so neither pays for the
    // save inside the timed switch. Each change is sent on its own (the widget merges quick
    // ones): the bench waits for a save before its next click.
    setTimeout(() => void this.#save(patch), 300);
  }

  async #save(patch: Patch): Promise<void> {
    const grid = this.#grid!;
    this.#showSaveStatus('Saving…');
    const controller = new AbortController();
    grid.view = await this.#adapter.updateNotificationPreferences(patch, {
      version: grid.view.version,
      idempotencyKey: crypto.randomUUID(),
      signal: controller.signal,
    });
    this.#showSaveStatus('Saved');
    this.#status!.textContent = 'Saved';
  }

  #showSaveStatus(text: string): void {
    if (!this.#saveStatus) {
      this.#saveStatus = h('p', { class: 'save-status', part: 'save-status', 'aria-hidden': 'true' });
      this.#marketingNote!.before(this.#saveStatus);
    }
    this.#saveStatus.textContent = text;
  }
}

function filter(): HTMLElement {
  return h(
    'div',
    { class: 'filter', part: 'filter' },
    h('label', { for: 'filter' }, messages.filterLabel()),
    h('input', { id: 'filter', type: 'search', autocomplete: 'off', 'aria-describedby': 'filter-count' }),
    h('span', { id: 'filter-count', class: 'hint' }),
  );
}

/** As features/undo.ts: "SMS for Low balance: on" for one cell (the names isolated), else "Change made". */
function describe(pairs: Array<[NotificationCategory, NotificationChannel]>, on: boolean): string {
  if (pairs.length !== 1) return 'Change made';
  const [category, channel] = pairs[0]!;
  return `${isolate(channel.label)} for ${isolate(category.label)}: ${on ? 'on' : 'off'}`;
}
