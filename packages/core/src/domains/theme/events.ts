import { PrefsEvent } from '../../events.js';
import type { ThemeChoice } from './schema.js';
import type { ResolvedTheme } from '../../theme/boot.js';

export interface PrefsThemeAppliedDetail {
  /** The choice as the customer made it ("system" included). */
  choice: ThemeChoice;
  /** What it came to now, and the accent colour painted. */
  resolved: ResolvedTheme;
  /** The element the theme was applied to. */
  target: HTMLElement;
  /**
   * Why: `load` (the saved choice arrived), `change` (the customer's change, shown before
   * it is saved), `confirm` (saved, or changed elsewhere), `rollback` (a save failed and
   * the previous theme is back), `system` (a followed system setting changed), `default`
   * (the palette could not be read, so the default theme is in use).
   */
  reason: 'load' | 'change' | 'confirm' | 'rollback' | 'system' | 'default';
}

/** A theme was applied to the page (or the host's target element). Bubbles and is composed. */
export class PrefsThemeAppliedEvent extends PrefsEvent {
  static readonly eventName = 'prefs-theme-applied';
  constructor(readonly detail: PrefsThemeAppliedDetail) {
    super(PrefsThemeAppliedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'prefs-theme-applied': PrefsThemeAppliedEvent;
  }
}
