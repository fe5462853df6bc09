import { expect, fixture, html } from '@open-wc/testing';
import { AdapterError } from '@prefcenter/core';
import '../../../packages/elements/src/theme-picker/define.js';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { waitUntil } from '../../shared/wait.js';
import { FakeThemeAdapter, initialDoc, palette, radio, ready, shadow } from './helpers.js';

async function setup(adapter: FakeThemeAdapter, width = 760) {
  const target = await fixture<HTMLElement>(html`<div></div>`);
  const el = await fixture<ThemePicker>(
    html`<theme-picker
      storage-key=""
      style="inline-size: ${width}px"
      .target=${target}
      .adapter=${adapter}
    ></theme-picker>`,
  );
  await ready(el);
  return el;
}

describe('<theme-picker> hardening', () => {
  it('a swatch name of 2,000 unbroken characters stays inside the picker, isolated in a <bdi>', async () => {
    // 2,000 characters, the schema's most.
    const long = (id: string) => `${id}${'W'.repeat(2000)}`.slice(0, 2000);
    const catalog = { ...palette, swatches: palette.swatches.map((s) => ({ ...s, name: long(s.id) })) };
    for (const width of [760, 320]) {
      const el = await setup(new FakeThemeAdapter(initialDoc(), catalog), width);
      const base = shadow(el).querySelector('[part="base"]')!;
      expect(el.scrollWidth, `at ${width}px`).to.be.at.most(el.clientWidth + 1);
      expect(base.scrollWidth, `at ${width}px`).to.be.at.most(base.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth + 1);
      const names = [...shadow(el).querySelectorAll('[data-group="accent"] bdi')].map((b) => b.textContent);
      expect(names).to.deep.equal(catalog.swatches.map((s) => s.name));
    }
  });

  it('takes swatch ids named like Object.prototype members, saves a choice of one, and reads strings by own key', async () => {
    const ids = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
    const catalog = {
      defaultAccent: 'toString',
      swatches: ids.map((id, i) => ({
        id,
        name: `Swatch ${i}`,
        light: ['#0b5cad', '#1e6b34', '#7a1f5c', '#5a3e00', '#224466'][i]!,
      })),
    };
    const adapter = new FakeThemeAdapter(initialDoc({ accent: 'constructor' }), catalog);
    const el = await setup(adapter);
    expect(radio(el, 'accent', 'constructor').checked).to.equal(true);
    radio(el, 'accent', '__proto__').click();
    await waitUntil(() => adapter.document.accent === '__proto__', 'the choice was not saved');
    expect(Object.getPrototypeOf(adapter.document)).to.equal(Object.prototype);
    el.strings = { 'scheme.light': 'Bright {constructor}' };
    await el.updateComplete;
    const labels = [...shadow(el).querySelectorAll('label')].map((l) => l.textContent!);
    expect(labels.some((t) => t.includes('Bright {constructor}'))).to.equal(true);
    expect(labels.some((t) => t.includes('native code') || t.includes('function'))).to.equal(false);
  });

  it('a refused choice is docked in sight, focus stays, and Retry sends focus back to the choice', async () => {
    const adapter = new FakeThemeAdapter();
    adapter.holdSaves = true;
    const el = await setup(adapter);
    const dark = radio(el, 'scheme', 'dark');
    dark.focus();
    dark.click();
    (await adapter.save(1)).fail(new AdapterError('network', 'offline'));
    await waitUntil(() => shadow(el).querySelector('[part="save-error"]'), 'no refusal shown');
    const notice = shadow(el).querySelector<HTMLElement>('[part="save-error"]')!;
    expect(getComputedStyle(notice.parentElement!).position).to.equal('sticky');
    expect(shadow(el).activeElement, 'focus is not taken').to.equal(dark);
    const retry = notice.querySelector('button')!;
    retry.focus();
    retry.click();
    (await adapter.save(2)).confirm();
    await waitUntil(() => shadow(el).activeElement === dark, 'Retry did not send focus back');
  });

  it('a page rule on every element cannot blank the picker’s text', async () => {
    const style = document.createElement('style');
    style.textContent = '* { --pc-color-text: transparent; --pc-color-accent: transparent; }';
    document.head.append(style);
    try {
      const el = await setup(new FakeThemeAdapter());
      const legend = shadow(el).querySelector('legend')!;
      expect(getComputedStyle(legend).color).to.not.equal('rgba(0, 0, 0, 0)');
    } finally {
      style.remove();
    }
  });
});
