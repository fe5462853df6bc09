import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { PrefsAdapter } from '../adapter.js';
import { adapterContext } from './context.js';

/**
 * Gives every @prefcenter widget inside it the same adapter, so a host wires its
 * backend once per page.
 *
 * @summary Provides an adapter to the widgets inside it.
 * @slot - The widgets, and any of the host's own markup.
 */
export class PrefsProvider extends LitElement {
  /** The adapter the widgets inside use, unless a widget has its own `.adapter`. */
  @provide({ context: adapterContext })
  @property({ attribute: false })
  adapter: PrefsAdapter | undefined;

  // Layout belongs to the host: the provider itself draws no box.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prefs-provider': PrefsProvider;
  }
}
