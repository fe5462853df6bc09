import { expect, fixture, html } from '@open-wc/testing';
import {
  defaultThemeChoice,
  readThemeCache,
  ThemeController,
  type PrefsThemeAppliedEvent,
  type ThemeChoice,
} from '@prefcenter/core';
import { LitElement } from 'lit';

/** A composite center of its own: it paints a theme with no picker on the page. */
class ThemedHost extends LitElement {
  target: HTMLElement | string | undefined;
  storageKey = '';
  readonly theme = new ThemeController(this, { target: () => this.target, storageKey: () => this.storageKey });
  readonly applied: PrefsThemeAppliedEvent[] = [];
  constructor() {
    super();
    this.addEventListener('prefs-theme-applied', (event) => this.applied.push(event));
  }
}
customElements.define('test-themed-host', ThemedHost);

const dark: ThemeChoice = { ...defaultThemeChoice, scheme: 'dark' };

async function setup(storageKey = '') {
  const wrapper = await fixture<HTMLElement>(html`<div><test-themed-host></test-themed-host></div>`);
  const host = wrapper.querySelector<ThemedHost>('test-themed-host')!;
  host.target = wrapper;
  host.storageKey = storageKey;
  return { host, target: wrapper };
}

describe('ThemeController', () => {
  it('paints a choice on its target once, and says so with prefs-theme-applied', async () => {
    const { host, target } = await setup();
    host.theme.show(dark, undefined, { reason: () => 'load' });
    expect(target.style.colorScheme).to.equal('dark');
    expect(host.applied.map((e) => [e.detail.reason, e.detail.target === target])).to.deep.equal([['load', true]]);
    host.theme.show(dark, undefined);
    expect(host.applied.length, 'the same plan is not painted again').to.equal(1);
    host.theme.show(defaultThemeChoice, undefined);
    expect(target.style.colorScheme).to.equal('light');
    expect(host.applied.at(-1)!.detail.reason).to.equal('confirm');
  });

  it('remembers a choice for the boot script, but not a live one until it is released', async () => {
    const key = `theme-controller-${Date.now()}`;
    const { host } = await setup(key);
    host.theme.show(dark, undefined, { live: true });
    expect(readThemeCache(key)).to.equal(undefined);
    host.theme.show(dark, undefined);
    expect(readThemeCache(key)?.scheme).to.equal('dark');
    host.theme.show(defaultThemeChoice, undefined, { keepCache: true });
    expect(readThemeCache(key)?.scheme, 'keepCache leaves the remembered choice').to.equal('dark');
    localStorage.removeItem(key);
  });

  it('leaves the page alone once its host is off the page, and paints again when it is back', async () => {
    const { host, target } = await setup();
    host.theme.show(dark, undefined);
    host.remove();
    host.theme.show(defaultThemeChoice, undefined);
    expect(target.style.colorScheme).to.equal('dark');
    target.append(host);
    host.theme.show(dark, undefined);
    expect(host.applied.length, 'back on the page, it paints again').to.equal(2);
  });

  it('moves the theme when the target changes, clearing the old one', async () => {
    const { host, target } = await setup();
    host.theme.show(dark, undefined);
    const other = document.createElement('section');
    target.append(other);
    host.target = other;
    host.theme.show(dark, undefined);
    expect(other.style.colorScheme).to.equal('dark');
    expect(target.style.colorScheme).to.equal('');
  });
});
