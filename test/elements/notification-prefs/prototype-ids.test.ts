import { expect, html } from '@open-wc/testing';
import {
  AdapterError,
  errorMessage,
  ownValue,
  type NotificationCatalog,
  type NotificationPreferences,
} from '@prefcenter/core';
import { assertNoPollution, prototypeNames, prototypeSnapshot } from '../../shared/fuzz-runs.js';
import { waitUntil } from '../../shared/wait.js';
import { $, $$, FakeAdapter, button, control, mount, status } from './helpers.js';

/** Every section, channel and category named like an Object.prototype member; one channel not ready. */
function prototypeCatalog(): NotificationCatalog {
  return {
    currency: 'USD',
    sections: prototypeNames.map((id, i) => ({ id, label: `Section ${i}` })),
    channels: [
      { id: 'constructor', label: 'Email', ready: true },
      { id: 'toString', label: 'Push', ready: true },
      { id: 'valueOf', label: 'SMS', requires: 'verified-phone', ready: false },
      { id: 'hasOwnProperty', label: 'Post', ready: false },
    ],
    categories: [
      { id: 'constructor', sectionId: '__proto__', label: 'Deposits', channels: ['constructor', 'toString'] },
      {
        id: 'hasOwnProperty',
        sectionId: 'constructor',
        label: 'Statements',
        channels: ['constructor', 'toString', 'valueOf'],
        frequencies: ['immediate', 'daily'],
        threshold: { kind: 'balance-below', min: 0, default: 100 },
      },
      { id: 'toString', sectionId: 'valueOf', label: 'Offers', channels: ['constructor', 'toString'], marketing: true },
      { id: 'valueOf', sectionId: 'toString', label: 'Tips', channels: ['toString'], marketing: true },
    ],
  };
}

function prototypePreferences(): NotificationPreferences {
  return JSON.parse(`{
    "version": 1,
    "updatedAt": "2026-05-01T10:00:00Z",
    "subscriptions": {
      "constructor": { "constructor": true },
      "toString": { "constructor": true, "toString": true },
      "valueOf": { "toString": true }
    },
    "frequency": {},
    "thresholds": {}
  }`) as NotificationPreferences;
}

describe('notification-prefs with ids named like Object.prototype members', () => {
  let snapshot: ReturnType<typeof prototypeSnapshot>;
  beforeEach(() => {
    snapshot = prototypeSnapshot();
  });
  afterEach(() => assertNoPollution(snapshot));

  it('loads, showing channels that are not ready as such', async () => {
    const el = await mount(new FakeAdapter(prototypeCatalog(), prototypePreferences()));
    expect($(el, '[part="error"]')).to.equal(null);
    expect($$(el, '[part="notice"]')).to.have.length(2);
    expect(control(el, 'Email for Deposits').getAttribute('aria-checked')).to.equal('true');
    expect(control(el, 'Push for Deposits').getAttribute('aria-checked')).to.equal('false');
    expect(control(el, 'Email for Statements').getAttribute('aria-checked')).to.equal('false');
    expect(control(el, 'SMS for Statements').getAttribute('aria-disabled')).to.equal('true');
  });

  it('saves a click on a cell, a row and a column as own fields, and says "Saved" only then', async () => {
    const adapter = new FakeAdapter(prototypeCatalog(), prototypePreferences());
    const el = await mount(adapter);
    control(el, 'Push for Deposits').click();
    await adapter.nextSave.promise;
    await waitUntil(() => status(el) === 'Saved');
    expect(ownValue(adapter.doc.subscriptions, 'constructor')).to.deep.equal({ constructor: true, toString: true });
    control(el, 'All channels for Statements').click();
    await adapter.nextSave.promise;
    await waitUntil(() => control(el, 'Push for Statements').getAttribute('aria-checked') === 'true');
    expect(Object.hasOwn(adapter.doc.subscriptions, 'hasOwnProperty')).to.equal(true);
    expect(ownValue(adapter.doc.subscriptions, 'hasOwnProperty')).to.deep.equal({ constructor: true, toString: true });
    control(el, 'Email for all notifications').click();
    const save = await adapter.nextSave.promise;
    // Every Email cell is on now, so the column switches them all off.
    expect(Object.keys(save.patch.subscriptions!)).to.have.members(['constructor', 'hasOwnProperty', 'toString']);
    await el.updateComplete;
    expect(control(el, 'Email for Offers').getAttribute('aria-checked')).to.equal('false');
  });

  it('withdrawing marketing consent switches off every marketing category, whatever its id', async () => {
    const adapter = new FakeAdapter(prototypeCatalog(), prototypePreferences());
    const el = await mount(adapter);
    const consent = $<HTMLInputElement>(el, '.pc-marketing input[role="switch"]');
    expect(consent.checked).to.equal(true);
    consent.click();
    const save = await adapter.nextSave.promise;
    expect(ownValue(save.patch.subscriptions, 'toString')).to.deep.equal({ constructor: false, toString: false });
    expect(ownValue(save.patch.subscriptions, 'valueOf')).to.deep.equal({ toString: false });
    await waitUntil(() => adapter.saves.length === 1 && status(el).includes('Saved'), 'never saved');
    expect(ownValue(adapter.doc.subscriptions, 'toString')).to.deep.equal({ constructor: false, toString: false });
    expect(ownValue(adapter.doc.subscriptions, 'valueOf')).to.deep.equal({ toString: false });
  });

  it('reads a frequency and a threshold stored for such a category, and none where none is stored', async () => {
    const document = prototypePreferences();
    const el = await mount(new FakeAdapter(prototypeCatalog(), document));
    const options = $$<HTMLButtonElement>(el, 'button.options')[0]!;
    options.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'dialog input[type="text"]');
    expect(input.value, 'the default, not Object.prototype.hasOwnProperty').to.equal('100.00');
    expect($<HTMLSelectElement>(el, 'dialog select').value).to.equal('immediate');
  });

  it('fills only own values into a host text: {constructor} stays as written', async () => {
    const el = await mount(
      new FakeAdapter(prototypeCatalog(), prototypePreferences()),
      html`<notification-prefs .strings=${{ 'cell.name': '{channel}/{constructor}/{toString}' }}></notification-prefs>`,
    );
    expect(control(el, 'Email/{constructor}/{toString}')).to.exist;
  });

  it('refuses a category or a channel named __proto__, naming it, since no document can keep a choice for it', async () => {
    // zod's records drop a key named __proto__ (as JSON.parse drops it from object shapes),
    // so a click on such a cell would be lost while the widget says "Saved".
    for (const [field, path] of [
      ['channels', 'channels[0].id'],
      ['categories', 'categories[0].id'],
    ] as const) {
      const catalog: NotificationCatalog = {
        currency: 'USD',
        sections: [{ id: '__proto__', label: 'Section' }],
        channels: [{ id: 'email', label: 'Email', ready: true }],
        categories: [{ id: 'deposits', sectionId: '__proto__', label: 'Deposits', channels: ['email'] }],
      };
      catalog[field][0]!.id = '__proto__';
      if (field === 'channels') catalog.categories[0]!.channels = ['__proto__'];
      const el = await mount(new FakeAdapter(catalog));
      const error = $(el, '[part="error"]');
      expect(error.textContent, field).to.contain(errorMessage('invalid-response'));
      expect(error.textContent).to.contain(path);
      expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
      el.remove();
    }
  });

  it('says what a refused change of an unknown kind means, and never reaches Object.prototype', async () => {
    expect(errorMessage('constructor' as never)).to.equal(errorMessage('unavailable'));
    expect(errorMessage('toString' as never)).to.equal(errorMessage('unavailable'));
  });
});

describe('notification-prefs: a whole row or column chosen after a refused change', () => {
  it('speaks for the cells of the refused change too, so Retry cannot undo the choice', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    // Email is on, Push off. Email off is refused, so Email shows on again.
    adapter.failNext = new AdapterError('network', 'offline');
    control(el, 'Email for Large transactions').click();
    await waitUntil(() => $(el, '[part="save-error"]'), 'no error shown');
    await el.updateComplete;
    expect(control(el, 'Email for Large transactions').getAttribute('aria-checked')).to.equal('true');
    // All channels on: Email shows on already, but the customer's choice for it is now "on".
    control(el, 'All channels for Large transactions').click();
    await waitUntil(() => status(el) === 'Saved');
    if ($(el, '[part="save-error"]')) {
      button(el, 'Retry').click();
      await waitUntil(() => !$(el, '[part="save-error"]'));
    }
    await el.updateComplete;
    expect(adapter.doc.subscriptions['large-transaction']).to.deep.include({ email: true, push: true });
    expect(control(el, 'Email for Large transactions').getAttribute('aria-checked')).to.equal('true');
  });
});
