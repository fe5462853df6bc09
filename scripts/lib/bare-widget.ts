// The floor of `npm run size`: a widget that loads, saves and shows every shared state
// through core (skeleton, errors with Retry, save bar, conflicts, live region), and draws
// one paragraph when ready. What any @prefcenter widget costs before its own code.
import { PrefsElement, themeDomain, themeMethods, type ThemeCatalog, type ThemePreferences } from '@prefcenter/core';
import { html } from 'lit';

class BareWidget extends PrefsElement<ThemePreferences, ThemeCatalog> {
  protected readonly definition = themeDomain;
  protected readonly requiredMethods = themeMethods;
  protected renderReady() {
    return html`<p>Ready</p>`;
  }
}
customElements.define('bare-widget', BareWidget);
