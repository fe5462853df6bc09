import { expect, fixture, html } from '@open-wc/testing';
import {
  AdapterError,
  setLocale,
  setupLocalization,
  type PrefsAdapter,
  type ThemeCatalog,
  type ThemePreferences,
} from '@prefcenter/core';
import '@prefcenter/core/provider/define';
import { fakeThemeAdapter, themeDoc, TestWidget } from '../test-widget.js';
import '../test-widget.js';
import { waitUntil } from '../../shared/wait.js';

const part = (el: TestWidget, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const $ = <E extends Element = HTMLElement>(el: TestWidget, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: TestWidget) => text(part(el, 'status'));
/** A widget whose render throws on a swatch named "odd", as a bug on unexpected data would. */
class FragileWidget extends TestWidget {
  protected override renderReady(view: ThemePreferences, catalog: ThemeCatalog) {
    if (catalog.swatches.some((swatch) => swatch.name === 'odd')) throw new TypeError('odd data');
    return super.renderReady(view, catalog);
  }
}
customElements.define('test-fragile-widget', FragileWidget);

const ready = (el: TestWidget) => waitUntil(() => $(el, '.scheme'), 'the widget did not become ready');

async function readyWidget(attrs: { mode?: 'auto' | 'manual' } = {}) {
  const fake = fakeThemeAdapter();
  const el = await fixture<TestWidget>(
    html`<test-prefs-widget .adapter=${fake.adapter} mode=${attrs.mode ?? 'auto'}></test-prefs-widget>`,
  );
  await fake.answerLoad();
  await ready(el);
  return { el, fake };
}

describe('PrefsElement', () => {
  describe('configuration', () => {
    it('says that no adapter was given', async () => {
      const el = await fixture<TestWidget>(html`<test-prefs-widget></test-prefs-widget>`);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('This widget is not set up');
      expect(text(error)).to.contain('No adapter was given');
      expect(text(error)).to.contain('<prefs-provider>');
      await expect(el).to.be.accessible();
    });

    it('names the adapter methods that are missing', async () => {
      const adapter: PrefsAdapter = { getThemeCatalog: async () => ({ swatches: [] }) };
      const el = await fixture<TestWidget>(html`<test-prefs-widget .adapter=${adapter}></test-prefs-widget>`);
      expect(text(part(el, 'error'))).to.contain(
        'The adapter lacks these methods: getThemePreferences, updateThemePreferences.',
      );
      await expect(el).to.be.accessible();
    });

    it('takes the adapter of an enclosing <prefs-provider>', async () => {
      const fake = fakeThemeAdapter();
      const provider = await fixture(
        html`<prefs-provider .adapter=${fake.adapter}><test-prefs-widget></test-prefs-widget></prefs-provider>`,
      );
      const el = provider.querySelector('test-prefs-widget')!;
      expect(el.effectiveAdapter).to.equal(fake.adapter);
      await fake.answerLoad();
      await ready(el);
      expect(text($(el, '.scheme'))).to.equal('light Harbour blue');
    });

    it('prefers its own adapter to the provider’s', async () => {
      const provided = fakeThemeAdapter();
      const own = fakeThemeAdapter();
      const provider = await fixture(
        html`<prefs-provider .adapter=${provided.adapter}>
          <test-prefs-widget .adapter=${own.adapter}></test-prefs-widget>
        </prefs-provider>`,
      );
      const el = provider.querySelector('test-prefs-widget')!;
      await own.answerLoad(themeDoc(1, { scheme: 'dark' }));
      await ready(el);
      expect(text($(el, '.scheme'))).to.contain('dark');
      expect(provided.loads.length).to.equal(0);
    });

    it('does not reload when the provider changes under its own adapter', async () => {
      const provided = fakeThemeAdapter();
      const own = fakeThemeAdapter();
      const provider = await fixture<HTMLElementTagNameMap['prefs-provider']>(
        html`<prefs-provider .adapter=${provided.adapter}>
          <test-prefs-widget .adapter=${own.adapter}></test-prefs-widget>
        </prefs-provider>`,
      );
      const el = provider.querySelector('test-prefs-widget')!;
      await own.answerLoad();
      await ready(el);
      provider.adapter = fakeThemeAdapter().adapter;
      await provider.updateComplete;
      await el.updateComplete;
      expect(own.loads.length).to.equal(1);
      expect($(el, '.scheme')).to.exist;
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      const fake = fakeThemeAdapter();
      const el = await fixture<TestWidget>(html`<test-prefs-widget .adapter=${fake.adapter}></test-prefs-widget>`);
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(text(skeleton)).to.equal('Loading settings…');
      expect(skeleton.querySelectorAll('.skeleton-line')).to.have.length(4);
      await expect(el).to.be.accessible();
      await fake.answerLoad();
      await ready(el);
      expect(part(el, 'skeleton')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a failed load with a Retry that loads again', async () => {
      const fake = fakeThemeAdapter();
      const el = await fixture<TestWidget>(html`<test-prefs-widget .adapter=${fake.adapter}></test-prefs-widget>`);
      (await fake.catalogs.next()).deferred.resolve({ swatches: [{ id: 'a', name: 'A', light: '#000' }] });
      (await fake.loads.next()).deferred.reject(new AdapterError('unavailable', 'down'));
      await waitUntil(() => part(el, 'error'));
      const error = part(el, 'error')!;
      expect(text(error)).to.contain('These settings could not be loaded');
      expect(text(error)).to.contain('The service is not available right now.');
      await waitUntil(() => status(el) === 'The service is not available right now. Try again later.');
      await expect(el).to.be.accessible();
      part(el, 'retry-button')!.click();
      await el.updateComplete;
      expect(part(el, 'skeleton')).to.exist;
      await fake.answerLoad();
      await ready(el);
    });

    it('says which field of a malformed answer is wrong', async () => {
      const fake = fakeThemeAdapter();
      const el = await fixture<TestWidget>(html`<test-prefs-widget .adapter=${fake.adapter}></test-prefs-widget>`);
      await fake.answerLoad({ ...themeDoc(), scheme: 'purple' });
      await waitUntil(() => part(el, 'error'));
      expect(el.controller.loadError?.kind).to.equal('invalid-response');
      expect(el.controller.loadError?.path).to.deep.equal(['scheme']);
      expect(text(part(el, 'error'))).to.contain('The service sent settings we could not read.');
      expect(text(part(el, 'error'))).to.contain('Details: scheme');
      await expect(el).to.be.accessible();
    });

    it('renders adapter text as text, not markup', async () => {
      const fake = fakeThemeAdapter();
      const el = await fixture<TestWidget>(html`<test-prefs-widget .adapter=${fake.adapter}></test-prefs-widget>`);
      (await fake.catalogs.next()).deferred.resolve({
        swatches: [{ id: 'x', name: '<img src=x onerror=alert(1)>', light: '#000' }],
      });
      (await fake.loads.next()).deferred.resolve(themeDoc());
      await ready(el);
      expect($(el, 'img')).to.equal(null);
      expect(text($(el, '.scheme'))).to.contain('<img src=x onerror=alert(1)>');
    });

    it('lets the host replace a visible string', async () => {
      const fake = fakeThemeAdapter();
      const el = await fixture<TestWidget>(
        html`<test-prefs-widget .adapter=${fake.adapter} .strings=${{ retry: 'Try once more' }}></test-prefs-widget>`,
      );
      (await fake.catalogs.next()).deferred.resolve({ swatches: [{ id: 'a', name: 'A', light: '#000' }] });
      (await fake.loads.next()).deferred.reject(new AdapterError('network', 'offline'));
      await waitUntil(() => part(el, 'retry-button'));
      expect(text(part(el, 'retry-button'))).to.equal('Try once more');
    });
  });

  describe('saving', () => {
    it('announces a save', async () => {
      const { el, fake } = await readyWidget();
      $(el, '.dark')!.click();
      await el.updateComplete;
      expect(text($(el, '.scheme'))).to.contain('dark');
      const save = await fake.saves.next();
      expect(save.patch).to.deep.equal({ scheme: 'dark' });
      save.deferred.resolve(themeDoc(2, { scheme: 'dark' }));
      await waitUntil(() => status(el) === 'Saved', 'no “Saved” announcement');
      expect(part(el, 'status')!.getAttribute('aria-live')).to.equal('polite');
      await expect(el).to.be.accessible();
    });

    it('announces a failed save, rolls back and offers Retry and Dismiss', async () => {
      const { el, fake } = await readyWidget();
      $(el, '.dark')!.click();
      const first = await fake.saves.next();
      first.deferred.reject(new AdapterError('network', 'offline'));
      await waitUntil(() => part(el, 'save-error'));
      expect(text($(el, '.scheme'))).to.contain('light');
      expect(status(el)).to.equal(
        'Your change was not saved and has been undone. You seem to be offline. Check your connection and try again.',
      );
      expect(text(part(el, 'save-error'))).to.contain('Your change was not saved');
      await expect(el).to.be.accessible();
      const [retry, dismiss] = part(el, 'save-error')!.querySelectorAll('button');
      expect(text(retry)).to.equal('Retry');
      retry!.click();
      const second = await fake.saves.next();
      expect(second.meta.idempotencyKey).to.equal(first.meta.idempotencyKey);
      second.deferred.reject(new AdapterError('network', 'offline'));
      await waitUntil(() => part(el, 'save-error'));
      expect(text(dismiss)).to.equal('Dismiss');
      part(el, 'save-error')!.querySelectorAll('button')[1]!.click();
      await el.updateComplete;
      expect(part(el, 'save-error')).to.equal(null);
    });

    it('a save refused with an error kind core does not know still rolls back and says why', async () => {
      const { el, fake } = await readyWidget();
      $(el, '.dark')!.click();
      (await fake.saves.next()).deferred.reject(new AdapterError('forbidden' as never, 'HTTP 403'));
      await waitUntil(() => part(el, 'save-error'));
      expect(text($(el, '.scheme'))).to.contain('light');
      expect(status(el)).to.equal(
        'Your change was not saved and has been undone. The service is not available right now. Try again later.',
      );
    });

    it('shows a conflict with a choice', async () => {
      const { el, fake } = await readyWidget();
      $(el, '.dark')!.click();
      (await fake.saves.next()).deferred.reject(new AdapterError('conflict', 'stale'));
      (await fake.loads.next()).deferred.resolve(themeDoc(3, { scheme: 'system' }));
      await waitUntil(() => part(el, 'conflict'));
      expect(text($(el, '.scheme'))).to.contain('system');
      expect(text(part(el, 'conflict'))).to.contain('Someone changed these settings elsewhere.');
      await waitUntil(() => status(el).startsWith('Someone changed these settings elsewhere.'));
      await expect(el).to.be.accessible();
      const [keepMine] = part(el, 'conflict')!.querySelectorAll('button');
      expect(text(keepMine)).to.equal('Use my changes');
      keepMine!.click();
      const mine = await fake.saves.next();
      expect(mine.patch).to.deep.equal({ scheme: 'dark' });
      expect(mine.meta.version).to.equal(3);
    });

    it('accepts the other change from the conflict notice', async () => {
      const { el, fake } = await readyWidget();
      $(el, '.dark')!.click();
      (await fake.saves.next()).deferred.reject(new AdapterError('conflict', 'stale'));
      (await fake.loads.next()).deferred.resolve(themeDoc(3, { scheme: 'system' }));
      await waitUntil(() => part(el, 'conflict'));
      const keepTheirs = part(el, 'conflict')!.querySelectorAll('button')[1]!;
      expect(text(keepTheirs)).to.equal('Keep theirs');
      keepTheirs.click();
      await el.updateComplete;
      expect(part(el, 'conflict')).to.equal(null);
      expect(text($(el, '.scheme'))).to.contain('system');
    });

    it('keeps a draft behind Save and Cancel in manual mode', async () => {
      const { el, fake } = await readyWidget({ mode: 'manual' });
      const bar = () => part(el, 'save-bar')!;
      const [save, cancel] = bar().querySelectorAll('button');
      expect(save!.disabled).to.equal(true);
      expect(cancel!.disabled).to.equal(true);
      await expect(el).to.be.accessible();

      $(el, '.dark')!.click();
      await el.updateComplete;
      expect(save!.disabled).to.equal(false);
      expect(text(bar())).to.contain('You have unsaved changes.');
      await expect(el).to.be.accessible();

      cancel!.click();
      await el.updateComplete;
      expect(text($(el, '.scheme'))).to.contain('light');
      await waitUntil(() => status(el) === 'Changes discarded.');
      expect(fake.saves.length).to.equal(0);

      $(el, '.dark')!.click();
      await el.updateComplete;
      save!.click();
      await el.updateComplete;
      expect(text(save)).to.equal('Saving…');
      expect(save!.disabled).to.equal(true);
      const sent = await fake.saves.next();
      expect(sent.patch).to.deep.equal({ scheme: 'dark' });
      sent.deferred.resolve(themeDoc(2, { scheme: 'dark' }));
      await waitUntil(() => status(el) === 'Saved');
      expect(text(save)).to.equal('Save');
    });
  });

  describe('a render that throws', () => {
    it('ends in the error state with Retry, logs the error, and Retry reads the data again', async () => {
      const fake = fakeThemeAdapter();
      const logged: unknown[][] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const el = await fixture<FragileWidget>(
          html`<test-fragile-widget .adapter=${fake.adapter}></test-fragile-widget>`,
        );
        (await fake.catalogs.next()).deferred.resolve({ swatches: [{ id: 'o', name: 'odd', light: '#123456' }] });
        (await fake.loads.next()).deferred.resolve(themeDoc());
        await waitUntil(() => part(el, 'error'), 'the widget stayed on its skeleton');
        expect(part(el, 'skeleton')).to.equal(null);
        const error = part(el, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain('These settings could not be loaded');
        expect(logged.some((args) => args.some((arg) => arg instanceof TypeError && arg.message === 'odd data'))).to.be
          .true;
        await expect(el).to.be.accessible();
        part(el, 'retry-button')!.click();
        await el.updateComplete;
        expect(part(el, 'skeleton'), 'Retry reads the data again').to.exist;
        await fake.answerLoad();
        await ready(el);
        expect(part(el, 'error')).to.equal(null);
      } finally {
        console.error = consoleError;
      }
    });

    it("draws the new adapter's data once the host replaces the adapter, without asking for Retry", async () => {
      const consoleError = console.error;
      console.error = () => {};
      try {
        const broken = fakeThemeAdapter();
        const el = await fixture<FragileWidget>(
          html`<test-fragile-widget .adapter=${broken.adapter}></test-fragile-widget>`,
        );
        (await broken.catalogs.next()).deferred.resolve({ swatches: [{ id: 'o', name: 'odd', light: '#123456' }] });
        (await broken.loads.next()).deferred.resolve(themeDoc());
        await waitUntil(() => part(el, 'error'), 'the widget stayed on its skeleton');
        const working = fakeThemeAdapter();
        el.adapter = working.adapter;
        await el.updateComplete;
        await working.answerLoad();
        await ready(el);
        expect(part(el, 'error')).to.equal(null);
      } finally {
        console.error = consoleError;
      }
    });
  });

  describe('private custom properties', () => {
    it('a page rule on every element does not reach the private properties; public tokens still theme', async () => {
      const style = document.createElement('style');
      style.textContent = '* { --pc-color-text: transparent; --pc-color-bg: transparent; --pc-font-size-m: 1px; }';
      document.head.append(style);
      try {
        const { el } = await readyWidget();
        const scheme = getComputedStyle($(el, '.scheme')!);
        expect(scheme.color).to.not.equal('rgba(0, 0, 0, 0)');
        expect(parseFloat(scheme.fontSize)).to.be.above(10);
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        el.style.setProperty('--prefs-color-text', 'rgb(1, 2, 3)');
        expect(getComputedStyle($(el, '.scheme')!).color).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });
  });

  describe('a refused change, told in sight', () => {
    it('does not take focus, and Retry and Dismiss send focus back to the control', async () => {
      const { el, fake } = await readyWidget();
      const dark = $(el, '.dark')!;
      dark.focus();
      dark.click();
      (await fake.saves.next()).deferred.reject(new AdapterError('network', 'offline'));
      await waitUntil(() => part(el, 'save-error'));
      expect(el.shadowRoot!.activeElement, 'focus stays where the customer is').to.equal(dark);
      expect(getComputedStyle(part(el, 'save-error')!.parentElement!).position).to.equal('sticky');
      const retry = part(el, 'save-error')!.querySelector('button')!;
      retry.focus();
      retry.click();
      (await fake.saves.next()).deferred.reject(new AdapterError('network', 'offline'));
      await waitUntil(() => el.shadowRoot!.activeElement === dark, 'Retry did not send focus back');
      await waitUntil(() => part(el, 'save-error'));
      const dismiss = part(el, 'save-error')!.querySelectorAll('button')[1]!;
      dismiss.focus();
      dismiss.click();
      await waitUntil(() => el.shadowRoot!.activeElement === dark, 'Dismiss did not send focus back');
      expect(part(el, 'save-error')).to.equal(null);
    });
  });

  describe('a scheduled Retry that goes out by itself', () => {
    it('sends focus back to the control, as a pressed Retry does', async () => {
      const { el, fake } = await readyWidget();
      const dark = $(el, '.dark')!;
      dark.focus();
      dark.click();
      (await fake.saves.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 0.3 }));
      await waitUntil(() => part(el, 'save-error'));
      const retry = part(el, 'save-error')!.querySelector('button')!;
      retry.focus();
      retry.click();
      expect(el.controller.retryScheduled, 'the Retry waits for its time').to.equal(true);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'focus stays on the waiting Retry').to.equal(retry);
      await fake.saves.next();
      await waitUntil(() => el.shadowRoot!.activeElement === dark, 'focus was not sent back to the control');
      expect(part(el, 'save-error')).to.equal(null);
    });
  });

  describe('a refusal with a huge retryAfter', () => {
    it('says the date it may be tried again, at most a week away', async () => {
      const { el, fake } = await readyWidget();
      $(el, '.dark')!.click();
      (await fake.saves.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 1e13 }));
      await waitUntil(() => part(el, 'retry-after'), 'no retry time was shown');
      const week = new Date(Date.now() + 7 * 24 * 3600_000);
      const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(week);
      expect(text(part(el, 'retry-after'))).to.contain(day);
      await waitUntil(() => status(el).includes(day), 'the date was not announced');
      await expect(el).to.be.accessible();
    });
  });

  describe('direction', () => {
    after(() => setLocale('en'));

    it('renders right to left in Arabic', async () => {
      const { el } = await readyWidget();
      expect(part(el, 'base')!.hasAttribute('dir')).to.equal(false);
      setupLocalization();
      await setLocale('ar');
      await el.updateComplete;
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });
});
