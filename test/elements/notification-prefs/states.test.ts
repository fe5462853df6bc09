// axe in the states the other files do not check it in, and customer and catalog text
// shown as text wherever it appears besides the grid (dialog titles, the Undo toast).
import { expect, fixture, html } from '@open-wc/testing';
import { AdapterError, applyTheme, type PrefsAdapter } from '@prefcenter/core';
import { Deferred } from '../../shared/deferred.js';
import type { NotificationPrefs } from '../../../packages/elements/src/notification-prefs/index.js';
import { $, button, control, FakeAdapter, manyCatalog, mount, smallCatalog, xssName } from './helpers.js';
import { waitUntil } from '../../shared/wait.js';

/** The widget inside a page section painted with a theme, as <theme-picker> would paint it. */
async function themed(adapter: PrefsAdapter, choice: Parameters<typeof applyTheme>[0]): Promise<NotificationPrefs> {
  const section = await fixture<HTMLElement>(html`<section><notification-prefs></notification-prefs></section>`);
  applyTheme(choice, section);
  const el = section.querySelector('notification-prefs')!;
  el.adapter = adapter;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"]'), 'never loaded');
  await el.updateComplete;
  return el;
}

describe('<notification-prefs> accessibility in every state', () => {
  for (const [name, choice] of [
    ['dark', { scheme: 'dark', contrast: 'standard', motion: 'full', density: 'comfortable', textScale: 1 }],
    ['high contrast, dark', { scheme: 'dark', contrast: 'more', motion: 'full', density: 'comfortable', textScale: 1 }],
    [
      'large text, compact',
      { scheme: 'light', contrast: 'standard', motion: 'full', density: 'compact', textScale: 1.5 },
    ],
  ] as const) {
    it(`passes axe, colour contrast included, in ${name}`, async () => {
      const el = await themed(new FakeAdapter(), choice);
      expect(getComputedStyle(el).colorScheme).to.equal(choice.scheme);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe with a thousand categories', async () => {
    const el = await mount(new FakeAdapter(manyCatalog(1000)));
    await expect(el).to.be.accessible();
  });

  it('passes axe while a channel is being verified, and once its verification failed', async () => {
    const adapter = new FakeAdapter();
    const step = new Deferred<void>();
    adapter.verifyNotificationChannel = () => step.promise;
    const el = await mount(adapter);
    button(el, 'Verify phone number').click();
    await el.updateComplete;
    expect($(el, '[part="notice"]').textContent).to.contain('Finish the step');
    await expect(el).to.be.accessible();
    step.reject(new AdapterError('unavailable', 'down'));
    await waitUntil(() => $(el, '[part="notice"] [role="alert"]'));
    await expect(el).to.be.accessible();
  });

  it('passes axe while saving, and with a refused change waiting for Retry', async () => {
    const adapter = new FakeAdapter();
    adapter.autoConfirm = false;
    const el = await mount(adapter);
    control(el, 'Push for Large transactions').click();
    const save = await adapter.nextSave.promise;
    await waitUntil(() => $(el, '[part="save-status"]'));
    await expect(el).to.be.accessible();
    save.fail(new AdapterError('rate-limited', 'slow down'));
    await waitUntil(() => $(el, '[part="save-error"]'));
    await expect(el).to.be.accessible();
  });
});

describe('<notification-prefs> customer and catalog text is text', () => {
  it('in the options dialog title, and in the Undo toast', async () => {
    const catalog = smallCatalog();
    catalog.categories.find((c) => c.id === 'xss')!.frequencies = ['immediate', 'daily'];
    const el = await mount(new FakeAdapter(catalog));
    button(el, `Options: ${xssName}`).click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.querySelector('h2')!.textContent).to.equal(`Options for ${xssName}`);
    expect(dialog.querySelector('label')!.textContent).to.contain(`How often for ${xssName}`);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    dialog.close();
    await waitUntil(() => !$(el, 'dialog'));

    control(el, `Email for ${xssName}`).click();
    await el.updateComplete;
    expect($(el, '.pc-undo-message').textContent).to.equal(`Email for ${xssName}: on`);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
  });
});
