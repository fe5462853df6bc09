import { expect, html, oneEvent } from '@open-wc/testing';
import {
  AdapterError,
  adapterErrorKinds,
  errorMessage,
  PrefsConflictEvent,
  PrefsErrorEvent,
  PrefsReauthRequiredEvent,
  PrefsVerifyChannelEvent,
  type ChangeMeta,
  type NotificationCatalog,
} from '@prefcenter/core';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  button,
  control,
  Deferred,
  FakeAdapter,
  focused,
  manyCatalog,
  mount,
  smallPreferences,
  status,
} from './helpers.js';
import { waitUntil } from '../../shared/wait.js';

const readyCatalog = (adapter: FakeAdapter) => {
  const catalog = adapter.catalog as NotificationCatalog;
  catalog.channels.find((c) => c.id === 'sms')!.ready = true;
};

describe('<notification-prefs> channel verification', () => {
  it('says what is missing and locks the channel until it is ready', async () => {
    const el = await mount(new FakeAdapter());
    const notice = $(el, '[part="notice"]');
    expect(notice.textContent).to.contain('SMS needs a verified phone number.');
    const cell = control(el, 'SMS for Large transactions');
    expect(cell.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, `#${cell.getAttribute('aria-describedby')}`).textContent).to.contain('verified phone number');
    await expect(el).to.be.accessible();
  });

  it("runs the adapter's verifyNotificationChannel, then reloads the catalog and the channel works", async () => {
    const adapter = new FakeAdapter();
    const step = new Deferred<void>();
    const calls: string[] = [];
    adapter.verifyNotificationChannel = (id) => {
      calls.push(id);
      return step.promise;
    };
    const el = await mount(adapter);
    const reads = adapter.catalogReads;
    button(el, 'Verify phone number').click();
    await el.updateComplete;
    expect(button(el, 'Verify phone number').disabled, 'Verify is disabled while its step runs').to.equal(true);
    // Impatient, by script: the step is already under way, so a second start joins it.
    button(el, 'Verify phone number').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(calls).to.deep.equal(['sms']);
    expect($(el, '[part="notice"]').textContent).to.contain('Finish the step');
    readyCatalog(adapter);
    step.resolve();
    await waitUntil(() => !$(el, '[part="notice"]'), 'the channel did not become ready');
    expect(adapter.catalogReads).to.equal(reads + 1);
    const cell = control(el, 'SMS for Large transactions');
    expect(cell.hasAttribute('aria-disabled')).to.equal(false);
    await waitUntil(() => status(el) === 'SMS is ready to use.');
    cell.click();
    const save = await adapter.nextSave.promise;
    expect(save.patch).to.deep.equal({ subscriptions: { 'large-transaction': { sms: true } } });
  });

  it('aborts the adapter step when the element leaves the page', async () => {
    const adapter = new FakeAdapter();
    const signals: AbortSignal[] = [];
    adapter.verifyNotificationChannel = (_id, { signal }) => {
      signals.push(signal);
      return new Deferred<void>().promise;
    };
    const el = await mount(adapter);
    button(el, 'Verify phone number').click();
    await el.updateComplete;
    expect(signals).to.have.length(1);
    expect(signals[0]!.aborted).to.equal(false);
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('gives up on an adapter step that never answers, with a timeout error', async () => {
    const adapter = new FakeAdapter();
    adapter.verifyNotificationChannel = () => new Deferred<void>().promise;
    const el = await mount(adapter);
    el.verificationTimeout = 50;
    button(el, 'Verify phone number').click();
    await waitUntil(() => $(el, '[part="notice"] [role="alert"]'), 'no timeout shown');
    expect($(el, '[part="notice"] [role="alert"]').textContent).to.contain(errorMessage('timeout'));
  });

  it('says so when the adapter step fails, once, and Verify is offered again', async () => {
    const adapter = new FakeAdapter();
    adapter.verifyNotificationChannel = () => Promise.reject(new AdapterError('network', 'offline'));
    const el = await mount(adapter);
    button(el, 'Verify phone number').click();
    await waitUntil(() => $(el, '[part="notice"] [role="alert"]'));
    expect($(el, '[part="notice"] [role="alert"]').textContent).to.contain(errorMessage('network'));
    await el.updateComplete;
    expect(status(el), 'the alert says it; the status region does not repeat it').to.not.contain(
      errorMessage('network'),
    );
    expect(button(el, 'Verify phone number').disabled).to.equal(false);
  });

  it('finishes the step when the Retry of a re-authentication succeeds, and Verify again is that Retry', async () => {
    const adapter = new FakeAdapter();
    const keys: string[] = [];
    let fail = true;
    adapter.verifyNotificationChannel = async (_id, meta) => {
      keys.push((meta as ChangeMeta).idempotencyKey);
      if (fail) throw new AdapterError('reauth-required', 'Sign in again.');
    };
    const el = await mount(adapter);
    const reauth = oneEvent(el, PrefsReauthRequiredEvent.eventName);
    button(el, 'Verify phone number').click();
    const { retry } = (await reauth).detail;
    await waitUntil(() => $(el, '[part="notice"] [role="alert"]'), 'the refusal is not shown');
    fail = false;
    readyCatalog(adapter);
    retry();
    await waitUntil(() => !$(el, '[part="notice"]'), 'the retried step did not finish');
    expect(keys).to.have.length(2);
    expect(keys[1], 'the Retry is the same request').to.equal(keys[0]);
  });

  it('sends Verify after a failed step as the same request, with the same idempotency key', async () => {
    const adapter = new FakeAdapter();
    const keys: string[] = [];
    adapter.verifyNotificationChannel = async (_id, meta) => {
      keys.push((meta as ChangeMeta).idempotencyKey);
      throw new AdapterError('network', 'offline');
    };
    const el = await mount(adapter);
    button(el, 'Verify phone number').click();
    await waitUntil(() => $(el, '[part="notice"] [role="alert"]'));
    button(el, 'Verify phone number').click();
    await waitUntil(() => keys.length === 2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('without an adapter step, fires a cancelable prefs-verify-channel whose done() reloads the catalog', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const events: PrefsVerifyChannelEvent[] = [];
    el.addEventListener('prefs-verify-channel', (e) => {
      events.push(e);
      e.preventDefault();
    });
    button(el, 'Verify phone number').click();
    const [event] = events;
    expect(event!.cancelable && event!.bubbles && event!.composed).to.equal(true);
    expect(event!.detail.channelId).to.equal('sms');
    expect(event!.detail.requirement).to.equal('verified-phone');
    await el.updateComplete;
    expect($(el, '[part="notice"]').textContent).to.contain('Finish the step');
    readyCatalog(adapter);
    event!.detail.done();
    await waitUntil(() => !$(el, '[part="notice"]'));
    expect(control(el, 'SMS for Large transactions').hasAttribute('aria-disabled')).to.equal(false);
  });

  it('says the step is not available when no host takes the event', async () => {
    const el = await mount(new FakeAdapter());
    button(el, 'Verify phone number').click();
    await el.updateComplete;
    expect($(el, '[part="notice"]').textContent).to.contain('This step cannot be started from here.');
  });
});

describe('<notification-prefs> security confirmation', () => {
  it('asks before turning off a security category; Escape cancels and focus returns', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const cell = control(el, 'Email for Password changed');
    cell.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Turn off Password changed?');
    expect(focused(el)!.textContent!.trim()).to.equal('Keep them on');
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog'));
    expect(focused(el)).to.equal(cell);
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    expect(adapter.saves).to.have.length(0);
  });

  it('turns it off once confirmed', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const row = control(el, 'All channels for Password changed');
    row.click();
    await el.updateComplete;
    button(el, 'Turn off').click();
    await waitUntil(() => !$(el, 'dialog'));
    expect(row.getAttribute('aria-checked')).to.equal('false');
    const save = await adapter.nextSave.promise;
    expect(save.patch).to.deep.equal({ subscriptions: { password: { email: false, push: false } } });
  });

  it('asks before a change that drops every subscription, which turns the security alerts off too', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    // Through the public change(): a host's own patch, not a click.
    el.change({ subscriptions: null } as never);
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect($(el, 'dialog h2').textContent).to.equal('Turn off Password changed?');
    button(el, 'Keep them on').click();
    await waitUntil(() => !$(el, 'dialog'));
    expect(control(el, 'Email for Password changed').getAttribute('aria-checked')).to.equal('true');
  });

  it('switching a whole channel off, "Keep them on" keeps the security alerts on and switches the rest', async () => {
    const prefs = smallPreferences();
    prefs.subscriptions = { ...prefs.subscriptions, offers: { email: true }, xss: { email: true } };
    prefs.marketingConsent = { granted: true, at: '2025-05-01T10:00:00Z' };
    const adapter = new FakeAdapter(undefined, prefs);
    const el = await mount(adapter);
    control(el, 'Email for all notifications').click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    button(el, 'Keep them on').click();
    await waitUntil(() => !$(el, 'dialog'));
    expect(control(el, 'Email for Password changed').getAttribute('aria-checked')).to.equal('true');
    expect(control(el, 'Email for Large transactions').getAttribute('aria-checked')).to.equal('false');
    const save = await adapter.nextSave.promise;
    const subscriptions = (save.patch as { subscriptions: Record<string, unknown> }).subscriptions;
    expect(subscriptions).to.not.have.property('password');
    expect(subscriptions['large-transaction']).to.deep.equal({ email: false });
  });

  it('switching one security cell off, "Keep them on" changes nothing', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    control(el, 'All channels for Password changed').click();
    await el.updateComplete;
    button(el, 'Keep them on').click();
    await waitUntil(() => !$(el, 'dialog'));
    expect(control(el, 'Email for Password changed').getAttribute('aria-checked')).to.equal('true');
    await el.updateComplete;
    expect(adapter.saves).to.have.length(0);
  });

  it('does not reopen a closing dialog when the element updates before its close event', async () => {
    const el = await mount(new FakeAdapter());
    control(el, 'Email for Password changed').click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    const closed = oneEvent(dialog, 'close');
    button(el, 'Keep them on').click();
    // The close event comes in a later task; an update in between must leave the dialog closed.
    el.requestUpdate();
    await el.updateComplete;
    expect(dialog.open, 'the closing dialog was opened again').to.equal(false);
    await closed;
    await waitUntil(() => !$(el, 'dialog'));
  });

  it('does not ask when turning a security category on', async () => {
    const adapter = new FakeAdapter(undefined, {
      ...smallPreferences(),
      subscriptions: { password: { email: false, push: false } },
    });
    const el = await mount(adapter);
    control(el, 'Email for Password changed').click();
    await el.updateComplete;
    expect($(el, 'dialog')).to.equal(null);
    expect((await adapter.nextSave.promise).patch).to.deep.equal({ subscriptions: { password: { email: true } } });
  });
});

describe('<notification-prefs> Undo of a security change', () => {
  it('asks before an Undo turns a security category off, and keeps the Undo when kept on', async () => {
    const adapter = new FakeAdapter(undefined, {
      ...smallPreferences(),
      subscriptions: { password: { email: false, push: false } },
    });
    const el = await mount(adapter);
    const cell = control(el, 'Email for Password changed');
    cell.click();
    await el.updateComplete;
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    const undo = () => $<HTMLButtonElement>(el, '.pc-undo-button');
    undo().focus();
    undo().click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog?.open, 'Undo did not ask').to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Turn off Password changed?');
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    button(el, 'Keep them on').click();
    await waitUntil(() => !$(el, 'dialog'));
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    expect(undo(), 'the Undo went away though nothing was undone').to.exist;
    expect(focused(el)).to.equal(undo());

    undo().click();
    await el.updateComplete;
    button(el, 'Turn off').click();
    await waitUntil(() => !$(el, 'dialog'));
    await el.updateComplete;
    expect(cell.getAttribute('aria-checked')).to.equal('false');
    expect($(el, '.pc-undo-message').textContent).to.equal('Change undone');
    await waitUntil(() => adapter.doc.subscriptions.password?.email === false);
  });
});

describe('<notification-prefs> saving and failure', () => {
  it('takes the Undo toast away when the save fails', async () => {
    const adapter = new FakeAdapter();
    adapter.autoConfirm = false;
    const el = await mount(adapter);
    control(el, 'Push for Large transactions').click();
    const save = await adapter.nextSave.promise;
    await el.updateComplete;
    expect($(el, '[part="undo"]')).to.exist;
    save.fail(new AdapterError('network', 'offline'));
    await waitUntil(() => $(el, '[part="save-error"]'), 'no error shown');
    await el.updateComplete;
    expect($(el, '[part="undo"]')).to.equal(null);
  });

  for (const kind of adapterErrorKinds.filter((k) => k !== 'conflict')) {
    it(`rolls back a refused change (${kind}), says why, and Retry sends it again`, async () => {
      const adapter = new FakeAdapter();
      const el = await mount(adapter);
      const errors: PrefsErrorEvent[] = [];
      el.addEventListener('prefs-error', (e) => errors.push(e));
      adapter.failNext = new AdapterError(kind, 'refused');
      const cell = control(el, 'Push for Large transactions');
      cell.click();
      await waitUntil(() => $(el, '[part="save-error"]'), 'no error shown');
      expect(cell.getAttribute('aria-checked')).to.equal('false');
      expect($(el, '[part="save-error"]').textContent).to.contain(errorMessage(kind));
      expect(errors[0]!.detail.operation).to.equal('save');
      expect(errors[0]!.detail.error.kind).to.equal(kind);
      await waitUntil(() => status(el).includes(errorMessage(kind)));
      await expect(el).to.be.accessible();
      button(el, 'Retry').click();
      await waitUntil(() => !$(el, '[part="save-error"]'));
      await waitUntil(() => cell.getAttribute('aria-checked') === 'true');
      expect(adapter.idempotencyKeys[1]).to.equal(adapter.idempotencyKeys[0]);
      expect(adapter.doc.subscriptions['large-transaction']!.push).to.equal(true);
    });
  }

  it('fires prefs-reauth-required and sends the change again once the host calls retry', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    adapter.failNext = new AdapterError('reauth-required', 'sign in again');
    const fired = oneEvent(el, 'prefs-reauth-required');
    control(el, 'Push for Large transactions').click();
    const event = (await fired) as PrefsReauthRequiredEvent;
    expect(event.detail.domain).to.equal('notifications');
    await el.updateComplete;
    expect($(el, '[part="save-error"]').textContent).to.contain('Confirm it is you');
    event.detail.retry();
    await waitUntil(() => adapter.doc.subscriptions['large-transaction']!.push === true);
    await waitUntil(() => !$(el, '[part="save-error"]'));
    expect(control(el, 'Push for Large transactions').getAttribute('aria-checked')).to.equal('true');
  });

  it('applies a change made elsewhere and says so', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    adapter.changeElsewhere({ subscriptions: { statements: { push: false } } });
    await waitUntil(() => control(el, 'Push for Statements').getAttribute('aria-checked') === 'false');
    await waitUntil(() => status(el) === 'Updated with changes made elsewhere.');
  });

  it('re-applies a stale save over a change made elsewhere', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    adapter.changeElsewhere({ subscriptions: { statements: { email: false } } }, false);
    control(el, 'Push for Large transactions').click();
    await waitUntil(() => adapter.doc.version === 3, 'the change was not re-sent');
    expect(adapter.doc.subscriptions.statements!.email).to.equal(false);
    expect(adapter.doc.subscriptions['large-transaction']!.push).to.equal(true);
    await waitUntil(() => control(el, 'Email for Statements').getAttribute('aria-checked') === 'false');
    expect(control(el, 'Push for Large transactions').getAttribute('aria-checked')).to.equal('true');
  });

  it('holds a colliding change for the customer to choose, and keeps theirs or mine', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    adapter.changeElsewhere({ frequency: { 'large-transaction': 'weekly' } }, false);
    const conflict = oneEvent(el, 'prefs-conflict');
    el.change({ frequency: { 'large-transaction': 'daily' } });
    const event = (await conflict) as PrefsConflictEvent;
    expect(event.detail.paths).to.deep.equal([['frequency', 'large-transaction']]);
    await waitUntil(() => $(el, '[part="conflict"]'));
    expect($(el, '[part="conflict"]').textContent).to.contain('Someone changed these settings elsewhere.');
    const named = $$(el, '[part="conflict"] li').map((li) => li.textContent);
    expect(named, 'which settings collided').to.deep.equal(['How often for Large transactions']);
    await expect(el).to.be.accessible();
    button(el, 'Use my changes').click();
    await waitUntil(() => adapter.doc.frequency['large-transaction'] === 'daily');
    await waitUntil(() => !$(el, '[part="conflict"]'));
  });

  it('in manual mode keeps a draft until Save, and Cancel puts it back', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter, html`<notification-prefs mode="manual"></notification-prefs>`);
    const cell = control(el, 'Push for Large transactions');
    cell.click();
    await el.updateComplete;
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    expect($(el, '[part="save-bar"]').textContent).to.contain('You have unsaved changes.');
    expect(adapter.saves).to.have.length(0);
    await expect(el).to.be.accessible();
    expect($(el, '[part="undo"]'), 'the change is confirmed with Undo').to.exist;
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(cell.getAttribute('aria-checked')).to.equal('false');
    expect(Boolean($(el, '[part="undo"]')), 'nothing is left to undo after Cancel').to.equal(false);
    cell.click();
    control(el, 'Push for Statements').click();
    await el.updateComplete;
    const saving = adapter.nextSave.promise;
    button(el, 'Save').click();
    const save = await saving;
    expect(save.patch).to.deep.equal({
      subscriptions: { 'large-transaction': { push: true }, statements: { push: false } },
    });
    await waitUntil(() => status(el) === 'Saved');
  });
});

describe('<notification-prefs> filter', () => {
  it('appears above twenty categories, filters by name and description, and says how many match', async () => {
    const el = await mount(new FakeAdapter(manyCatalog(30)));
    const input = $<HTMLInputElement>(el, '[part="filter"] input');
    expect(input.labels![0]!.textContent).to.contain('Filter notifications');
    input.focus();
    await sendKeys({ type: 'Category 2' });
    await el.updateComplete;
    const names = $$(el, '[role="rowheader"] .title').map((t) => t.textContent);
    expect(names).to.have.length(11);
    expect(names.every((n) => n!.startsWith('Category 2'))).to.equal(true);
    expect($(el, '#filter-count').textContent).to.equal('11 of 30 notifications match');
    await waitUntil(() => status(el) === '11 of 30 notifications match', 'not announced');
    await expect(el).to.be.accessible();
    input.value = 'odd one';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($$(el, '[role="rowheader"]')).to.have.length(15);
    input.value = 'zzz';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#filter-count').textContent).to.equal('No notifications match your filter.');
    expect($(el, '[role="grid"]')).to.equal(null);
  });

  it('spaces alone filter nothing: a collapsed section stays collapsed and says so', async () => {
    const el = await mount(new FakeAdapter(manyCatalog(30)));
    const disclosure = () => $$<HTMLButtonElement>(el, '.disclosure')[0]!;
    const rows = () => $$(el, '[role="rowheader"]').length;
    const all = rows();
    disclosure().click();
    await el.updateComplete;
    const collapsed = rows();
    expect(collapsed).to.be.lessThan(all);
    const input = $<HTMLInputElement>(el, '[part="filter"] input');
    input.value = '   ';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rows()).to.equal(collapsed);
    expect(disclosure().getAttribute('aria-expanded')).to.equal('false');
  });

  it('is not offered for twenty categories or fewer', async () => {
    const el = await mount(new FakeAdapter(manyCatalog(20)));
    expect($(el, '[part="filter"]')).to.equal(null);
  });
});
