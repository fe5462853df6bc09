import { expect, fixture, html } from '@open-wc/testing';
import { setLocale, setupLocalization } from '@prefcenter/core';
import '../../../packages/elements/src/theme-picker/define.js';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { FakeThemeAdapter, announced, radio, ready, shadow } from './helpers.js';

describe('<theme-picker> in Arabic', () => {
  before(async () => {
    setupLocalization();
    await setLocale('ar');
  });
  after(async () => {
    await setLocale('en');
  });

  async function picker(mode = 'auto') {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <theme-picker .adapter=${new FakeThemeAdapter()} storage-key="" mode=${mode}></theme-picker>
      </div>`,
    );
    const el = wrapper.querySelector<ThemePicker>('theme-picker')!;
    el.target = wrapper;
    await ready(el);
    return { el, target: wrapper };
  }

  it('renders translated labels right to left', async () => {
    const { el } = await picker();
    const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    const legends = [...shadow(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['نظام الألوان', 'لون التمييز', 'تباين عالٍ', 'الحركة', 'الكثافة']);
    expect(radio(el, 'scheme', 'dark').closest('label')!.textContent!.trim()).to.equal('داكن');
    expect(shadow(el).querySelector('[part="reset-button"]')!.textContent!.trim()).to.equal(
      'استعادة الإعدادات الافتراضية',
    );
    expect(shadow(el).querySelector('figcaption')!.textContent!.trim()).to.equal('معاينة');
    expect(getComputedStyle(shadow(el).querySelector('.options')!).direction).to.equal('rtl');
    // Logical properties: the first option sits at the right edge of its row.
    const options = shadow(el).querySelector('.options')!.getBoundingClientRect();
    const first = radio(el, 'scheme', 'light').closest('label')!.getBoundingClientRect();
    expect(Math.abs(options.right - first.right)).to.be.lessThan(1);
    const percent = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(1);
    expect(shadow(el).querySelector('output')!.textContent!.trim()).to.equal(percent);
    await expect(el).to.be.accessible();
  });

  it('announces changes in Arabic', async () => {
    const { el, target } = await picker();
    radio(el, 'scheme', 'dark').click();
    await el.updateComplete;
    expect(target.dataset['prefsScheme']).to.equal('dark');
    await announced(el, 'تم تطبيق السمة الداكنة');
  });

  it('labels manual mode Apply in Arabic', async () => {
    const { el } = await picker('manual');
    const labels = [...shadow(el).querySelectorAll('[part="save-bar"] button')].map((b) => b.textContent!.trim());
    expect(labels[0]).to.equal('تطبيق');
  });
});
