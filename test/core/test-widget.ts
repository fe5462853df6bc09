import { html } from 'lit';
import {
  PrefsElement,
  themeDomain,
  themeMethods,
  type ReadOptions,
  type ChangeMeta,
  type PreferencesPatch,
  type ThemeAdapter,
  type ThemeCatalog,
  type ThemePreferences,
} from '@prefcenter/core';
import { CallQueue, Deferred } from './helpers.js';

/** The smallest real widget: the theme domain, one button that changes the scheme. */
export class TestWidget extends PrefsElement<ThemePreferences, ThemeCatalog> {
  protected readonly definition = themeDomain;
  protected readonly requiredMethods = themeMethods;

  get controller() {
    return this.resource;
  }

  protected renderReady(view: ThemePreferences, catalog: ThemeCatalog) {
    return html`<p class="scheme">${view.scheme} ${catalog.swatches[0]?.name}</p>
      <button class="dark" @click=${() => this.resource.change({ scheme: 'dark' })}>Dark</button>
      ${this.renderSaveState()}`;
  }
}
customElements.define('test-prefs-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-prefs-widget': TestWidget;
  }
}

export const themeDoc = (version = 1, fields: Partial<ThemePreferences> = {}): ThemePreferences => ({
  version,
  updatedAt: '2024-05-01T10:00:00Z',
  scheme: 'light',
  textScale: 1,
  contrast: 'standard',
  motion: 'full',
  density: 'comfortable',
  ...fields,
});

export const themeCatalog: ThemeCatalog = { swatches: [{ id: 'blue', name: 'Harbour blue', light: '#1155cc' }] };

interface Read<T> {
  options: ReadOptions;
  deferred: Deferred<T>;
}

/** A theme adapter whose every answer the test gives by hand. */
export function fakeThemeAdapter() {
  const catalogs = new CallQueue<Read<unknown>>();
  const loads = new CallQueue<Read<unknown>>();
  const saves = new CallQueue<{
    patch: PreferencesPatch<ThemePreferences>;
    meta: ChangeMeta;
    deferred: Deferred<unknown>;
  }>();
  const read = (queue: CallQueue<Read<unknown>>) => (options: ReadOptions) => {
    const deferred = new Deferred<unknown>();
    queue.push({ options, deferred });
    return deferred.promise as Promise<never>;
  };
  const adapter: ThemeAdapter = {
    getThemeCatalog: read(catalogs),
    getThemePreferences: read(loads),
    updateThemePreferences: (patch, meta) => {
      const deferred = new Deferred<unknown>();
      saves.push({ patch, meta, deferred });
      return deferred.promise as Promise<never>;
    },
  };
  /** Answers the next load with a valid catalog and `document`. */
  const answerLoad = async (document: unknown = themeDoc()) => {
    (await catalogs.next()).deferred.resolve(themeCatalog);
    (await loads.next()).deferred.resolve(document);
  };
  return { adapter, catalogs, loads, saves, answerLoad };
}
