import { expect, fixture, html } from '@open-wc/testing';
import { setLocale, setupLocalization } from '@prefcenter/core';
import '../../../packages/elements/src/theme-picker/define.js';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { FakeThemeAdapter, announced, radio, ready, shadow } from './helpers.js';

const label = (el: ThemePicker, group: string, value: string) =>
  radio(el, group, value).closest('label')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<theme-picker> strings: keys are message ids without `theme-picker.`', () => {
  after(() => setLocale('en'));

  async function picker(strings: Record<string, string>, mode = 'auto') {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <theme-picker .adapter=${new FakeThemeAdapter()} .strings=${strings} storage-key="" mode=${mode}></theme-picker>
      </div>`,
    );
    const el = wrapper.querySelector<ThemePicker>('theme-picker')!;
    el.target = wrapper;
    await ready(el);
    return el;
  }

  it('overrides its own labels, and ignores the old camelCase keys', async () => {
    const el = await picker({ 'scheme.dark': 'Night', reset: 'Start over', contrastOff: 'old key', dark: 'old key' });
    expect(label(el, 'scheme', 'dark')).to.equal('Night');
    expect(label(el, 'contrast', 'standard')).to.equal('Off');
    expect(shadow(el).querySelector('[part="reset-button"]')!.textContent!.trim()).to.equal('Start over');
    expect(shadow(el).textContent).not.to.contain('old key');
    await expect(el).to.be.accessible();
  });

  it('fills {what} the same in an overridden announcement as in the English', async () => {
    const el = await picker({ 'announce.applied': '{what} is on', 'scheme.dark.announce': 'Night mode' });
    radio(el, 'scheme', 'dark').click();
    await announced(el, 'Night mode is on');
    radio(el, 'scheme', 'light').click();
    await announced(el, 'Light theme is on');
  });

  it('says Apply in manual mode under its own key, `apply`, and core’s keys for the rest', async () => {
    const el = await picker({ apply: 'Use it', cancel: 'Never mind', save: 'ignored in the picker' }, 'manual');
    const labels = [...shadow(el).querySelectorAll('[part="save-bar"] button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['Use it', 'Never mind']);
  });

  it('fills {what} in a translation as in an override', async () => {
    setupLocalization();
    await setLocale('fr');
    const el = await picker({ 'scheme.light.announce': 'Clair comme le jour' });
    radio(el, 'scheme', 'dark').click();
    await announced(el, 'Réglage appliqué : Thème sombre');
    radio(el, 'scheme', 'light').click();
    await announced(el, 'Réglage appliqué : Clair comme le jour');
  });
});
