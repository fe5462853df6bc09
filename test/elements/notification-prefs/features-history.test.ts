import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  AdapterError,
  errorMessage,
  notificationsDomain,
  formatDateTime,
  parseChangeHistory,
  setLocale,
  setupLocalization,
  type ChangeRecord,
  type PrefsAdapter,
} from '@prefcenter/core';
import { HistoryFeature } from '../../../packages/elements/src/notification-prefs/features/history.js';
import { expectNone, expectSame, FeaturesTestHost } from './features-test-host.js';
import { FakeBackend } from '../../shared/fake-backend.js';
import { waitUntil } from '../../shared/wait.js';
import { smallCatalog, smallPreferences } from './helpers.js';

setupLocalization();

/**
 * The shared fake backend offering only the history action, whose calls answer only when
 * the test says so, oldest first; `calls` keeps each call's signal.
 */
class FakeHistory {
  readonly backend = new FakeBackend(notificationsDomain, smallCatalog(), smallPreferences(), { actions: ['history'] });
  readonly adapter = this.backend.adapter;
  #settled = 0;

  constructor() {
    this.backend.holdActions = true;
  }

  get calls(): AbortSignal[] {
    return this.backend.actionCalls.map((call) => call.meta.signal);
  }

  resolve(value: unknown) {
    this.backend.actionCalls[this.#settled++]!.answer(value);
  }

  reject(error: unknown) {
    this.backend.actionCalls[this.#settled++]!.fail(error);
  }
}

const entries: ChangeRecord[] = [
  { id: 'c2', at: '2030-02-02T10:15:00Z', summary: 'SMS for Low balance: on', source: 'mobile app' },
  { id: 'c1', at: '2030-01-01T08:00:00Z', summary: 'Quiet hours on' },
];

async function setup(adapter: PrefsAdapter | undefined) {
  const el = await fixture<FeaturesTestHost>(html`<features-test-host .adapter=${adapter}></features-test-host>`);
  const part = new HistoryFeature(el);
  current = part;
  el.content = () => part.render();
  await el.updateComplete;
  return { el, part };
}

const details = (el: FeaturesTestHost) => el.shadowRoot!.querySelector('details')!;
const bodyText = (el: FeaturesTestHost) =>
  el.shadowRoot!.querySelector('.pc-history-body')!.textContent!.replace(/\s+/g, ' ').trim();

async function open(el: FeaturesTestHost) {
  const toggled = oneEvent(details(el), 'toggle');
  el.shadowRoot!.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
}

let current: HistoryFeature | undefined;

/** Waits until the adapter's answer has been checked (core loads the schema on first use) and drawn. */
async function settle(el: FeaturesTestHost) {
  await waitUntil(() => current?.status !== 'loading', 'the history finished loading');
  await el.updateComplete;
}

describe('HistoryFeature', () => {
  // Core checks the history with a schema it loads on first use; load it once up front so
  // that each test's adapter answer is the only thing left to settle.
  before(async () => {
    await parseChangeHistory([]);
  });

  afterEach(async () => {
    await setLocale('en');
  });

  it('draws nothing when the adapter keeps no history', async () => {
    const { el } = await setup({} as PrefsAdapter);
    expectNone(el.shadowRoot!.querySelector('details'));
    const { el: none } = await setup(undefined);
    expectNone(none.shadowRoot!.querySelector('details'));
  });

  it('loads only when opened, shows loading, then the entries', async () => {
    const fake = new FakeHistory();
    const { el } = await setup(fake.adapter);
    expect(details(el).open).to.equal(false);
    expect(el.shadowRoot!.querySelector('summary')!.textContent!.trim()).to.equal('History');
    expect(fake.calls).to.have.length(0);
    await open(el);
    expect(fake.calls).to.have.length(1);
    expect(bodyText(el)).to.equal('Loading history…');
    expect(el.shadowRoot!.querySelector('.pc-history-body')!.getAttribute('aria-busy')).to.equal('true');
    fake.resolve(entries);
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('.pc-history-list > li')];
    expect(items.map((li) => li.querySelector('.pc-history-summary')!.textContent)).to.deep.equal([
      'SMS for Low balance: on',
      'Quiet hours on',
    ]);
    const time = items[0]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2030-02-02T10:15:00Z');
    expect(time.textContent).to.equal(formatDateTime('2030-02-02T10:15:00Z'));
    expect(items[0]!.textContent).to.contain('From: mobile app');
    expectNone(items[1]!.querySelector('.pc-history-source'));
    expect(el.shadowRoot!.querySelector('.pc-history-body')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('renders adapter text as text', async () => {
    const fake = new FakeHistory();
    const { el } = await setup(fake.adapter);
    await open(el);
    fake.resolve([
      { id: 'x', at: '2030-01-01T00:00:00Z', summary: '<img src=x onerror=alert(1)>', source: '<b>branch</b>' },
    ]);
    await settle(el);
    expectNone(el.shadowRoot!.querySelector('.pc-history-list img, .pc-history-list b'));
    expect(el.shadowRoot!.querySelector('.pc-history-summary')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(bodyText(el)).to.contain('From: <b>branch</b>');
  });

  it('says when there is nothing yet', async () => {
    const fake = new FakeHistory();
    const { el } = await setup(fake.adapter);
    await open(el);
    fake.resolve([]);
    await settle(el);
    expect(bodyText(el)).to.equal('No changes yet.');
  });

  it('shows an error with Retry, which loads again', async () => {
    const fake = new FakeHistory();
    const { el } = await setup(fake.adapter);
    await open(el);
    fake.reject(new AdapterError('network', 'offline'));
    await settle(el);
    expect(bodyText(el)).to.contain(errorMessage('network'));
    expect(el.announcements).to.deep.equal([errorMessage('network')]);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('.pc-history-error button')!;
    expect(retry.textContent!.trim()).to.equal('Retry');
    retry.focus();
    retry.click();
    await el.updateComplete;
    expect(fake.calls).to.have.length(2);
    expect(bodyText(el)).to.equal('Loading history…');
    // Focus stays in the panel while the button is gone.
    expectSame(el.shadowRoot!.activeElement, el.shadowRoot!.querySelector('.pc-history-body'));
    fake.resolve(entries);
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.pc-history-list > li').length).to.equal(2);
  });

  it('turns an adapter that never answers into a timeout error with Retry', async () => {
    const fake = new FakeHistory();
    const { el, part } = await setup(fake.adapter);
    expect(part.timeoutMs).to.equal(15_000);
    part.timeoutMs = 50;
    await open(el);
    await waitUntil(() => part.status === 'error', 'the load never timed out');
    await el.updateComplete;
    expect(bodyText(el)).to.contain(errorMessage('timeout'));
    expect(fake.calls[0]!.aborted, "the adapter's call was not aborted").to.equal(true);
    expect(el.shadowRoot!.querySelector('.pc-history-error button')!.textContent!.trim()).to.equal('Retry');
  });

  it('treats a malformed answer as an error, naming no crash', async () => {
    const fake = new FakeHistory();
    const { el } = await setup(fake.adapter);
    await open(el);
    fake.resolve([{ id: 'x', at: 'yesterday', summary: 'Oops' }]);
    await settle(el);
    expect(bodyText(el)).to.contain(errorMessage('invalid-response'));
  });

  it('aborts the load when closed, and loads again when reopened', async () => {
    const fake = new FakeHistory();
    const { el } = await setup(fake.adapter);
    await open(el);
    await open(el);
    expect(details(el).open).to.equal(false);
    expect(fake.calls[0]!.aborted).to.equal(true);
    // A late answer to the aborted call changes nothing.
    fake.resolve(entries);
    await settle(el);
    await open(el);
    expect(fake.calls).to.have.length(2);
    expect(bodyText(el)).to.equal('Loading history…');
  });

  it('aborts the load when the host disconnects', async () => {
    const fake = new FakeHistory();
    const { el } = await setup(fake.adapter);
    await open(el);
    el.remove();
    expect(fake.calls[0]!.aborted).to.equal(true);
  });

  it('loads again when it comes back to the page, open', async () => {
    const fake = new FakeHistory();
    const { el, part } = await setup(fake.adapter);
    await open(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(fake.calls).to.have.length(2);
    expect(fake.calls[0]!.aborted).to.equal(true);
    fake.resolve([]); // the aborted call's late answer: nothing of it lands
    fake.resolve(entries);
    await settle(el);
    expect(part.status).to.equal('ready');
    expect(bodyText(el)).to.contain('Quiet hours on');
  });

  it('reads the history of a new adapter when the host replaces it during a load, never stuck loading', async () => {
    const first = new FakeHistory();
    const { el, part } = await setup(first.adapter);
    await open(el);
    const second = new FakeHistory();
    el.adapter = second.adapter;
    await el.updateComplete;
    await waitUntil(() => second.calls.length === 1, 'the new adapter was not asked');
    expect(first.calls[0]!.aborted).to.equal(true);
    second.resolve(entries);
    await settle(el);
    expect(part.status).to.equal('ready');
    expect(bodyText(el)).to.contain('Quiet hours on');
  });

  it('shows the history once a Retry started elsewhere (a re-authentication) succeeds', async () => {
    const fake = new FakeHistory();
    const { el, part } = await setup(fake.adapter);
    await open(el);
    fake.reject(new AdapterError('reauth-required', 'Sign in again.'));
    await settle(el);
    expect(part.status).to.equal('error');
    el.actions.retry('history');
    await el.updateComplete;
    expect(part.status).to.equal('loading');
    fake.resolve(entries);
    await settle(el);
    expect(part.status).to.equal('ready');
    expect(bodyText(el)).to.contain('SMS for Low balance: on');
  });

  it('loads again on reopening only after invalidate(), and at once when open', async () => {
    const fake = new FakeHistory();
    const { el, part } = await setup(fake.adapter);
    await open(el);
    fake.resolve(entries);
    await settle(el);
    await open(el); // close
    await open(el);
    expect(fake.calls).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.pc-history-list > li').length).to.equal(2);
    part.invalidate();
    await el.updateComplete;
    expect(fake.calls).to.have.length(2);
    // The old entries stay in view while the new ones load.
    expect(bodyText(el)).to.contain('Loading history…');
    expect(el.shadowRoot!.querySelectorAll('.pc-history-list > li').length).to.equal(2);
    fake.resolve(entries.slice(0, 1));
    await settle(el);
    await open(el); // close
    part.invalidate();
    expect(fake.calls).to.have.length(2);
    await open(el);
    expect(fake.calls).to.have.length(3);
  });

  it('opens by keyboard', async () => {
    const fake = new FakeHistory();
    const { el } = await setup(fake.adapter);
    el.shadowRoot!.querySelector<HTMLElement>('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => fake.calls.length === 1, 'Enter on the summary should open and load');
    expect(details(el).open).to.equal(true);
  });

  it('is accessible while loading, listed, empty and failed', async () => {
    const fake = new FakeHistory();
    const { el, part } = await setup(fake.adapter);
    await expect(el).to.be.accessible();
    await open(el);
    await expect(el).to.be.accessible();
    fake.resolve(entries);
    await settle(el);
    await expect(el).to.be.accessible();
    part.invalidate();
    fake.resolve([]);
    await settle(el);
    expect(bodyText(el)).to.equal('No changes yet.');
    await expect(el).to.be.accessible();
    part.invalidate();
    fake.reject(new AdapterError('unavailable', 'down'));
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('renders right to left and translated in Arabic', async () => {
    await setLocale('ar');
    const fake = new FakeHistory();
    const { el } = await setup(fake.adapter);
    expect(el.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('summary')!.textContent!.trim()).not.to.equal('History');
    await open(el);
    fake.resolve(entries);
    await settle(el);
    expect(bodyText(el)).not.to.contain('From:');
    expect(bodyText(el)).to.contain(formatDateTime(entries[0]!.at));
    await expect(el).to.be.accessible();
  });
});
