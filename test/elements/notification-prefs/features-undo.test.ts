import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  applyMergePatch,
  setLocale,
  setupLocalization,
  type NotificationPreferences,
  type PreferencesPatch,
} from '@prefcenter/core';
import { inverseMergePatch, UndoFeature } from '../../../packages/elements/src/notification-prefs/features/undo.js';
import { FeaturesTestHost, basePreferences, expectNone, expectSame } from './features-test-host.js';
import { waitUntil } from '../../shared/wait.js';

setupLocalization();

type Patch = PreferencesPatch<NotificationPreferences>;

describe('inverseMergePatch', () => {
  const before = {
    ...basePreferences(),
    quietHours: { enabled: true, start: '22:00', end: '07:00', timeZone: 'Europe/Paris', allowCritical: true },
    pausedUntil: '2030-01-01T00:00:00+01:00',
  } satisfies NotificationPreferences;

  const cases: [string, Patch, Patch][] = [
    ['a flipped leaf', { subscriptions: { offers: { sms: false } } }, { subscriptions: { offers: { sms: true } } }],
    [
      'a new leaf becomes null',
      { subscriptions: { offers: { push: true } } },
      { subscriptions: { offers: { push: null } } },
    ],
    [
      'a new category becomes null as a whole',
      { subscriptions: { statements: { email: true } } },
      { subscriptions: { statements: null } },
    ],
    ['a removed field comes back', { pausedUntil: null }, { pausedUntil: '2030-01-01T00:00:00+01:00' }],
    [
      'a removed object comes back whole',
      { quietHours: null },
      {
        quietHours: { enabled: true, start: '22:00', end: '07:00', timeZone: 'Europe/Paris', allowCritical: true },
      },
    ],
    ['removing what did not exist stays null', { marketingConsent: null }, { marketingConsent: null }],
    [
      'several leaves at several depths',
      { frequency: { 'low-balance': 'daily', 'payment-due': 'weekly' }, thresholds: { 'low-balance': 250 } },
      { frequency: { 'low-balance': 'immediate', 'payment-due': null }, thresholds: { 'low-balance': 100 } },
    ],
    [
      'an unchanged value inverts to itself',
      { thresholds: { 'low-balance': 100 } },
      { thresholds: { 'low-balance': 100 } },
    ],
  ];
  for (const [name, patch, expected] of cases) {
    it(name, () => {
      const inverse = inverseMergePatch(before, patch);
      expect(inverse).to.deep.equal(expected);
      // Applying the patch and then its inverse gives back the document.
      expect(applyMergePatch(applyMergePatch(before, patch), inverse)).to.deep.equal(before);
    });
  }

  it('restores a value that a patch replaced with an object, and removes an object made from nothing', () => {
    const doc = { a: 5, b: { c: 1 } };
    const patch = { a: { x: 1 }, d: { e: { f: 1 } }, b: { c: { g: 2 } } };
    const inverse = inverseMergePatch(doc, patch);
    expect(inverse).to.deep.equal({ a: 5, d: null, b: { c: 1 } });
    expect(applyMergePatch(applyMergePatch(doc, patch), inverse)).to.deep.equal(doc);
  });

  it('removes an empty object the patch created', () => {
    const doc = { a: 1 };
    const patch = { b: {} };
    expect(applyMergePatch(doc, patch)).to.deep.equal({ a: 1, b: {} });
    const inverse = inverseMergePatch(doc, patch);
    expect(inverse).to.deep.equal({ b: null });
    expect(applyMergePatch(applyMergePatch(doc, patch), inverse)).to.deep.equal(doc);
  });

  it('does not mutate or share its inputs', () => {
    const doc = structuredClone(before);
    const patch: Patch = { quietHours: null };
    const inverse = inverseMergePatch(doc, patch);
    expect(doc).to.deep.equal(before);
    expect(patch).to.deep.equal({ quietHours: null });
    (inverse.quietHours as { start: string }).start = '01:00';
    expect(doc.quietHours.start).to.equal('22:00');
  });
});

async function setup(configure?: (el: FeaturesTestHost, part: UndoFeature) => void) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="outside">Outside</button>
      <features-test-host></features-test-host>
    </div>`,
  );
  const el = wrapper.querySelector('features-test-host')!;
  await el.updateComplete;
  const part = new UndoFeature(el);
  configure?.(el, part);
  el.content = () => part.render();
  // Like the element: every change is recorded with the document it was made on.
  const apply = el.change.bind(el);
  el.change = (patch, settled) => {
    const before = el.view;
    apply(patch);
    part.record(patch, before);
    settled?.(true);
  };
  await el.updateComplete;
  return { el, part, wrapper };
}

const toast = (el: FeaturesTestHost) => el.shadowRoot!.querySelector<HTMLElement>('.pc-undo');
const undoButton = (el: FeaturesTestHost) => el.shadowRoot!.querySelector<HTMLButtonElement>('.pc-undo-button')!;
const message = (el: FeaturesTestHost) => el.shadowRoot!.querySelector('.pc-undo-message')!.textContent!.trim();

describe('UndoFeature', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('shows nothing until a change is recorded', async () => {
    const { el, part } = await setup();
    expectNone(toast(el));
    expect(part.durationMs).to.equal(10_000);
  });

  it('confirms a change, and Undo applies its inverse and announces it', async () => {
    const { el } = await setup();
    const before = el.view;
    el.change({ subscriptions: { 'low-balance': { sms: true } } });
    await el.updateComplete;
    expect(message(el)).to.equal('SMS for Low balance: on');
    undoButton(el).click();
    await el.updateComplete;
    expect(el.patches).to.deep.equal([
      { subscriptions: { 'low-balance': { sms: true } } },
      { subscriptions: { 'low-balance': { sms: false } } },
    ]);
    expect(el.view).to.deep.equal(before);
    expect(el.announcements).to.deep.equal([
      'SMS for Low balance: on. Undo available for 10 seconds.',
      'Change undone',
    ]);
    // The undo itself is not offered for undoing.
    expect(message(el)).to.equal('Change undone');
    expectNone(el.shadowRoot!.querySelector('.pc-undo-button'));
  });

  const described: [string, Patch, string][] = [
    ['a channel off', { subscriptions: { offers: { email: false } } }, 'Email for Offers: off'],
    ['a frequency', { frequency: { 'low-balance': 'daily' } }, 'Low balance: Daily digest'],
    ['an amount', { thresholds: { 'low-balance': 250 } }, 'Threshold for Low balance: $250.00'],
    ['a number of days', { thresholds: { 'payment-due': 5 } }, 'Threshold for Payment due: 5'],
    ['quiet hours', { quietHours: { enabled: false } }, 'Quiet hours changed'],
    ['a pause', { pausedUntil: '2030-01-01T00:00:00Z' }, 'Notifications paused'],
    ['a resume', { pausedUntil: null }, 'Notifications resumed'],
    [
      'a marketing withdrawal',
      { marketingConsent: { granted: false, at: '2030-01-01T00:00:00Z' }, subscriptions: { offers: { email: false } } },
      'Marketing turned off',
    ],
    ['several fields', { subscriptions: { offers: { email: false, sms: false } } }, 'Change made'],
  ];
  for (const [name, patch, text] of described) {
    it(`describes ${name}`, async () => {
      const { el } = await setup();
      el.change(patch);
      await el.updateComplete;
      expect(message(el)).to.equal(text);
    });
  }

  it('announces the change and that Undo is available, for how long', async () => {
    const { el } = await setup((_, p) => (p.durationMs = 30_000));
    el.change({ frequency: { 'low-balance': 'daily' } });
    await el.updateComplete;
    expect(el.announcements).to.deep.equal(['Low balance: Daily digest. Undo available for 30 seconds.']);
    // The category's name is isolated (FSI…PDI) in the sentence.
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal(
      '\u2068Low balance\u2069: Daily digest. Undo available for 30 seconds.',
    );
  });

  it('goes away after durationMs', async () => {
    const { el, part } = await setup((_, p) => (p.durationMs = 50));
    el.change({ frequency: { 'low-balance': 'daily' } });
    await el.updateComplete;
    expect(part.visible).to.equal(true);
    await waitUntil(() => !part.visible, 'the toast should go away');
    await el.updateComplete;
    expectNone(toast(el));
  });

  it('a new change replaces the previous toast, and Undo undoes the latest', async () => {
    const { el } = await setup();
    el.change({ frequency: { 'low-balance': 'daily' } });
    el.change({ thresholds: { 'low-balance': 300 } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.pc-undo').length).to.equal(1);
    expect(message(el)).to.equal('Threshold for Low balance: $300.00');
    undoButton(el).click();
    await el.updateComplete;
    expect(el.patches.at(-1)).to.deep.equal({ thresholds: { 'low-balance': 100 } });
    expect(el.view.frequency['low-balance']).to.equal('daily');
  });

  it('does not take focus', async () => {
    const { el, wrapper } = await setup();
    const outside = wrapper.querySelector<HTMLButtonElement>('#outside')!;
    outside.focus();
    el.change({ frequency: { 'low-balance': 'daily' } });
    await el.updateComplete;
    expectSame(document.activeElement, outside);
    expect(toast(el)!.getAttribute('role')).to.equal(null);
  });

  it('waits while focus is in it, then starts its time again', async () => {
    const { el, part, wrapper } = await setup((_, p) => (p.durationMs = 40));
    el.change({ frequency: { 'low-balance': 'daily' } });
    await el.updateComplete;
    undoButton(el).focus();
    // Several durations pass while focused: the toast stays (the one sleep here is the point of the test).
    await aTimeout(200);
    expect(part.visible).to.equal(true);
    wrapper.querySelector<HTMLButtonElement>('#outside')!.focus();
    await waitUntil(() => !part.visible, 'the toast should go away once focus leaves');
  });

  it('works by keyboard: Tab to Undo, Enter; focus stays in the toast', async () => {
    const { el, wrapper } = await setup();
    wrapper.querySelector<HTMLButtonElement>('#outside')!.focus();
    el.change({ subscriptions: { offers: { sms: false } } });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expectSame(el.shadowRoot!.activeElement, undoButton(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.patches.at(-1)).to.deep.equal({ subscriptions: { offers: { sms: true } } });
    expectSame(el.shadowRoot!.activeElement, toast(el));
  });

  it('clears its timer and toast when the host disconnects', async () => {
    const { el, part, wrapper } = await setup((_, p) => (p.durationMs = 30));
    el.change({ frequency: { 'low-balance': 'daily' } });
    await el.updateComplete;
    const cleared: unknown[] = [];
    const original = window.clearTimeout;
    window.clearTimeout = ((id?: number) => {
      cleared.push(id);
      original(id);
    }) as typeof window.clearTimeout;
    try {
      el.remove();
    } finally {
      window.clearTimeout = original;
    }
    expect(cleared).to.have.length(1);
    expect(part.visible).to.equal(false);
    wrapper.append(el);
    await el.updateComplete;
    expectNone(toast(el));
  });

  it('turns its entrance animation off for reduced motion', async () => {
    const { el } = await setup();
    const sheets = [...el.shadowRoot!.adoptedStyleSheets, ...[...el.shadowRoot!.styleSheets]];
    const reduced = sheets
      .flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('prefers-reduced-motion'))
      .flatMap((r) => [...r.cssRules])
      .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '.pc-undo');
    expect(reduced.map((r) => r.style.animationName)).to.include('none');
  });

  it('respects disabled', async () => {
    const { el } = await setup();
    el.change({ frequency: { 'low-balance': 'daily' } });
    el.disabled = true;
    await el.updateComplete;
    expect(undoButton(el).disabled).to.equal(true);
  });

  it('is accessible, shown and undone', async () => {
    const { el } = await setup();
    el.change({ frequency: { 'low-balance': 'daily' } });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    undoButton(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders right to left and translated in Arabic', async () => {
    await setLocale('ar');
    const { el } = await setup();
    el.change({ subscriptions: { offers: { email: false, sms: false } } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');
    expect(message(el)).not.to.equal('Change made');
    expect(undoButton(el).textContent!.trim()).not.to.equal('Undo');
    await expect(el).to.be.accessible();
  });
});
