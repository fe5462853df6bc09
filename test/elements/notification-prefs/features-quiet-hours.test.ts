import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { browserTimeZone, setLocale, setupLocalization, type NotificationPreferences } from '@prefcenter/core';
import { QuietHoursFeature } from '../../../packages/elements/src/notification-prefs/features/quiet-hours.js';
import { FeaturesTestHost, baseCatalog, basePreferences, expectNone, expectSame } from './features-test-host.js';

setupLocalization();

const quiet: NotificationPreferences['quietHours'] = {
  enabled: true,
  start: '22:00',
  end: '07:00',
  timeZone: 'Europe/Paris',
  allowCritical: true,
};

async function setup(configure?: (el: FeaturesTestHost, part: QuietHoursFeature) => void) {
  const el = await fixture<FeaturesTestHost>(html`<features-test-host></features-test-host>`);
  const part = new QuietHoursFeature(el);
  configure?.(el, part);
  el.content = () => part.render();
  await el.updateComplete;
  return { el, part };
}

function withQuietHours(el: FeaturesTestHost, value = quiet) {
  el.view = { ...basePreferences(), quietHours: value };
}

const $ = <E extends Element>(el: FeaturesTestHost, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const input = (el: FeaturesTestHost, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
const toggle = (el: FeaturesTestHost) => $<HTMLInputElement>(el, 'input[role="switch"]')!;

async function setValue(el: FeaturesTestHost, control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const describedBy = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => (control.getRootNode() as ShadowRoot).getElementById(id)!.textContent!.trim())
    .join(' ');

describe('QuietHoursFeature', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('starts off; turning it on saves the whole setting in the browser time zone', async () => {
    const { el } = await setup();
    const sw = toggle(el);
    expect(sw.checked).to.equal(false);
    // A native checkbox exposes its own state; an aria-checked beside it could only disagree.
    expect(sw.hasAttribute('aria-checked')).to.equal(false);
    expectNone($(el, 'input[type="time"]'));
    sw.click();
    await el.updateComplete;
    expect(el.patches).to.deep.equal([
      {
        quietHours: { enabled: true, start: '22:00', end: '07:00', timeZone: browserTimeZone(), allowCritical: true },
      },
    ]);
    expect(el.announcements).to.deep.equal(['Quiet hours on.']);
    expect(input(el, 'pc-quiet-start').value).to.equal('22:00');
    expect(input(el, 'pc-quiet-end').value).to.equal('07:00');
    // Once saved, only what changes is written.
    toggle(el).click();
    await el.updateComplete;
    expect(el.patches[1]).to.deep.equal({ quietHours: { enabled: false } });
    expect(el.announcements[1]).to.equal('Quiet hours off.');
  });

  it('shows an overnight range as such and saves a changed time alone', async () => {
    const { el } = await setup((host) => withQuietHours(host));
    expect($(el, '#pc-quiet-overnight')!.textContent).to.contain('end the next day');
    expect(describedBy(input(el, 'pc-quiet-end'))).to.contain('end the next day');
    await setValue(el, input(el, 'pc-quiet-end'), '06:30');
    expect(el.patches).to.deep.equal([{ quietHours: { end: '06:30' } }]);
    await setValue(el, input(el, 'pc-quiet-start'), '01:00');
    expect(el.patches[1]).to.deep.equal({ quietHours: { start: '01:00' } });
    expectNone($(el, '#pc-quiet-overnight'));
  });

  it('explains a range that starts and ends at the same time, saves nothing, and saves once fixed', async () => {
    const { el } = await setup((host) => withQuietHours(host));
    const start = input(el, 'pc-quiet-start');
    await setValue(el, start, '07:00');
    expect(el.patches).to.deep.equal([]);
    expect(start.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(start)).to.equal('Quiet hours cannot start and end at the same time.');
    expect(el.announcements).to.deep.equal(['Quiet hours cannot start and end at the same time.']);
    // A re-render from elsewhere keeps what was typed.
    el.change({ frequency: { 'low-balance': 'daily' } });
    await el.updateComplete;
    expect(input(el, 'pc-quiet-start').value).to.equal('07:00');
    // Fixing the other end saves both.
    await setValue(el, input(el, 'pc-quiet-end'), '08:00');
    expect(el.patches.at(-1)).to.deep.equal({ quietHours: { start: '07:00', end: '08:00' } });
    expect(input(el, 'pc-quiet-start').getAttribute('aria-invalid')).to.equal('false');
    expectNone($(el, '.pc-error'));
  });

  it('explains an empty time and saves nothing', async () => {
    const { el } = await setup((host) => withQuietHours(host));
    const end = input(el, 'pc-quiet-end');
    await setValue(el, end, '');
    expect(el.patches).to.deep.equal([]);
    expect(end.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(end)).to.contain('Enter a time');
  });

  it('offers the time zones in a list and saves a choice', async function () {
    const { el, part } = await setup((host) => withQuietHours(host));
    // Reason: the list needs Intl.supportedValuesOf; the typed fallback is tested below.
    if (!part.timeZones) this.skip();
    const select = $<HTMLSelectElement>(el, 'select#pc-quiet-zone')!;
    expect(select.value).to.equal('Europe/Paris');
    const other = part.timeZones!.find((z) => z !== 'Europe/Paris')!;
    await setValue(el, select, other);
    expect(el.patches).to.deep.equal([{ quietHours: { timeZone: other } }]);
  });

  it('asks Intl for the time zones only when the list is first drawn, and once', async function () {
    const original = Object.getOwnPropertyDescriptor(Intl, 'supportedValuesOf');
    // Reason: an engine whose Intl.supportedValuesOf cannot be replaced cannot be counted.
    if (original && !original.configurable) this.skip();
    let asked = 0;
    const counted = (key: string) => {
      asked++;
      return original ? (original.value as (key: string) => string[]).call(Intl, key) : ['Europe/Paris'];
    };
    try {
      Object.defineProperty(Intl, 'supportedValuesOf', { value: counted, writable: true, configurable: true });
      const { el } = await setup();
      expect(asked, 'with quiet hours off').to.equal(0);
      withQuietHours(el);
      await el.updateComplete;
      expect($(el, 'select#pc-quiet-zone'), 'the list').to.exist;
      el.requestUpdate();
      await el.updateComplete;
      expect(asked, 'after two renders with the list').to.equal(1);
    } finally {
      if (original) Object.defineProperty(Intl, 'supportedValuesOf', original);
      else delete (Intl as { supportedValuesOf?: unknown }).supportedValuesOf;
    }
  });

  it('keeps a saved zone the list does not know', async () => {
    const { el } = await setup((host, part) => {
      part.timeZones = ['Europe/Paris', 'Asia/Tokyo'];
      withQuietHours(host, { ...quiet!, timeZone: 'Etc/GMT+5' });
    });
    const select = $<HTMLSelectElement>(el, 'select#pc-quiet-zone')!;
    expect(select.value).to.equal('Etc/GMT+5');
    expect(select.options.length).to.equal(3);
  });

  it('without a list, checks a typed time zone with Intl before saving it', async () => {
    const { el } = await setup((host, part) => {
      part.timeZones = undefined;
      withQuietHours(host);
    });
    const zone = input(el, 'pc-quiet-zone');
    expect(zone.type).to.equal('text');
    expect(zone.value).to.equal('Europe/Paris');
    await setValue(el, zone, 'Mars/Olympus_Mons');
    expect(el.patches).to.deep.equal([]);
    expect(zone.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(zone)).to.contain('Enter a time zone');
    expect(zone.value).to.equal('Mars/Olympus_Mons');
    await setValue(el, zone, 'Asia/Tokyo');
    expect(el.patches).to.deep.equal([{ quietHours: { timeZone: 'Asia/Tokyo' } }]);
    expect(zone.getAttribute('aria-invalid')).to.equal('false');
  });

  it('lets critical alerts through, naming them', async () => {
    const { el } = await setup((host) => withQuietHours(host));
    const critical = $<HTMLInputElement>(el, 'input[type="checkbox"]:not([role])')!;
    expect(critical.checked).to.equal(true);
    expect(critical.parentElement!.textContent).to.contain('Let critical alerts through');
    expect(describedBy(critical)).to.equal('Critical alerts: Security alerts.');
    critical.click();
    await el.updateComplete;
    expect(el.patches).to.deep.equal([{ quietHours: { allowCritical: false } }]);
  });

  it('names the first ten critical alerts and counts the rest', async () => {
    const { el } = await setup((host) => {
      withQuietHours(host);
      host.catalog = {
        ...baseCatalog(),
        categories: Array.from({ length: 12 }, (_, i) => ({
          id: `alert-${i + 1}`,
          sectionId: 'security',
          label: `Alert ${i + 1}`,
          channels: ['email'],
          critical: true,
        })),
      };
    });
    const list = $(el, '#pc-quiet-critical')!;
    expect(list.querySelectorAll('bdi')).to.have.length(10);
    expect(list.textContent).to.match(/^Critical alerts: Alert 1, .*, Alert 10, and 2 more\.$/);
  });

  it('works by keyboard', async () => {
    const { el } = await setup();
    toggle(el).focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.patches).to.have.length(1);
    expect(toggle(el).checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expectSame(el.shadowRoot!.activeElement, input(el, 'pc-quiet-start'));
  });

  it('respects disabled', async () => {
    const { el } = await setup((host) => {
      withQuietHours(host);
      host.disabled = true;
    });
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select')];
    expect(controls.length).to.be.greaterThan(4);
    for (const control of controls) expect(control.disabled, control.id).to.equal(true);
  });

  // A short zone list: axe takes seconds on WebKit for each of the ~400 options of the full one.
  const shortList = (part: QuietHoursFeature) => (part.timeZones &&= [...part.timeZones.slice(0, 20), 'Europe/Paris']);

  it('is accessible when off', async () => {
    const { el } = await setup((_, part) => shortList(part));
    await expect(el).to.be.accessible();
  });

  it('is accessible when on', async () => {
    const { el } = await setup((host, part) => {
      shortList(part);
      withQuietHours(host);
    });
    await expect(el).to.be.accessible();
  });

  it('is accessible with an invalid range', async () => {
    const { el } = await setup((host, part) => {
      shortList(part);
      withQuietHours(host);
    });
    await setValue(el, input(el, 'pc-quiet-start'), '07:00');
    await expect(el).to.be.accessible();
  });

  it('renders right to left and translated in Arabic', async () => {
    await setLocale('ar');
    const { el } = await setup((host, part) => {
      shortList(part);
      withQuietHours(host);
    });
    expect($(el, '[dir]')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, 'h3')!.textContent!.trim()).not.to.equal('Quiet hours');
    expect(toggle(el).parentElement!.textContent!.trim()).not.to.equal('Use quiet hours');
    await expect(el).to.be.accessible();
  });
});
