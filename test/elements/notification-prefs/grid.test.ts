import { expect, html, oneEvent } from '@open-wc/testing';
import { PrefsChangeEvent, PrefsSavedEvent } from '@prefcenter/core';
import { sendKeys } from '@web/test-runner-commands';
import { defineNotificationPrefs } from '../../../packages/elements/src/notification-prefs/define.js';
import { NotificationPrefs } from '../../../packages/elements/src/notification-prefs/index.js';
import {
  $,
  $$,
  control,
  FakeAdapter,
  focused,
  pressWith,
  manyCatalog,
  mount,
  plain,
  smallCatalog,
  status,
  xssName,
} from './helpers.js';
import { waitUntil } from '../../shared/wait.js';

describe('<notification-prefs> grid', () => {
  it('is registered, and can be registered under another tag name', () => {
    expect(customElements.get('notification-prefs')).to.equal(NotificationPrefs);
    defineNotificationPrefs('acme-notifications');
    expect(document.createElement('acme-notifications')).to.be.instanceOf(NotificationPrefs);
  });

  it('shows a skeleton while loading', async () => {
    const adapter = new FakeAdapter();
    adapter.holdLoad = new (await import('./helpers.js')).Deferred<void>();
    const el = document.createElement('notification-prefs');
    el.adapter = adapter;
    document.body.append(el);
    await el.updateComplete;
    expect($(el, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    adapter.holdLoad.resolve();
    await waitUntil(() => $(el, '[role="grid"]'));
    el.remove();
  });

  it('draws sections as headings with disclosure buttons, and each category with its description', async () => {
    const el = await mount(new FakeAdapter());
    const headings = $$(el, '[role="grid"] h3');
    expect(headings.map((h) => h.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Account activity 2 of 2 on',
      'Security 2 of 2 on',
      'Offers and news 0 of 2 on',
    ]);
    const disclosure = headings[0]!.querySelector('button')!;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
    const row = $$(el, '[role="rowheader"]').find((h) => h.textContent!.includes('Statements'))!;
    expect(row.textContent).to.contain('Your monthly statement is ready.');
    expect($(el, '[role="grid"]').getAttribute('aria-rowcount')).to.equal('10');
    await expect(el).to.be.accessible();
  });

  it('draws each cell of a row in its column, a channel the category lacks among them', async () => {
    const el = await mount(new FakeAdapter());
    // Statements has no SMS, the middle channel: the row's flat template (grid/row-template.ts).
    const row = $$(el, '[role="row"]').find((r) =>
      r.querySelector('[role="rowheader"]')?.textContent!.includes('Statements'),
    )!;
    const cells = [...row.querySelectorAll(':scope > [role="gridcell"]')];
    expect(cells.map((c) => c.className)).to.deep.equal(['all', 'cell', 'cell na', 'cell']);
    expect(cells.map((c) => (c.querySelector('[data-c]') ?? c).getAttribute('data-c'))).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(
      cells
        .map((c) => c.querySelector('[role="checkbox"]')?.getAttribute('aria-label') ?? null)
        .map((l) => l && plain(l)),
    ).to.deep.equal(['All channels for Statements', 'Email for Statements', null, 'Push for Statements']);
    expect(cells[2]!.textContent!.replace(/\s+/g, ' ')).to.equal('SMS —Not available');
    await expect(el).to.be.accessible();
  });

  it("says what a section's count counts, and follows the customer's changes", async () => {
    const el = await mount(new FakeAdapter());
    const count = () => $(el, '[role="grid"] h3 .count')!.textContent!.trim();
    expect(count()).to.equal('2 of 2 on');
    // Statements off on every channel: one of the two account notifications is left on.
    control(el, 'All channels for Statements').click();
    await waitUntil(() => count() === '1 of 2 on', `the count did not follow the change: ${count()}`);
    el.strings = { 'section.count': '{on}/{total} active' };
    await waitUntil(() => count() === '1/2 active', 'the host could not reword the count');
  });

  it('collapses and expands a section', async () => {
    const el = await mount(new FakeAdapter());
    const disclosure = $$(el, 'h3 button')[0]!;
    disclosure.click();
    await el.updateComplete;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, '[role="rowheader"]').some((h) => h.textContent!.includes('Statements'))).to.equal(false);
    await expect(el).to.be.accessible();
    disclosure.click();
    await el.updateComplete;
    expect($$(el, '[role="rowheader"]').some((h) => h.textContent!.includes('Statements'))).to.equal(true);
  });

  it('switches one cell, fires prefs-change with the patch, and announces the save', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const cell = control(el, 'Push for Large transactions');
    expect(cell.getAttribute('aria-checked')).to.equal('false');
    const changed = oneEvent(el, 'prefs-change');
    cell.click();
    const event = (await changed) as PrefsChangeEvent;
    expect(event.detail).to.deep.equal({
      domain: 'notifications',
      patch: { subscriptions: { 'large-transaction': { push: true } } },
    });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    const saved = (await oneEvent(el, 'prefs-saved')) as PrefsSavedEvent;
    expect((saved.detail.document as { version: number }).version).to.equal(2);
    await waitUntil(() => status(el) === 'Saved');
    expect(adapter.doc.subscriptions['large-transaction']).to.deep.equal({ email: true, push: true });
  });

  it('batches quick changes into one save', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    control(el, 'Push for Large transactions').click();
    control(el, 'Push for Statements').click();
    const save = await adapter.nextSave.promise;
    expect(save.patch).to.deep.equal({
      subscriptions: { 'large-transaction': { push: true }, statements: { push: false } },
    });
    expect(adapter.saves).to.have.length(1);
  });

  it('shows a row control that is mixed when its cells differ, and switches the whole category', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const row = control(el, 'All channels for Large transactions');
    // email on, push off; SMS is not ready so it does not count.
    expect(row.getAttribute('aria-checked')).to.equal('mixed');
    row.click();
    await el.updateComplete;
    expect(row.getAttribute('aria-checked')).to.equal('true');
    expect(control(el, 'Push for Large transactions').getAttribute('aria-checked')).to.equal('true');
    const save = await adapter.nextSave.promise;
    expect(save.patch).to.deep.equal({ subscriptions: { 'large-transaction': { push: true } } });
    await el.updateComplete;
    row.click();
    await el.updateComplete;
    expect(row.getAttribute('aria-checked')).to.equal('false');
    expect(control(el, 'Email for Large transactions').getAttribute('aria-checked')).to.equal('false');
  });

  it('shows a column control that is mixed when its cells differ, and switches the whole channel', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const column = control(el, 'Push for all notifications');
    expect(column.getAttribute('aria-checked')).to.equal('mixed');
    column.click();
    await el.updateComplete;
    expect(column.getAttribute('aria-checked')).to.equal('true');
    for (const name of ['Large transactions', 'Statements', 'Password changed', 'Offers']) {
      expect(control(el, `Push for ${name}`).getAttribute('aria-checked'), name).to.equal('true');
    }
    const save = await adapter.nextSave.promise;
    expect(save.patch).to.deep.equal({
      subscriptions: { 'large-transaction': { push: true }, offers: { push: true } },
    });
    await expect(el).to.be.accessible();
  });

  it('shows a channel a category does not support as not available, not as off', async () => {
    const el = await mount(new FakeAdapter());
    const row = $$(el, '[role="row"]').find((r) => r.textContent!.includes('Statements'))!;
    const cells = [...row.querySelectorAll('[role="gridcell"]')];
    // All, Email, SMS, Push
    expect(cells[2]!.querySelector('[role="checkbox"]')).to.equal(null);
    expect(cells[2]!.textContent).to.contain('Not available');
  });

  it('locks required notifications on, with the reason as the description', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const cell = control(el, 'Email for New sign-in');
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    expect(cell.getAttribute('aria-disabled')).to.equal('true');
    const reason = $(el, `#${cell.getAttribute('aria-describedby')}`);
    expect(reason.textContent).to.contain('We must tell you about new sign-ins.');
    expect(reason.checkVisibility()).to.equal(true);
    cell.click();
    await el.updateComplete;
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    await waitUntil(() => status(el).includes('We must tell you about new sign-ins.'));
    expect(adapter.saves).to.have.length(0);
    expect(control(el, 'All channels for New sign-in').getAttribute('aria-disabled')).to.equal('true');
  });

  it('renders catalog text as text, never as HTML', async () => {
    const el = await mount(new FakeAdapter());
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const header = $$(el, '[role="rowheader"]').find((h) => h.textContent!.includes(xssName));
    expect(header).to.exist;
    expect(control(el, `Email for ${xssName}`)).to.exist;
  });

  it('is read-only when disabled', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    el.disabled = true;
    await el.updateComplete;
    const cell = control(el, 'Push for Statements');
    expect(cell.getAttribute('aria-disabled')).to.equal('true');
    cell.click();
    await el.updateComplete;
    expect(cell.getAttribute('aria-checked')).to.equal('true');
    expect(adapter.saves).to.have.length(0);
  });
});

describe('<notification-prefs> keyboard', () => {
  async function tabIntoGrid(el: NotificationPrefs): Promise<void> {
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    for (let i = 0; i < 40 && !focused(el)?.closest('[role="grid"]'); i++) await sendKeys({ press: 'Tab' });
    before.remove();
  }

  const label = (el: NotificationPrefs) => {
    const f = focused(el) as HTMLElement;
    return plain(f.getAttribute('aria-label') ?? f.textContent!.replace(/\s+/g, ' ').trim());
  };

  it('has one tab stop, and moves with arrows, Home/End and Ctrl+Home/End', async () => {
    const el = await mount(new FakeAdapter());
    await tabIntoGrid(el);
    expect(label(el)).to.equal('Notification');
    expect($$(el, '[role="grid"] [tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(label(el)).to.equal('All channels');
    await sendKeys({ press: 'ArrowRight' });
    expect(label(el)).to.equal('Email for all notifications');
    await sendKeys({ press: 'ArrowDown' });
    expect(label(el)).to.equal('Account activity 2 of 2 on');
    await sendKeys({ press: 'ArrowDown' });
    // The column is kept across the section row.
    expect(label(el)).to.equal('Email for Large transactions');
    await sendKeys({ press: 'End' });
    expect(label(el)).to.equal('Push for Large transactions');
    await sendKeys({ press: 'Home' });
    expect(label(el)).to.equal('Options: Large transactions');
    await sendKeys({ press: 'ArrowDown' });
    expect(label(el)).to.contain('Statements');
    await pressWith('Control', 'End');
    // The last cell of the last row: this category has no push.
    expect(label(el)).to.equal('Push —Not available');
    expect(focused(el)!.closest('[role="row"]')!.textContent).to.contain(xssName);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(label(el)).to.equal(`Email for ${xssName}`);
    await pressWith('Control', 'Home');
    expect(label(el)).to.equal('Notification');
    expect($$(el, '[role="grid"] [tabindex="0"]')).to.have.length(1);
    // Tab leaves the grid in one step.
    await pressWith('Shift', 'Tab');
    expect(focused(el)?.closest('[role="grid"]') ?? null).to.equal(null);
  });

  it('on a narrow widget, Tab still enters the grid on a cell that shows when focused', async () => {
    const el = await mount(
      new FakeAdapter(),
      html`<notification-prefs style="inline-size: 360px"></notification-prefs>`,
    );
    const seen = () => {
      const rect = (focused(el) as HTMLElement).getBoundingClientRect();
      return rect.width > 1 && rect.height > 1;
    };
    await tabIntoGrid(el);
    expect(label(el)).to.equal('Notification');
    expect(seen(), 'the focused header cell is visible').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    expect(label(el)).to.equal('All channels');
    expect(seen()).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    expect(label(el)).to.equal('Email for all notifications');
    await pressWith('Control', 'Home');
    expect(label(el)).to.equal('Notification');
    expect(seen()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('switches with Space and toggles a section with Enter', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    await tabIntoGrid(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    expect(label(el)).to.equal('Push for Large transactions');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(control(el, 'Push for Large transactions').getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    expect(label(el)).to.equal('Account activity 2 of 2 on');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    expect(label(el)).to.equal('Security 2 of 2 on');
  });

  it('draws a thousand categories a screen at a time, and still reaches the last one by keyboard', async () => {
    const el = await mount(
      new FakeAdapter(manyCatalog(1000), { ...(await import('./helpers.js')).smallPreferences() }),
    );
    const grid = $(el, '[role="grid"]');
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(1000 + 7 + 1));
    expect(grid.children.length).to.be.lessThan(100);
    expect($(el, '.spacer')).to.exist;
    await tabIntoGrid(el);
    await pressWith('Control', 'End');
    await waitUntil(() => focused(el)?.closest('[role="row"]')?.textContent!.includes('Category 1000'));
    const row = focused(el)!.closest('[role="row"]')!;
    expect(row.getAttribute('aria-rowindex')).to.equal(String(1000 + 7 + 1));
    await sendKeys({ press: 'ArrowUp' });
    expect(label(el)).to.equal('POSTAL for Category 999');
  });

  it('redraws the row a change reaches, in any block of rows, and no other', async () => {
    const adapter = new FakeAdapter(manyCatalog(700), { ...(await import('./helpers.js')).smallPreferences() });
    const el = await mount(adapter);
    await waitUntil(() => {
      el.shadowRoot!.querySelector('.spacer')?.scrollIntoView({ block: 'end' });
      return !el.shadowRoot!.querySelector('.spacer');
    }, 'every row is drawn');
    // Seven sections of a hundred rows: Category 275 is in the fourth's second block of fifty.
    const target = control(el, 'EMAIL for Category 275');
    const elsewhere = ['EMAIL for Category 1', 'EMAIL for Category 260', 'EMAIL for Category 690'].map((name) =>
      control(el, name),
    );
    const before = elsewhere.map((cell) => cell.getAttribute('aria-checked'));
    const checked = target.getAttribute('aria-checked');
    target.click();
    await el.updateComplete;
    expect(target.getAttribute('aria-checked')).to.not.equal(checked);
    expect(control(el, 'EMAIL for Category 275'), 'the same node, redrawn in place').to.equal(target);
    expect(elsewhere.map((cell) => cell.getAttribute('aria-checked'))).to.deep.equal(before);
    // A change from another tab replaces every row's subscriptions: each block is redrawn.
    const last = control(el, 'PUSH for Category 699');
    const lastChecked = last.getAttribute('aria-checked');
    adapter.changeElsewhere({ subscriptions: { c698: { push: lastChecked !== 'true' } } });
    await waitUntil(() => last.getAttribute('aria-checked') !== lastChecked, 'the last block shows the change');
    expect(target.getAttribute('aria-checked'), 'the pending switch is kept').to.not.equal(checked);
  });

  it('draws more rows as the customer scrolls toward the end, until the spacer is gone', async () => {
    const el = await mount(new FakeAdapter(manyCatalog(400), { ...(await import('./helpers.js')).smallPreferences() }));
    const grid = $(el, '[role="grid"]');
    const first = grid.children.length;
    // Each scroll brings the spacer near the screen; the window draws more, a batch at a time,
    // while the spacer stays near (even when it is the same element as before).
    await waitUntil(() => {
      el.shadowRoot!.querySelector('.spacer')?.scrollIntoView({ block: 'end' });
      return !el.shadowRoot!.querySelector('.spacer');
    }, 'every row is drawn once the customer has scrolled to the end');
    expect(grid.children.length).to.be.greaterThan(first);
    expect(grid.children.length).to.equal(400 + 7 + 1);
    expect(grid.lastElementChild!.textContent).to.contain('Category 400');
  });
});

describe('<notification-prefs> states', () => {
  it('shows a proper empty state', async () => {
    const el = await mount(new FakeAdapter({ ...smallCatalog(), sections: [], categories: [] }));
    expect($(el, '[part="empty"] h2').textContent).to.contain('No notifications to set');
    expect($(el, '[role="grid"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says which field of a malformed catalog is wrong', async () => {
    const catalog = smallCatalog() as unknown as { categories: Array<Record<string, unknown>> };
    catalog.categories[1]!.channels = 'email';
    const el = await mount(new FakeAdapter(catalog));
    const error = $(el, '[part="error"]');
    expect(error.textContent).to.contain('The service sent settings we could not read.');
    expect(error.textContent).to.contain('categories[1].channels');
    await expect(el).to.be.accessible();
  });

  it('refuses a catalog that repeats an id, and says where', async () => {
    for (const [field, index] of [
      ['categories', 3],
      ['channels', 2],
      ['sections', 1],
    ] as const) {
      const catalog = smallCatalog();
      catalog[field][index]!.id = catalog[field][0]!.id;
      const el = await mount(new FakeAdapter(catalog));
      const error = $(el, '[part="error"]');
      expect(error.textContent, field).to.contain('The service sent settings we could not read.');
      expect(error.textContent).to.contain(`${field}[${index}].id`);
      expect(Boolean($(el, '[role="grid"]')), 'no half-drawn grid').to.equal(false);
      el.remove();
    }
  });

  it('fits one card per category on a narrow widget', async () => {
    const el = await mount(
      new FakeAdapter(),
      html`<notification-prefs style="inline-size: 360px"></notification-prefs>`,
    );
    const cell = control(el, 'Push for Statements');
    const label = cell.querySelector('.label')!;
    expect(getComputedStyle(label).display).to.not.equal('none');
    const row = cell.closest('[role="row"]')!;
    expect(getComputedStyle(row).flexDirection).to.equal('column');
    expect(row.getBoundingClientRect().width).to.be.at.most(360);
    await expect(el).to.be.accessible();
    el.style.inlineSize = '900px';
    await waitUntil(() => getComputedStyle(label).display === 'none');
  });
});
