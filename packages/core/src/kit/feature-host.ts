import type { PreferencesPatch } from '../adapter.js';
import type { ResourceActions } from '../controller/resource-actions.js';
import type { Text } from '../l10n/text.js';
import type { Versioned } from '../schemas/common.js';

/**
 * What a widget's sub-feature (a settings panel, a dialog's body, history, undo) may use of
 * its widget: the document as the customer sees it, a way to change it, the widget's
 * strings and live region, and the domain's actions. A feature keeps its own transient
 * state (a half-typed amount, an open panel) while the widget keeps the document; a
 * feature with a life cycle of its own is a Lit reactive controller of the same host.
 */
export interface FeatureHost<D extends Versioned, C, A extends string = string> {
  /** The document as the customer sees it, including unsaved changes. */
  readonly view: D;
  readonly catalog: C;
  /**
   * Applies a change at once and saves it through the resource controller. A widget may
   * ask the customer first (turning security alerts off), so it may apply later or never:
   * `settled(applied)` is called once it is known (at once when nothing needs asking).
   */
  change(patch: PreferencesPatch<D>, settled?: (applied: boolean) => void): void;
  /**
   * A visible sentence, as the widget's own `text(id, english, values)`: the host's override
   * (keyed by the id without the widget's prefix) else the translation, `{name}`s filled.
   */
  readonly text: Text;
  /** Says something in the widget's one live region. */
  announce(message: string): void;
  requestUpdate(): void;
  /** Fires from the widget, for events that must come from it. */
  dispatchEvent(event: Event): boolean;
  readonly disabled: boolean;
  /** The domain's actions (`A`: their names): features never call the adapter themselves. */
  readonly actions: Pick<ResourceActions<D, C, A>, 'offers' | 'state' | 'run' | 'reset'>;
  readonly updateComplete: Promise<boolean>;
}

/**
 * A DOM id made from a catalog id. Catalog ids may hold spaces or other characters that
 * would break an `aria-describedby` list, so anything outside `[A-Za-z0-9_-]` is encoded.
 */
export function featureId(prefix: string, raw: string): string {
  return `${prefix}-${raw.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}
