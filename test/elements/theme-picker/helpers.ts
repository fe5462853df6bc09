import { themeDomain, type ThemeAdapter, type ThemePreferences } from '@prefcenter/core';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { FakeBackend } from '../../shared/fake-backend.js';
import { waitUntil } from '../../shared/wait.js';
import { palette } from '../../core/theme/fixtures.js';

export { Deferred } from '../../shared/deferred.js';
export { palette };

export const initialDoc = (fields: Partial<ThemePreferences> = {}): ThemePreferences => ({
  version: 1,
  updatedAt: '2024-05-01T10:00:00Z',
  scheme: 'light',
  accent: 'harbour',
  textScale: 1,
  contrast: 'standard',
  motion: 'full',
  density: 'comfortable',
  ...fields,
});

/**
 * The shared fake backend for the theme domain. Theme tests hand the fake itself to the
 * picker as its adapter, so the adapter's methods are copied onto the instance (and can
 * be replaced there, as a test that brings its own `subscribe` does).
 */
export class FakeThemeAdapter extends FakeBackend<ThemePreferences> implements ThemeAdapter {
  declare getThemeCatalog: ThemeAdapter['getThemeCatalog'];
  declare getThemePreferences: ThemeAdapter['getThemePreferences'];
  declare updateThemePreferences: ThemeAdapter['updateThemePreferences'];

  constructor(doc = initialDoc(), catalog: unknown = palette) {
    super(themeDomain, catalog, doc);
    Object.assign(this, this.adapter);
  }
}

export const shadow = (el: ThemePicker) => el.shadowRoot!;

export function radio(el: ThemePicker, group: string, value: string): HTMLInputElement {
  const input = [...shadow(el).querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)].find(
    (i) => i.value === value,
  );
  if (!input) throw new Error(`No ${group} radio with value ${value}`);
  return input;
}

const spoken = new WeakMap<ThemePicker, string[]>();

/** Keeps everything the live region says, so a later message (such as "Saved") cannot hide an earlier one. */
function listen(el: ThemePicker): void {
  if (spoken.has(el)) return;
  const said: string[] = [];
  spoken.set(el, said);
  const status = shadow(el).querySelector('[part="status"]')!;
  // Without the marks (FSI, PDI) that isolate adapter text such as a swatch's name.
  new MutationObserver(() => said.push((status.textContent ?? '').replace(/[\u2068\u2069]/g, ''))).observe(status, {
    childList: true,
    characterData: true,
    subtree: true,
  });
}

/** Waits until the live region has said something containing `text`; returns that message. */
export async function announced(el: ThemePicker, text: string): Promise<string> {
  listen(el);
  const said = spoken.get(el)!;
  const find = () => said.find((s) => s.includes(text));
  await waitUntil(find, `the live region never said "${text}" (it said ${JSON.stringify(said)})`);
  return find()!;
}

export const token = (target: HTMLElement, name: string) => target.style.getPropertyValue(`--prefs-${name}`).trim();

/** The computed value of a custom property, as the cascade resolves it. */
export const computedToken = (target: Element, name: string) =>
  getComputedStyle(target).getPropertyValue(`--prefs-${name}`).trim();

export async function ready(el: ThemePicker): Promise<void> {
  await el.updateComplete;
  listen(el);
  await waitUntil(() => shadow(el).querySelector('fieldset'), 'the picker never finished loading');
  await el.updateComplete;
}

/**
 * A controllable `matchMedia`, for browsers where the test runner cannot emulate media
 * features. It replaces `window.matchMedia` until `restore()`.
 */
export class FakeMedia {
  private readonly state = new Map<string, boolean>();
  private readonly lists = new Map<string, EventTarget & { matches: boolean; media: string }>();
  private readonly original: typeof window.matchMedia;

  constructor(private readonly win: Window = window) {
    this.original = win.matchMedia;
  }

  install(): this {
    this.win.matchMedia = ((query: string) => this.list(query)) as typeof window.matchMedia;
    return this;
  }

  restore(): void {
    this.win.matchMedia = this.original;
  }

  set(query: string, matches: boolean): void {
    this.state.set(query, matches);
    const list = this.list(query);
    list.dispatchEvent(Object.assign(new Event('change'), { matches, media: query }));
  }

  private list(query: string) {
    let list = this.lists.get(query);
    if (!list) {
      const state = this.state;
      list = Object.defineProperties(new EventTarget(), {
        media: { value: query },
        matches: { get: () => state.get(query) ?? false },
      }) as EventTarget & { matches: boolean; media: string };
      this.lists.set(query, list);
    }
    return list;
  }
}
