import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDateTime, setLocale, setupLocalization } from '@prefcenter/core';
import { MarketingFeature } from '../../../packages/elements/src/notification-prefs/features/marketing.js';
import { FeaturesTestHost, expectNone } from './features-test-host.js';

setupLocalization();

const at = '2030-03-04T05:06:07.000Z';

async function setup(configure?: (el: FeaturesTestHost, part: MarketingFeature) => void) {
  const el = await fixture<FeaturesTestHost>(html`<features-test-host></features-test-host>`);
  const part = new MarketingFeature(el);
  part.now = () => new Date(at);
  configure?.(el, part);
  el.content = () => part.render();
  await el.updateComplete;
  return { el, part };
}

const toggle = (el: FeaturesTestHost) => el.shadowRoot!.querySelector<HTMLInputElement>('input[role="switch"]')!;
const text = (el: FeaturesTestHost) => el.shadowRoot!.querySelector('section')!.textContent!.replace(/\s+/g, ' ');

describe('MarketingFeature', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('without a recorded decision, is on when a marketing channel is on', async () => {
    const { el } = await setup();
    expect(toggle(el).checked).to.equal(true);
    expect(text(el)).to.contain('No choice recorded yet.');
    expect(toggle(el).parentElement!.textContent!.trim()).to.equal('Receive marketing messages');
  });

  it('withdrawing records the decision and switches every marketing channel off in one change', async () => {
    const { el } = await setup();
    toggle(el).click();
    await el.updateComplete;
    expect(el.patches).to.deep.equal([
      {
        marketingConsent: { granted: false, at, source: 'web' },
        subscriptions: {
          offers: { email: false, sms: false },
          'product-news': { email: false, push: false },
        },
      },
    ]);
    // Other categories are untouched.
    expect(el.view.subscriptions['low-balance']).to.deep.equal({ email: true, sms: false });
    expect(toggle(el).checked).to.equal(false);
    // A native checkbox exposes its own state; an aria-checked beside it could only disagree.
    expect(toggle(el).hasAttribute('aria-checked')).to.equal(false);
    expect(text(el)).to.contain(`You withdrew your consent on ${formatDateTime(at)}.`);
    expect(el.announcements).to.deep.equal(['Marketing turned off on every channel.']);
  });

  it('giving consent again switches no channel on, and says so', async () => {
    const { el } = await setup((host) => {
      host.view = {
        ...host.view,
        subscriptions: { ...host.view.subscriptions, offers: { email: false, sms: false } },
        marketingConsent: { granted: false, at: '2029-01-01T00:00:00Z', source: 'branch' },
      };
    });
    expect(toggle(el).checked).to.equal(false);
    expect(text(el)).to.contain('Turning this on does not switch any marketing channel on');
    toggle(el).click();
    await el.updateComplete;
    expect(el.patches).to.deep.equal([{ marketingConsent: { granted: true, at, source: 'web' } }]);
    expect(el.view.subscriptions.offers).to.deep.equal({ email: false, sms: false });
    expect(text(el)).to.contain(`You agreed on ${formatDateTime(at)}.`);
    expect(el.announcements[0]).to.contain('No channel was switched on');
    // The date is written again for another locale.
    const english = formatDateTime(at);
    await setLocale('de');
    el.requestUpdate();
    await el.updateComplete;
    const german = formatDateTime(at);
    expect(german).to.not.equal(english);
    expect(text(el)).to.contain(german);
  });

  it('draws nothing without marketing categories', async () => {
    const { el } = await setup((host) => {
      host.catalog = { ...host.catalog, categories: host.catalog.categories.filter((c) => !c.marketing) };
    });
    expectNone(el.shadowRoot!.querySelector('section'));
  });

  it('works by keyboard', async () => {
    const { el } = await setup();
    toggle(el).focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.patches).to.have.length(1);
    expect(toggle(el).checked).to.equal(false);
  });

  it('respects disabled', async () => {
    const { el } = await setup((host) => (host.disabled = true));
    expect(toggle(el).disabled).to.equal(true);
  });

  it('is accessible, on and off', async () => {
    const { el } = await setup();
    await expect(el).to.be.accessible();
    toggle(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders right to left and translated in Arabic', async () => {
    await setLocale('ar');
    const { el } = await setup((host) => {
      host.view = { ...host.view, marketingConsent: { granted: true, at, source: 'web' } };
    });
    expect(el.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');
    expect(text(el)).not.to.contain('You agreed');
    expect(text(el)).to.contain(formatDateTime(at));
    await expect(el).to.be.accessible();
  });
});
