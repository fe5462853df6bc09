import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale, setupLocalization } from '@prefcenter/core';
import { CategoryOptionsFeature } from '../../../packages/elements/src/notification-prefs/features/category-options.js';
import { FeaturesTestHost, expectNone } from './features-test-host.js';

setupLocalization();

async function setup(configure?: (el: FeaturesTestHost) => void) {
  const el = await fixture<FeaturesTestHost>(html`<features-test-host></features-test-host>`);
  configure?.(el);
  const part = new CategoryOptionsFeature(el);
  el.content = () => el.catalog.categories.map((c) => part.renderFor(c));
  await el.updateComplete;
  return { el, part };
}

const category = (el: FeaturesTestHost, id: string) => el.catalog.categories.find((c) => c.id === id)!;
const $ = <E extends Element>(el: FeaturesTestHost, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
const threshold = (el: FeaturesTestHost, id: string) =>
  $<HTMLInputElement>(el, `[data-category="${id}"] .pc-threshold input`);
const labelOf = (input: HTMLElement) =>
  (input.getRootNode() as ShadowRoot)
    .querySelector(`label[for="${input.id}"]`)!
    .textContent!.replace(/\s+/g, ' ')
    .trim();
const describedBy = (input: HTMLElement) =>
  input
    .getAttribute('aria-describedby')!
    .split(' ')
    .map((id) => (input.getRootNode() as ShadowRoot).getElementById(id)!.textContent!.trim())
    .join(' ');

async function typeAndCommit(el: FeaturesTestHost, input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('CategoryOptionsFeature', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('renders nothing for a category with neither frequency nor threshold', async () => {
    const { el, part } = await setup();
    expect(part.hasOptions(category(el, 'statements'))).to.equal(false);
    expect(part.hasOptions(category(el, 'low-balance'))).to.equal(true);
    el.content = () => part.renderFor(category(el, 'statements'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('main')!.children.length).to.equal(0);
  });

  it('offers only the frequencies the category allows, labelled with its name, and saves a choice', async () => {
    const { el } = await setup();
    const select = $<HTMLSelectElement>(el, '[data-category="low-balance"] select');
    expect(labelOf(select)).to.equal('How often for Low balance');
    expect([...select.options].map((o) => [o.value, o.textContent!.trim()])).to.deep.equal([
      ['immediate', 'Immediately'],
      ['daily', 'Daily digest'],
    ]);
    expect(select.value).to.equal('immediate');
    const weekly = $<HTMLSelectElement>(el, '[data-category="product-news"] select');
    expect([...weekly.options].map((o) => o.value)).to.deep.equal(['weekly']);

    select.value = 'daily';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.patches).to.deep.equal([{ frequency: { 'low-balance': 'daily' } }]);
    expect(el.view.frequency['low-balance']).to.equal('daily');
    expect(select.value).to.equal('daily');
  });

  it('shows the saved frequency again when a choice is rolled back or changed elsewhere', async () => {
    const { el } = await setup();
    const select = $<HTMLSelectElement>(el, '[data-category="low-balance"] select');
    select.value = 'daily';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    // The save failed and the widget rolled the view back.
    el.view = { ...el.view, frequency: { 'low-balance': 'immediate' } };
    await el.updateComplete;
    expect(select.value).to.equal('immediate');
    el.view = { ...el.view, frequency: { 'low-balance': 'daily' } };
    await el.updateComplete;
    expect(select.value).to.equal('daily');
  });

  it('shows the threshold in the catalog currency, with a label naming the category', async () => {
    const { el } = await setup();
    const input = threshold(el, 'low-balance');
    expect(labelOf(input)).to.match(/^Threshold for Low balance/);
    expect(input.value).to.equal('100.00');
    expect(input.getAttribute('inputmode')).to.equal('decimal');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.parentElement!.textContent).to.contain('$');
    expect(describedBy(input)).to.contain('Alert me when my balance falls below this amount.');
    expect(describedBy(input)).to.contain('From $10.00 to $5,000.00.');
    // Without a saved value, the catalog default.
    expect(threshold(el, 'large-transaction').value).to.equal('500.00');
    const days = threshold(el, 'payment-due');
    expect(days.value).to.equal('3');
    expect(days.getAttribute('inputmode')).to.equal('numeric');
    expect(days.parentElement!.textContent).to.contain('days');
  });

  it('saves a valid amount on change, not on each keystroke, and shows it formatted', async () => {
    const { el } = await setup();
    const input = threshold(el, 'low-balance');
    input.value = '1250.5';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(el.patches).to.deep.equal([]);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.patches).to.deep.equal([{ thresholds: { 'low-balance': 1250.5 } }]);
    expect(input.value).to.equal('1,250.50');
    // The same value again is not a change.
    await typeAndCommit(el, input, '1,250.50');
    expect(el.patches).to.have.length(1);
  });

  const invalid: [string, string, string][] = [
    ['low-balance', 'abc', 'Enter an amount as a number, for example 1,234.50.'],
    ['low-balance', '', 'Enter an amount.'],
    ['low-balance', '5', 'Enter $10.00 or more.'],
    ['low-balance', '6000', 'Enter $5,000.00 or less.'],
    ['low-balance', '-20', 'Enter a number that is not negative.'],
    ['low-balance', '12.345', 'Use no more than 2 decimal places.'],
    ['large-transaction', '-1', 'Enter a number that is not negative.'],
    ['payment-due', '2.5', 'Enter a whole number of days.'],
    ['payment-due', 'soon', 'Enter a whole number of days.'],
    ['payment-due', '0', 'Enter 1 or more.'],
    ['payment-due', '30', 'Enter 14 or less.'],
    ['payment-due', ' ', 'Enter a number of days.'],
  ];
  for (const [id, text, message] of invalid) {
    it(`explains ${JSON.stringify(text)} for ${id} inline and saves nothing`, async () => {
      const { el } = await setup();
      const input = threshold(el, id);
      await typeAndCommit(el, input, text);
      expect(el.patches).to.deep.equal([]);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(describedBy(input)).to.contain(message);
      expect(el.announcements).to.deep.equal([message]);
      expect(input.value).to.equal(text);
    });
  }

  it('keeps the half-typed text while invalid, through re-renders, and clears the error once fixed', async () => {
    const { el, part } = await setup();
    const input = threshold(el, 'low-balance');
    await typeAndCommit(el, input, '5');
    // Another change re-renders the host; the customer's text stays.
    el.change({ frequency: { 'low-balance': 'daily' } });
    await el.updateComplete;
    expect(threshold(el, 'low-balance').value).to.equal('5');
    expect(threshold(el, 'low-balance').getAttribute('aria-invalid')).to.equal('true');
    // Re-rendered from scratch (e.g. a section collapsed and opened again): still kept.
    el.content = () => null;
    await el.updateComplete;
    el.content = () => el.catalog.categories.map((c) => part.renderFor(c));
    await el.updateComplete;
    const again = threshold(el, 'low-balance');
    expect(again.value).to.equal('5');
    expect(again.getAttribute('aria-invalid')).to.equal('true');
    // Typing follows the error, and clears it once valid; saved only on change.
    again.value = '50';
    again.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(again.getAttribute('aria-invalid')).to.equal('false');
    expectNone(el.shadowRoot!.querySelector('.pc-error'));
    expect(el.patches).to.deep.equal([{ frequency: { 'low-balance': 'daily' } }]);
    again.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.patches.at(-1)).to.deep.equal({ thresholds: { 'low-balance': 50 } });
  });

  it('works by keyboard: type, Enter saves; Escape restores the saved value', async () => {
    const { el } = await setup();
    const input = threshold(el, 'payment-due');
    input.focus();
    input.select();
    await sendKeys({ type: '7' });
    expect(el.patches).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.patches).to.deep.equal([{ thresholds: { 'payment-due': 7 } }]);

    input.select();
    // Distinct digits: WebKit's driver drops a repeated key.
    await sendKeys({ type: '42' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('7');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(el.patches).to.have.length(1);
  });

  it('saves on blur (Tab away)', async () => {
    const { el } = await setup();
    const input = threshold(el, 'large-transaction');
    input.focus();
    input.select();
    await sendKeys({ type: '750' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.patches).to.deep.equal([{ thresholds: { 'large-transaction': 750 } }]);
  });

  it('reads amounts typed in the active locale (German)', async () => {
    await setLocale('de');
    const { el } = await setup();
    const input = threshold(el, 'low-balance');
    expect(input.value).to.equal('100,00');
    await typeAndCommit(el, input, '1.250,75');
    expect(el.patches).to.deep.equal([{ thresholds: { 'low-balance': 1250.75 } }]);
    expect(input.value).to.equal('1.250,75');
  });

  it('respects disabled', async () => {
    const { el } = await setup((host) => (host.disabled = true));
    for (const control of el.shadowRoot!.querySelectorAll('input, select')) {
      expect((control as HTMLInputElement).disabled, control.id).to.equal(true);
    }
  });

  it('uses host overrides, with the category filled in', async () => {
    const { el } = await setup((host) => {
      host.strings = { 'category-options.threshold.label': 'Alert level: {category}' };
    });
    expect(labelOf(threshold(el, 'low-balance'))).to.match(/^Alert level: Low balance/);
  });

  it('renders category labels as text', async () => {
    const { el } = await setup((host) => {
      const catalog = structuredClone(host.catalog);
      catalog.categories[0]!.label = '<img src=x onerror=alert(1)>';
      host.catalog = catalog;
    });
    expectNone(el.shadowRoot!.querySelector('img'));
    expect(labelOf(threshold(el, 'low-balance'))).to.contain('<img src=x onerror=alert(1)>');
  });

  it('is accessible, valid and invalid', async () => {
    const { el } = await setup();
    await expect(el).to.be.accessible();
    await typeAndCommit(el, threshold(el, 'low-balance'), 'abc');
    await expect(el).to.be.accessible();
  });

  it('renders right to left and translated in Arabic', async () => {
    await setLocale('ar');
    const { el } = await setup();
    expect(el.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');
    const input = threshold(el, 'low-balance');
    expect(labelOf(input)).not.to.contain('Threshold for');
    expect(labelOf(input)).to.contain('Low balance');
    // Arabic-Indic digits typed by the customer are read.
    await typeAndCommit(el, input, '٢٥٠');
    expect(el.patches).to.deep.equal([{ thresholds: { 'low-balance': 250 } }]);
    await expect(el).to.be.accessible();
  });
});
