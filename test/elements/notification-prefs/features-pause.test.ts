import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDateTime, setLocale, setupLocalization } from '@prefcenter/core';
import { PauseFeature } from '../../../packages/elements/src/notification-prefs/features/pause.js';
import { isoWithOffset } from '../../../packages/elements/src/notification-prefs/features/feature-support.js';
import { FeaturesTestHost, baseCatalog, expectNone, expectSame } from './features-test-host.js';

setupLocalization();

/** A fixed clock: 10 January 2030, 09:30 local time. */
const now = () => new Date(2030, 0, 10, 9, 30);

async function setup(configure?: (el: FeaturesTestHost, part: PauseFeature) => void) {
  const el = await fixture<FeaturesTestHost>(html`<features-test-host></features-test-host>`);
  const part = new PauseFeature(el);
  part.now = now;
  configure?.(el, part);
  el.content = () => part.render();
  await el.updateComplete;
  return { el, part };
}

const $ = <E extends Element>(el: FeaturesTestHost, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const button = (el: FeaturesTestHost, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const text = (el: FeaturesTestHost) => el.shadowRoot!.querySelector('section')!.textContent!.replace(/\s+/g, ' ');
const isoOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

function paused(el: FeaturesTestHost, until: Date) {
  el.view = { ...el.view, pausedUntil: isoWithOffset(until) };
}

async function submitDate(el: FeaturesTestHost, value: string) {
  const input = $<HTMLInputElement>(el, '#pc-pause-date')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  button(el, 'Pause until this date').click();
  await el.updateComplete;
  return input;
}

describe('PauseFeature', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('offers a day, a week or a date, and says what still gets through', async () => {
    const { el } = await setup();
    expect(text(el)).to.contain('Pause everything that is not essential.');
    expect(text(el)).to.contain('Still sent while paused: Security alerts.');
    expect(button(el, 'Pause for a day')).to.be.instanceOf(HTMLButtonElement);
    expect(button(el, 'Pause for a week')).to.be.instanceOf(HTMLButtonElement);
    const input = $<HTMLInputElement>(el, '#pc-pause-date')!;
    expect(input.type).to.equal('date');
    expect(input.min).to.equal('2030-01-11');
  });

  it('names the first ten alerts still sent and counts the rest, in the words a host may override', async () => {
    const many = (el: FeaturesTestHost, count: number) => {
      const catalog = baseCatalog();
      el.catalog = {
        ...catalog,
        categories: Array.from({ length: count }, (_, i) => ({
          id: `alert-${i + 1}`,
          sectionId: 'security',
          label: `Alert ${i + 1}`,
          channels: ['email'],
          critical: true,
        })),
      };
    };
    const { el } = await setup((host) => many(host, 25));
    const essentials = $(el, '#pc-pause-essentials')!;
    expect([...essentials.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal(
      Array.from({ length: 10 }, (_, i) => `Alert ${i + 1}`),
    );
    expect(essentials.textContent).to.equal(
      `Still sent while paused: ${Array.from({ length: 10 }, (_, i) => `Alert ${i + 1}`).join(', ')}, and 15 more.`,
    );
    el.strings = { 'list-more': '{count} other alerts' };
    await el.updateComplete;
    expect(essentials.textContent).to.match(/Alert 10, and 15 other alerts\.$/);
    await setLocale('de');
    el.strings = {};
    await el.updateComplete;
    expect(essentials.textContent).to.match(/Alert 10 und 15 weitere\.$/);
    // Eleven are all named: "and 1 more" would say less than the name.
    many(el, 11);
    await el.updateComplete;
    expect(essentials.querySelectorAll('bdi')).to.have.length(11);
  });

  it('pauses for a day with an ISO date-time with offset, then shows when it ends', async () => {
    const { el } = await setup();
    button(el, 'Pause for a day').click();
    await el.updateComplete;
    expect(el.patches).to.have.length(1);
    const until = el.patches[0]!.pausedUntil as string;
    expect(until).to.match(isoOffset);
    expect(new Date(until).getTime()).to.equal(new Date(2030, 0, 11, 9, 30).getTime());
    const shown = formatDateTime(new Date(2030, 0, 11, 9, 30), { dateStyle: 'full', timeStyle: 'short' });
    expect(text(el)).to.contain(`Paused until ${shown}`);
    expect(el.announcements).to.deep.equal([`Notifications paused until ${shown}.`]);
    // Focus moves from the button that went away to the one that replaced it.
    expectSame(el.shadowRoot!.activeElement, button(el, 'Resume notifications'));
  });

  it('pauses for a week', async () => {
    const { el } = await setup();
    button(el, 'Pause for a week').click();
    await el.updateComplete;
    expect(new Date(el.patches[0]!.pausedUntil as string).getTime()).to.equal(new Date(2030, 0, 17, 9, 30).getTime());
  });

  it('pauses until the start of a chosen future date', async () => {
    const { el } = await setup();
    await submitDate(el, '2030-02-01');
    expect(el.patches).to.have.length(1);
    const until = el.patches[0]!.pausedUntil as string;
    expect(until).to.match(isoOffset);
    expect(until.slice(0, 19)).to.equal('2030-02-01T00:00:00');
  });

  for (const [value, message] of [
    ['2030-01-10', 'Choose a date after today.'],
    ['2029-12-31', 'Choose a date after today.'],
    ['', 'Choose a date.'],
    ['2030-02-31', 'Choose a date.'],
  ]) {
    it(`explains ${JSON.stringify(value)} inline and does not pause`, async () => {
      const { el } = await setup();
      const input = await submitDate(el, value!);
      expect(el.patches).to.deep.equal([]);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const error = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(error.textContent!.trim()).to.equal(message);
      expect(el.announcements).to.deep.equal([message]);
      expectSame(el.shadowRoot!.activeElement, input);
    });
  }

  it('clears the date error once the date is fixed', async () => {
    const { el } = await setup();
    const input = await submitDate(el, '2030-01-01');
    input.value = '2030-01-15';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expectNone($(el, '.pc-error'));
  });

  it('resumes with a merge patch that removes the pause', async () => {
    const { el } = await setup((host) => paused(host, new Date(2030, 0, 12, 8, 0)));
    button(el, 'Resume notifications').click();
    await el.updateComplete;
    expect(el.patches).to.deep.equal([{ pausedUntil: null }]);
    expect('pausedUntil' in el.view).to.equal(false);
    expect(el.announcements).to.deep.equal(['Notifications resumed.']);
    expectSame(el.shadowRoot!.activeElement, button(el, 'Pause for a day'));
  });

  it('treats a pause that already ended as not paused', async () => {
    const { el } = await setup((host) => paused(host, new Date(2030, 0, 9)));
    expect(text(el)).not.to.contain('Paused until');
    expect(button(el, 'Pause for a day')).to.be.instanceOf(HTMLButtonElement);
  });

  it('works by keyboard: pause, then resume', async () => {
    const { el } = await setup();
    button(el, 'Pause for a day').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.patches).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.patches[1]).to.deep.equal({ pausedUntil: null });
  });

  it('respects disabled', async () => {
    const { el } = await setup((host) => (host.disabled = true));
    for (const control of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button, input')) {
      expect(control.disabled).to.equal(true);
    }
  });

  it('is accessible in each state', async () => {
    const { el } = await setup();
    await expect(el).to.be.accessible();
    await submitDate(el, '2020-01-01');
    await expect(el).to.be.accessible();
    paused(el, new Date(2030, 0, 12));
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders right to left, translated, with the date in Arabic', async () => {
    await setLocale('ar');
    const until = new Date(2030, 0, 12, 8, 0);
    const { el } = await setup((host) => paused(host, until));
    expect($(el, '[dir]')!.getAttribute('dir')).to.equal('rtl');
    expect(text(el)).not.to.contain('Paused until');
    expect(text(el)).to.contain(formatDateTime(until, { dateStyle: 'full', timeStyle: 'short' }));
    await expect(el).to.be.accessible();
  });
});
