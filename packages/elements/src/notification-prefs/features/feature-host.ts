import type { NotificationCatalog, NotificationPreferences, PreferencesPatch, ResourceActions } from '@prefcenter/core';

/**
 * What a sub-feature of <notification-prefs> (quiet hours, pause, marketing, a category's
 * frequency and threshold, history, undo) may use of its host element. Each feature has a
 * `render()` (category options: `renderFor(category)`, drawn in the category's Options
 * dialog) and keeps its own transient state (a half-typed amount, an open panel) while the
 * host keeps the document. The features with a life cycle of their own (history stops
 * loading, undo stops its timer when the host leaves the page) are Lit reactive controllers.
 */
export interface NotificationFeatureHost {
  /** The document as the customer sees it, including unsaved changes. */
  readonly view: NotificationPreferences;
  readonly catalog: NotificationCatalog;
  /**
   * Applies a change at once and saves it through the resource controller. A change that
   * turns a security category off asks the customer first, so it may apply later or never:
   * `settled(applied)` is called once it is known (at once when nothing needs asking).
   */
  change(patch: PreferencesPatch<NotificationPreferences>, settled?: (applied: boolean) => void): void;
  /** The host's override of a visible string, else the translated default. */
  t(key: string, fallback: string): string;
  /** Says something in the widget's one live region. */
  announce(message: string): void;
  requestUpdate(): void;
  /** Fires from the host element, for events that must come from it. */
  dispatchEvent(event: Event): boolean;
  readonly disabled: boolean;
  /** The domain's actions (history): features never call the adapter themselves. */
  readonly actions: Pick<
    ResourceActions<NotificationPreferences, NotificationCatalog>,
    'offers' | 'state' | 'run' | 'reset'
  >;
}
