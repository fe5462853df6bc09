import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import type { PrefsAdapter } from '../adapter.js';
import { adapterContext } from './context.js';

/**
 * Gives every widget inside it the same adapter, so a host wires its backend once per
 * page.
 *
 * @summary Provides an adapter to the widgets inside it.
 * @slot - The widgets, and any of the host's own markup.
 */
export class PrefsProvider extends LitElement {
  // Declared without decorators, as in the widgets, so the decorator module does not ship.
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
  };

  // Layout belongs to the host: the provider itself draws no box.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  readonly #provider = new ContextProvider(this, { context: adapterContext });

  /** The adapter the widgets inside use, unless a widget has its own `.adapter`. */
  get adapter(): PrefsAdapter | undefined {
    return this.#provider.value;
  }

  set adapter(adapter: PrefsAdapter | undefined) {
    // At once, as a decorator's provider would, not at the next render: widgets inside
    // that are already waiting hear of it now.
    this.#provider.setValue(adapter);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prefs-provider': PrefsProvider;
  }
}
