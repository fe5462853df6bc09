import { expect, html, oneEvent } from '@open-wc/testing';
import { AdapterError, type PrefsAdapter, type PrefsChangeEvent } from '@prefcenter/core';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, button, control, FakeAdapter, focused, mount, smallPreferences } from './helpers.js';
import { waitUntil } from '../../shared/wait.js';

/** Every part of the widget is reachable in it and saves through the widget's one change path. */
describe('<notification-prefs> with its features', () => {
  it("opens a category's frequency and threshold in a dialog, saves a change, and Escape returns focus", async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const options = button(el, 'Options: Large transactions');
    options.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Options for Large transactions');
    expect(dialog.contains(focused(el))).to.equal(true);
    await expect(el).to.be.accessible();
    const select = dialog.querySelector('select')!;
    const changed = oneEvent(el, 'prefs-change');
    select.value = 'daily';
    select.dispatchEvent(new Event('change'));
    const event = (await changed) as PrefsChangeEvent;
    expect(event.detail.patch).to.deep.equal({ frequency: { 'large-transaction': 'daily' } });
    expect(dialog.querySelector('input')).to.exist;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog'));
    expect(focused(el)).to.equal(options);
    await waitUntil(() => adapter.doc.frequency['large-transaction'] === 'daily');
  });

  it('Escape in a threshold being typed puts the saved value back and leaves the dialog open; a second closes it', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const options = button(el, 'Options: Large transactions');
    options.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    const input = dialog.querySelector<HTMLInputElement>('input')!;
    const saved = input.value;
    input.focus();
    input.value = 'lots';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open, 'the first Escape only drops the typing').to.equal(true);
    expect(input.value).to.equal(saved);
    expect(input.getAttribute('aria-invalid')).to.not.equal('true');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog'));
    expect(adapter.saves).to.have.length(0);
  });

  it('places pause, quiet hours and marketing above the grid, and saves their changes', async () => {
    const adapter = new FakeAdapter(undefined, {
      ...smallPreferences(),
      marketingConsent: { granted: false, at: '2025-05-01T10:00:00Z' },
    });
    const el = await mount(adapter);
    const titles = $$(el, '.settings h3').map((h) => h.textContent!.trim());
    expect(titles).to.deep.equal(['Pause notifications', 'Quiet hours', 'Marketing']);
    const settings = $(el, '.settings');
    expect(settings.compareDocumentPosition($(el, '[role="grid"]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();

    // Marketing consent withdrawn: marketing cells are off and say why.
    const offers = control(el, 'Email for Offers');
    expect(offers.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, `#${offers.getAttribute('aria-describedby')}`).textContent).to.contain('marketing');
    const consent = $$<HTMLInputElement>(el, '.pc-marketing input[type="checkbox"]')[0]!;
    consent.click();
    await el.updateComplete;
    expect(offers.hasAttribute('aria-disabled')).to.equal(false);

    const quiet = $$<HTMLInputElement>(el, '.pc-quiet-hours input[type="checkbox"]')[0]!;
    quiet.click();
    await el.updateComplete;
    button(el, 'Pause for a day').click();
    const save = await adapter.nextSave.promise;
    const patch = save.patch as Record<string, unknown>;
    expect((patch.marketingConsent as { granted: boolean }).granted).to.equal(true);
    expect((patch.quietHours as { enabled: boolean }).enabled).to.equal(true);
    expect(typeof patch.pausedUntil).to.equal('string');
    await waitUntil(() => !!adapter.doc.pausedUntil);
    await el.updateComplete;
    expect($(el, '.pc-pause').textContent).to.contain('Paused until');
    await expect(el).to.be.accessible();
  });

  it("says a part's own sentence and then the Undo offer, neither replacing the other", async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const said: string[] = [];
    const region = $(el, '[part="status"]');
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    $$<HTMLInputElement>(el, '.pc-quiet-hours input[type="checkbox"]')[0]!.click();
    await waitUntil(() => said.some((s) => s.includes('Undo available')), `said ${JSON.stringify(said)}`);
    expect(said.filter(Boolean)[0]).to.equal('Quiet hours on. Quiet hours changed. Undo available for 10 seconds.');
    button(el, 'Pause for a day').click();
    await waitUntil(() => said.filter((s) => s.includes('Undo available')).length === 2);
    const paused = said.filter((s) => s.includes('Undo available'))[1]!;
    expect(paused).to.match(/^Notifications paused until .+\. Notifications paused\. Undo available for 10 seconds\.$/);
  });

  it('rolls back a refused change made in any part, says so, and Dismiss keeps what was saved', async () => {
    const adapter = new FakeAdapter(undefined, {
      ...smallPreferences(),
      marketingConsent: { granted: true, at: '2025-05-01T10:00:00Z' },
    });
    const el = await mount(adapter);
    const refuse = async (act: () => void) => {
      adapter.failNext = new AdapterError('unavailable', 'down');
      act();
      await waitUntil(() => $(el, '[part="save-error"]'), 'no error shown');
      await el.updateComplete;
    };
    const dismiss = async () => {
      button(el, 'Dismiss').click();
      await waitUntil(() => !$(el, '[part="save-error"]'));
    };
    const quiet = () => $$<HTMLInputElement>(el, '.pc-quiet-hours input[type="checkbox"]')[0]!;
    await refuse(() => quiet().click());
    expect(quiet().checked, 'quiet hours rolled back').to.equal(false);
    await dismiss();

    await refuse(() => button(el, 'Pause for a day').click());
    expect($(el, '.pc-pause').textContent).to.not.contain('Paused until');
    await dismiss();

    const consent = () => $$<HTMLInputElement>(el, '.pc-marketing input[type="checkbox"]')[0]!;
    await refuse(() => consent().click());
    expect(consent().checked, 'marketing consent rolled back').to.equal(true);
    expect(control(el, 'Email for Offers').hasAttribute('aria-disabled')).to.equal(false);
    await dismiss();

    button(el, 'Options: Large transactions').click();
    await el.updateComplete;
    const select = $<HTMLDialogElement>(el, 'dialog').querySelector('select')!;
    await refuse(() => {
      select.value = 'daily';
      select.dispatchEvent(new Event('change'));
    });
    expect(select.value, 'frequency rolled back').to.equal('immediate');
    expect(adapter.doc.version, 'nothing was saved').to.equal(1);
  });

  it('confirms each change with Undo, which puts it back', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const cell = control(el, 'Push for Large transactions');
    cell.click();
    await el.updateComplete;
    const toast = $(el, '[part="undo"]');
    expect(toast).to.exist;
    await expect(el).to.be.accessible();
    await waitUntil(() => adapter.doc.subscriptions['large-transaction']!.push === true);
    button(el, 'Undo').click();
    await el.updateComplete;
    expect(cell.getAttribute('aria-checked')).to.equal('false');
    await waitUntil(() => adapter.doc.subscriptions['large-transaction']!.push === false);
    // Undo is itself not recorded as a change to undo.
    expect($$(el, '[part="undo"] button').length).to.equal(0);
  });

  it('shows the history below the grid, and loads it again after a save', async () => {
    const adapter = new FakeAdapter();
    let reads = 0;
    const record = (summary: string) => ({ id: summary, at: '2025-05-01T10:00:00Z', summary, source: 'web' });
    const history: PrefsAdapter['getNotificationHistory'] = async () => {
      reads++;
      return reads === 1
        ? [record('Email for Statements: on')]
        : [record('Push for Statements: off'), record('Email for Statements: on')];
    };
    const el = await mount(Object.assign(adapter, { getNotificationHistory: history }));
    const details = $<HTMLDetailsElement>(el, '.pc-history');
    expect(details.compareDocumentPosition($(el, '[role="grid"]')) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    details.querySelector('summary')!.click();
    await waitUntil(() => details.textContent!.includes('Email for Statements: on'));
    await expect(el).to.be.accessible();
    control(el, 'Push for Statements').click();
    await waitUntil(() => details.textContent!.includes('Push for Statements: off'), 'the history was not reloaded');
    expect(reads).to.equal(2);
  });
});

describe('<notification-prefs> string overrides', () => {
  it("draws the host's strings for the element and its features, with their values filled in", async () => {
    const adapter = new FakeAdapter();
    const el = await mount(
      adapter,
      html`<notification-prefs
        .strings=${{
          'cell.name': '{channel} · {category}',
          options: 'Settings',
          'needs.phone': 'Add a phone for {channel} first.',
          // The camelCase keys before issue 13 are not keys any more: ignored.
          gridLabel: 'Old key',
          'undo.undo': 'Revert',
          'pause.title': 'Take a break',
        }}
      ></notification-prefs>`,
    );
    expect(control(el, 'Push · Large transactions')).to.exist;
    expect(button(el, 'Settings: Large transactions')).to.exist;
    expect($(el, '[part="notice"]').textContent).to.contain('Add a phone for SMS first.');
    expect($$(el, '.settings h3')[0]!.textContent!.trim()).to.equal('Take a break');
    expect($(el, '[role="grid"]')!.getAttribute('aria-label')).to.equal('Notification settings');

    control(el, 'Push · Large transactions').click();
    await el.updateComplete;
    expect($(el, '.pc-undo-button').textContent!.trim()).to.equal('Revert');

    el.strings = { ...el.strings, 'cell.name': '{category}: {channel}' };
    await el.updateComplete;
    expect(control(el, 'Large transactions: Email')).to.exist;
  });
});
