import { expect } from '@open-wc/testing';
import { setLocale, setupLocalization } from '@prefcenter/core';
import { sendKeys } from '@web/test-runner-commands';
import { $, control, FakeAdapter, focused, mount, plain } from './helpers.js';

describe('<notification-prefs> in Arabic', () => {
  before(async () => {
    setupLocalization();
    await setLocale('ar');
  });
  after(async () => {
    await setLocale('en');
  });

  it('is translated and right to left, with arrow keys following the reading direction', async () => {
    const el = await mount(new FakeAdapter());
    const base = $(el, '[part="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect($(el, '[role="grid"]').getAttribute('aria-label')).to.equal('إعدادات الإشعارات');
    const row = control(el, 'كل القنوات لـ Large transactions');
    expect(control(el, 'Email لـ Large transactions')).to.exist;
    expect($(el, '[part="notice"]').textContent).to.contain('تحتاج SMS إلى رقم هاتف موثَّق.');
    // A section's count says what it counts, in Arabic too (digits as the locale writes them).
    expect($(el, '[role="grid"] h3 .count').textContent!.trim()).to.match(/^\S+ من \S+ مفعّلة$/);
    expect(getComputedStyle($(el, '[role="grid"]')).direction).to.equal('rtl');
    // The row switch sits to the left of the name in right-to-left.
    const name = row.closest('[role="row"]')!.querySelector('[role="rowheader"]')!;
    expect(row.getBoundingClientRect().right).to.be.at.most(name.getBoundingClientRect().left + 1);
    await expect(el).to.be.accessible();

    row.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(plain(focused(el)!.getAttribute('aria-label')!)).to.equal('Email لـ Large transactions');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(row);
  });
});
