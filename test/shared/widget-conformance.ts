// The conformance suite every widget runs by tag: the states and failures each widget must
// handle the same way (DESIGN.md, "A widget's anatomy"). A widget's test file describes
// how to drive it (a `WidgetDriver`) and calls `widgetConformance(driver)`; everything
// else is here, so a new widget gets the whole suite from one short file.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import {
  AdapterError,
  adapterErrorKinds,
  coreMessages,
  errorMessage,
  formatPath,
  patchPaths,
  setLocale,
  setupLocalization,
  type AdapterErrorKind,
  type DomainDefinition,
  type PreferencesPatch,
  type PrefsAdapter,
  type Versioned,
} from '@prefcenter/core';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { Deferred } from './deferred.js';
import { FakeBackend } from './fake-backend.js';
import { hidePage } from './page-visibility.js';
import { waitUntil } from './wait.js';

/** How a customer starts one of the domain's actions in the widget, and how the widget shows it. */
export interface ActionDriver<D extends Versioned> {
  /** Starts it as a customer would (a click). */
  trigger: (el: HTMLElement) => Promise<void> | void;
  /** The control that starts it, when pressing it again could start it twice: disabled while it runs. */
  control?: (el: HTMLElement) => HTMLElement | null;
  /** Where a failure of it is shown. */
  failure: (el: HTMLElement) => HTMLElement | null;
  /** Presses its Retry. */
  retry: (el: HTMLElement) => void;
  /** What the adapter answers when it works (it may change the backend too, as a real step would). */
  answer: (backend: FakeBackend<D>) => unknown;
  /** Whether the widget shows it done. */
  done: (el: HTMLElement) => boolean;
  /** A read (such as a history) has nothing to repeat safely: its Retry may be a new request. */
  read?: boolean;
}

/** What the suite needs to know of a widget: its tag, its domain, and one change a customer can make. */
export interface WidgetDriver<D extends Versioned, C> {
  tag: string;
  definition: DomainDefinition<D, C>;
  catalog: () => C;
  document: () => D;
  /** Makes one change as a customer would (a click); `changed` reads whether the widget shows it. */
  change: (el: HTMLElement) => Promise<void>;
  changed: (el: HTMLElement) => boolean;
  /** Whether the backend's stored document has the change. */
  stored: (document: D) => boolean;
  /** A change made elsewhere to the same setting, to another value than the customer's. */
  elsewhere: PreferencesPatch<D>;
  /** `catalog()` with `text` in a field the widget shows; for a domain without a catalog, `documentWithText`. */
  catalogWithText?: (text: string) => unknown;
  /** `document()` with `text` in a field the widget shows (a nickname). */
  documentWithText?: (text: string) => D;
  /** An answer with one malformed field (in the catalog or the document), and its path as the error names it. */
  malformed: () => { catalog?: unknown; document?: unknown; path: string };
  /** The widget's own name for the setting `elsewhere` changes, when it names settings (`settingName`). */
  settingName?: string;
  /** How to start each action the domain declares (`definition.actions`), by name; every one must be here. */
  actions?: Record<string, ActionDriver<D>>;
  /** Sets what the widget needs before it gets its adapter, such as where a theme is painted. */
  prepare?: (el: HTMLElement) => void;
}

type Widget = HTMLElement & { adapter: PrefsAdapter | undefined; mode: string; updateComplete: Promise<boolean> };

const hostile = '<img src=x onerror="alert(1)">';
/** Kinds a save can fail with that leave the change for Retry; conflict has its own flow. */
const saveFailures = adapterErrorKinds.filter((kind) => kind !== 'conflict');

const root = (el: Element) => el.shadowRoot!;

/** Without the marks (FSI, PDI) that isolate adapter text. */
const plain = (value: string) => value.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');
const status = (el: Element) => plain(root(el).querySelector('[part="status"]')!.textContent!);
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const buttonNamed = (el: Element, name: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);

export function widgetConformance<D extends Versioned, C>(driver: WidgetDriver<D, C>): void {
  const tag = unsafeStatic(driver.tag);

  async function place(adapter: PrefsAdapter | undefined, mode = 'auto'): Promise<Widget> {
    const wrapper = await fixture<HTMLElement>(staticHtml`<div><${tag} mode=${mode}></${tag}></div>`);
    const el = wrapper.firstElementChild as Widget;
    driver.prepare?.(el);
    el.adapter = adapter;
    await el.updateComplete;
    return el;
  }

  async function mount(
    backend = new FakeBackend(driver.definition, driver.catalog(), driver.document()),
    mode = 'auto',
  ) {
    const el = await place(backend.adapter, mode);
    await waitUntil(() => !root(el).querySelector('[part="skeleton"]'), `${driver.tag} never left its skeleton`);
    await el.updateComplete;
    return { el, backend };
  }

  const backendWith = (catalog: unknown, document: unknown = driver.document()) =>
    new FakeBackend(driver.definition, catalog, document as D);

  describe(`<${driver.tag}> conformance`, () => {
    it('says it has no adapter, and passes axe', async () => {
      const el = await place(undefined);
      const error = root(el).querySelector('[part="error"]');
      expect(error?.getAttribute('role')).to.equal('alert');
      expect(error!.textContent).to.contain('adapter');
      await expect(el).to.be.accessible();
    });

    it('names every adapter method it needs that is missing', async () => {
      const { catalogMethod, readMethod, writeMethod } = driver.definition;
      const needed = [catalogMethod, readMethod, writeMethod].filter((name) => name !== undefined);
      const { adapter } = new FakeBackend(driver.definition, driver.catalog(), driver.document());
      let el: Widget | undefined;
      for (const missing of [...needed.map((name) => [name]), needed]) {
        const incomplete = { ...adapter } as Record<string, unknown>;
        for (const name of missing) delete incomplete[name];
        el = await place(incomplete as PrefsAdapter);
        const error = root(el).querySelector('[part="error"]')!.textContent!;
        for (const name of missing) expect(error, `missing ${missing.join(', ')}`).to.contain(name);
        for (const name of needed.filter((n) => !missing.includes(n))) expect(error).to.not.contain(name);
      }
      await expect(el).to.be.accessible();
    });

    it('shows a busy skeleton while loading, then the ready widget', async () => {
      const backend = new FakeBackend(driver.definition, driver.catalog(), driver.document());
      backend.holdLoads = new Deferred<void>();
      const el = await place(backend.adapter);
      expect(root(el).querySelector('[part="skeleton"]')?.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      backend.holdLoads.resolve();
      await waitUntil(() => !root(el).querySelector('[part="skeleton"]'));
      expect(driver.changed(el)).to.equal(false);
    });

    for (const kind of adapterErrorKinds) {
      it(`says what a ${kind} error on load means, and Retry loads`, async () => {
        const backend = new FakeBackend(driver.definition, driver.catalog(), driver.document());
        backend.failLoads = new AdapterError(kind, `load failed: ${kind}`);
        const { el } = await mount(backend);
        const error = root(el).querySelector('[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.contain(errorMessage(kind));
        await expect(el).to.be.accessible();
        backend.failLoads = undefined;
        buttonNamed(el, coreMessages.retry())!.click();
        await waitUntil(() => !root(el).querySelector('[part="error"], [part="skeleton"]'), 'Retry did not load');
        expect(driver.changed(el)).to.equal(false);
      });
    }

    for (const kind of saveFailures) {
      it(`rolls back a save refused as ${kind}, says so, and Retry saves the same change`, async () => {
        const { el, backend } = await mount();
        backend.failNextSave = new AdapterError(kind as AdapterErrorKind, `save failed: ${kind}`);
        await driver.change(el);
        expect(driver.changed(el), 'the change shows at once').to.equal(true);
        const refused = await backend.save(1);
        await waitUntil(() => !driver.changed(el), 'the refused change was not rolled back');
        await el.updateComplete;
        // Seen, not only heard: a visible notice says it, beside the status region that announces it.
        const notice = root(el).querySelector<HTMLElement>('[part~="save-error"]');
        expect(notice?.textContent, 'a visible notice of the refusal').to.contain(
          errorMessage(kind as AdapterErrorKind),
        );
        expect(notice!.getClientRects().length, 'the notice is drawn').to.be.greaterThan(0);
        expect(root(el).querySelector('[part="status"]')!.textContent).to.contain(
          errorMessage(kind as AdapterErrorKind),
        );
        expect(driver.stored(backend.document)).to.equal(false);
        await expect(el).to.be.accessible();
        buttonNamed(el, coreMessages.retry())!.click();
        const retried = await backend.save(2);
        expect(retried.meta.idempotencyKey, 'Retry is the same request').to.equal(refused.meta.idempotencyKey);
        await waitUntil(() => driver.changed(el), 'the retried change does not show');
        expect(driver.stored(backend.document), 'the retried change was stored').to.equal(true);
      });
    }

    it("names the fields a validation refusal names, by the widget's names for them, as text", async () => {
      const { el, backend } = await mount();
      const path = patchPaths(driver.elsewhere)[0]!;
      const fields = new Map([
        [formatPath(path), 'must be at most 3'],
        ['__proto__', hostile],
      ]);
      backend.failNextSave = new AdapterError('validation', 'refused', { fields: Object.fromEntries(fields) });
      await driver.change(el);
      await waitUntil(() => root(el).querySelector('[part="refused-fields"]'), 'no refused fields shown');
      const items = [...root(el).querySelectorAll('[part="refused-fields"] li')].map((li) => plain(li.textContent!));
      expect(items).to.have.length(2);
      expect(items[0])
        .to.contain(driver.settingName ?? formatPath(path))
        .and.to.contain('must be at most 3');
      expect(items[1]).to.contain('__proto__').and.to.contain(hostile);
      expect(root(el).querySelector('[part="refused-fields"] img'), 'adapter text stays text').to.equal(null);
      await waitUntil(() => status(el).includes('must be at most 3'), 'the fields are not announced');
      await expect(el).to.be.accessible();
    });

    for (const kind of ['rate-limited', 'unavailable'] as const) {
      it(`says when to try again after a ${kind} refusal, and a Retry pressed before then waits for it`, async () => {
        const { el, backend } = await mount();
        backend.failNextSave = new AdapterError(kind, 'later', { retryAfter: 600 });
        await driver.change(el);
        const refused = await backend.save(1);
        await waitUntil(() => root(el).querySelector('[part="retry-after"]'), 'no time to try again shown');
        const when = plain(root(el).querySelector('[part="retry-after"]')!.textContent!);
        expect(when).to.match(/You can try again in (10|9) minutes\./);
        await waitUntil(() => /try again in (10|9) minutes/.test(status(el)), 'the time is not announced');
        await expect(el).to.be.accessible();
        const retry = buttonNamed(el, coreMessages.retry())!;
        retry.focus();
        retry.click();
        await el.updateComplete;
        expect(backend.saves.length, 'nothing is sent before the time').to.equal(1);
        expect(text(el)).to.contain(coreMessages.retryScheduled());
        await waitUntil(() => status(el).includes(coreMessages.retryScheduled()), 'the wait is not announced');
        expect(root(el).activeElement, 'focus stays on Retry while the panel stays').to.equal(retry);
        await expect(el).to.be.accessible();
        // A short wait goes out on its own, as the same request.
        buttonNamed(el, coreMessages.dismiss())!.click();
        backend.failNextSave = new AdapterError(kind, 'later', { retryAfter: 0.05 });
        await driver.change(el);
        const second = await backend.save(2);
        await waitUntil(() => root(el).querySelector('[part~="save-error"]'), 'the second refusal is not shown');
        buttonNamed(el, coreMessages.retry())!.click();
        const retried = await backend.save(3);
        expect(retried.meta.idempotencyKey).to.equal(second.meta.idempotencyKey);
        expect(retried.meta.idempotencyKey).to.not.equal(refused.meta.idempotencyKey);
        await waitUntil(() => !root(el).querySelector('[part~="save-error"]'), 'the retried change was not saved');
      });
    }

    it('holds a change that collides with one made elsewhere, and "Use my changes" saves it', async () => {
      const { el, backend } = await mount();
      backend.changeElsewhere(driver.elsewhere, false);
      await driver.change(el);
      await waitUntil(() => root(el).querySelector('[part="conflict"]'), 'no conflict shown');
      expect(driver.stored(backend.document)).to.equal(false);
      await expect(el).to.be.accessible();
      buttonNamed(el, coreMessages.conflictKeepMine())!.click();
      await waitUntil(() => driver.stored(backend.document), 'Use mine did not save');
      expect(driver.changed(el)).to.equal(true);
    });

    it('keeps a draft in manual mode: nothing is sent before Save, Cancel throws it away', async () => {
      const { el, backend } = await mount(undefined, 'manual');
      await driver.change(el);
      expect(driver.changed(el)).to.equal(true);
      await el.updateComplete;
      // Hiding the page sends any batch waiting for its timer at once (auto mode): a draft stays.
      hidePage();
      expect(backend.saves.length, 'a draft is not sent before Save').to.equal(0);
      await expect(el).to.be.accessible();
      const [save, cancel] = root(el).querySelectorAll<HTMLButtonElement>('[part="save-bar"] button');
      cancel!.click();
      await el.updateComplete;
      expect(driver.changed(el)).to.equal(false);
      await driver.change(el);
      await el.updateComplete;
      save!.click();
      await backend.save(1);
      await waitUntil(() => driver.stored(backend.document), 'Save did not store the change');
    });

    it('names the malformed field of a bad answer', async () => {
      const { catalog = driver.catalog(), document, path } = driver.malformed();
      const { el } = await mount(backendWith(catalog, document ?? driver.document()));
      const error = root(el).querySelector('[part="error"]')!;
      expect(error.textContent).to.contain(errorMessage('invalid-response'));
      expect(error.textContent).to.contain(path);
      await expect(el).to.be.accessible();
    });

    it("renders the adapter's text as text, never as markup", async () => {
      if (!driver.catalogWithText && !driver.documentWithText) throw new Error('The driver puts no text anywhere.');
      const { el } = await mount(
        backendWith(
          driver.catalogWithText?.(hostile) ?? driver.catalog(),
          driver.documentWithText?.(hostile) ?? driver.document(),
        ),
      );
      expect(root(el).querySelector('img'), 'no element made of the text').to.equal(null);
      expect(text(el)).to.contain(hostile);
    });

    for (const name of Object.keys(driver.definition.actions ?? {})) {
      describe(`its ${name} action`, () => {
        const action = () => {
          const found = driver.actions?.[name];
          if (!found) throw new Error(`The driver does not say how to start the ${name} action.`);
          return found;
        };
        async function ready() {
          const backend = new FakeBackend(driver.definition, driver.catalog(), driver.document());
          backend.actionAnswers.set(name, () => action().answer(backend));
          return mount(backend);
        }
        const calls = (backend: FakeBackend<D>) => backend.keysOf(name).length;
        /** Whether the failure is said once: by its alert, or by the status region, not by both. */
        const saidOnce = (el: Widget, message: string) => {
          const alert =
            action().failure(el)!.closest('[role="alert"]') ?? action().failure(el)!.querySelector('[role="alert"]');
          return (alert !== null) !== status(el).includes(message);
        };

        it('is disabled while it runs, and a second start starts nothing; then it is done', async () => {
          const { el, backend } = await ready();
          backend.holdActions = true;
          await action().trigger(el);
          const call = await backend.actionCall(1);
          await el.updateComplete;
          const control = action().control?.(el);
          if (control) {
            expect(control.matches(':disabled') || control.getAttribute('aria-disabled') === 'true').to.equal(true);
            control.click();
            await el.updateComplete;
          }
          expect(calls(backend), 'one call').to.equal(1);
          await expect(el).to.be.accessible();
          call.answer(structuredClone(action().answer(backend)));
          await waitUntil(() => action().done(el), `${name} does not show it was done`);
          expect(calls(backend)).to.equal(1);
        });

        it('says a failure once, and Retry sends the same request', async () => {
          const { el, backend } = await ready();
          backend.failNextAction.set(name, new AdapterError('network', 'offline'));
          await action().trigger(el);
          await waitUntil(() => action().failure(el), `${name} does not show its failure`);
          const failure = action().failure(el)!;
          expect(failure.textContent).to.contain(errorMessage('network'));
          expect(failure.getClientRects().length, 'the failure is drawn').to.be.greaterThan(0);
          await waitUntil(() => saidOnce(el, errorMessage('network')), 'the failure is not said exactly once');
          await expect(el).to.be.accessible();
          action().retry(el);
          await backend.actionCall(2);
          const [first, second] = backend.keysOf(name);
          if (!action().read) expect(second, 'Retry is the same request').to.equal(first);
          await waitUntil(() => action().done(el), `${name} is not done after Retry`);
        });

        it('asks the host to confirm it is the customer on reauth-required, and its retry sends the same request', async () => {
          const { el, backend } = await ready();
          backend.failNextAction.set(name, new AdapterError('reauth-required', 'confirm'));
          const asked = oneEvent(el, 'prefs-reauth-required');
          await action().trigger(el);
          const event = await asked;
          expect(event.detail.domain).to.equal(driver.definition.domain);
          event.detail.retry();
          await backend.actionCall(2);
          const [first, second] = backend.keysOf(name);
          expect(second).to.equal(first);
          await waitUntil(() => action().done(el), `${name} is not done after the host's retry`);
        });

        it('reads the document again after a conflict, and its Retry is a new request on it', async () => {
          const { el, backend } = await ready();
          const loads = backend.loads;
          backend.failNextAction.set(name, new AdapterError('conflict', 'stale'));
          await action().trigger(el);
          await waitUntil(() => backend.loads > loads, 'the document was not read again');
          await waitUntil(() => action().failure(el), `${name} does not show its failure`);
          action().retry(el);
          await backend.actionCall(2);
          const [first, second] = backend.keysOf(name);
          expect(second, 'a new request').to.not.equal(first);
          await waitUntil(() => action().done(el), `${name} is not done after Retry`);
        });

        it('is aborted when the widget leaves the page', async () => {
          const { el, backend } = await ready();
          backend.holdActions = true;
          await action().trigger(el);
          const call = await backend.actionCall(1);
          expect(call.meta.signal.aborted).to.equal(false);
          el.remove();
          expect(call.meta.signal.aborted).to.equal(true);
        });
      });
    }

    describe('in Arabic', () => {
      before(async () => {
        setupLocalization();
        await setLocale('ar');
      });
      after(() => setLocale('en'));

      it('is laid out right to left and passes axe', async () => {
        const { el } = await mount();
        const base = root(el).querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal('ar');
        expect(getComputedStyle(base).direction).to.equal('rtl');
        await expect(el).to.be.accessible();
      });
    });
  });
}
