import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ThemeCatalog, ThemeChoice } from '../domains/theme/schema.js';
import { clearTheme, followsSystem, themePlan, watchSystemTheme } from './apply.js';
import { paintTheme, writeThemeCache, type ThemePlan } from './boot.js';
import { PrefsThemeAppliedEvent, type PrefsThemeAppliedDetail } from '../domains/theme/events.js';

export type ThemeApplyReason = PrefsThemeAppliedDetail['reason'];

export interface ThemeControllerOptions {
  /** Where the theme goes: an element, a CSS selector for one, or the page's root when unset. */
  target: () => HTMLElement | string | undefined;
  /** The `localStorage` key the boot script reads; empty to keep no cache. */
  storageKey: () => string;
}

export interface ThemeShowOptions {
  /** Not a choice yet (a text size being dragged): painted, but not cached. */
  live?: boolean;
  /** Why it is painted, asked only when something is painted (the default is `confirm`). */
  reason?: () => ThemeApplyReason;
  /** The palette could not be read: paint, but leave the customer's cached choice alone. */
  keepCache?: boolean;
}

/**
 * Paints a theme choice on the page (or the host's target element) and remembers it for
 * the boot script, so the next visit starts in the right theme. It repaints only when
 * what it paints changes, follows the system when the choice does, and leaves the page
 * alone once its host is off the page. `<theme-picker>` paints through it, and so can a
 * composite preference center that shows no picker at all. Each paint fires
 * `prefs-theme-applied` from the host.
 */
export class ThemeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ThemeControllerOptions;
  #key: string | undefined;
  #target: HTMLElement | undefined;
  #plan: ThemePlan | undefined;
  #choice: ThemeChoice | undefined;
  /** The page shows a live choice the cache does not have yet. */
  #uncached = false;
  #stopWatching: (() => void) | undefined;
  #missingTarget: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ThemeControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether a choice has been painted since the host (re)joined the page. */
  get painted(): boolean {
    return this.#key !== undefined;
  }

  hostConnected(): void {
    this.#stopWatching = watchSystemTheme(() => {
      if (this.#choice && followsSystem(this.#choice)) this.#paint('system');
      // What the host draws from the system (a preview, contrast notes) follows it too.
      this.#host.requestUpdate();
    });
    // Back on the page: paint again, whatever the page did meanwhile.
    this.#key = undefined;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  /** Paints `choice` with `palette` on the target, when it is not what the target already shows. */
  show(choice: ThemeChoice, palette: ThemeCatalog | undefined, options: ThemeShowOptions = {}): void {
    // A host taken off the page leaves the page alone, even when a save it sent ends later.
    if (!this.#host.isConnected) return;
    const target = this.#resolveTarget();
    if (!target) return;
    const plan = themePlan(choice, palette);
    const key = JSON.stringify(plan);
    const live = options.live ?? false;
    if (key === this.#key && target === this.#target) {
      // A live choice, released where the page already shows it: now it is a choice.
      if (this.#uncached && !live) this.#cache(plan);
      return;
    }
    const reason = options.reason?.() ?? 'confirm';
    // The host moved the theme elsewhere: the old target goes back to its own styles.
    if (this.#target && this.#target !== target) clearTheme(this.#target);
    this.#key = key;
    this.#target = target;
    this.#plan = plan;
    this.#choice = choice;
    this.#uncached = live;
    if (!options.keepCache && !live) this.#cache(plan);
    this.#paint(reason);
  }

  #cache(plan: ThemePlan): void {
    this.#uncached = false;
    const key = this.#options.storageKey();
    if (key) writeThemeCache(plan, key);
  }

  #paint(reason: ThemeApplyReason): void {
    const target = this.#target;
    if (!target || !this.#plan || !this.#choice) return;
    const resolved = paintTheme(this.#plan, target);
    this.#host.dispatchEvent(new PrefsThemeAppliedEvent({ choice: this.#choice, resolved, target, reason }));
  }

  #resolveTarget(): HTMLElement | undefined {
    const target = this.#options.target();
    if (!target) return document.documentElement;
    if (typeof target !== 'string') return target;
    let found: HTMLElement | undefined;
    try {
      found = document.querySelector<HTMLElement>(target) ?? undefined;
    } catch {
      // Not a valid selector: treated as no match, and said once below.
    }
    if (!found && this.#missingTarget !== target) {
      this.#missingTarget = target;
      console.warn(`[prefcenter] found no theme target element for "${target}"; the theme is not applied.`);
    }
    return found;
  }
}
