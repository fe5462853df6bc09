import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import * as core from '@prefcenter/core';
import {
  AdapterError,
  PrefsElement,
  PrefsErrorEvent,
  PrefsEvent,
  PrefsReauthRequiredEvent,
  type ThemeCatalog,
  type ThemePreferences,
} from '@prefcenter/core';
import '@prefcenter/core/provider/define';
import { PrefsProvider } from '@prefcenter/core/provider';
import { fakeThemeAdapter, themeDoc, type TestWidget } from './test-widget.js';
import './test-widget.js';
import { importSecondCopy } from '../shared/second-copy.js';
import { waitUntil } from '../shared/wait.js';

type Runtime = typeof import('../../packages/core/src/runtime.js');
type ProviderDefine = typeof import('../../packages/core/src/provider/define.js');

/** What `fn` made `console.warn` say. */
async function warningsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

// The second copy, as a CDN bundle on a page whose bundler brought this one. Its
// `<prefs-provider>` registers itself on import, as the bundle's does, after ours.
const other = await importSecondCopy<Runtime>('core/src/runtime.ts');
let otherDefine!: ProviderDefine;
const defineWarnings = await warningsOf(async () => {
  otherDefine = await importSecondCopy<ProviderDefine>('core/src/provider/define.ts');
});
otherDefine.definePrefsProvider('copy-two-provider');

/** The smallest widget of the second copy: the theme domain, showing the scheme. */
class CopyTwoWidget extends other.PrefsElement<ThemePreferences, ThemeCatalog> {
  protected readonly definition = other.themeDomain;
  protected readonly requiredMethods = other.themeMethods;
  protected renderReady(view: ThemePreferences) {
    return html`<p class="scheme">${view.scheme}</p>`;
  }
}
customElements.define('copy-two-widget', CopyTwoWidget);

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ready = (el: Element) => waitUntil(() => el.shadowRoot?.querySelector('.scheme'), 'the widget did not load');

async function readyWidget() {
  const fake = fakeThemeAdapter();
  const el = await fixture<TestWidget>(html`<test-prefs-widget .adapter=${fake.adapter}></test-prefs-widget>`);
  await fake.answerLoad();
  await ready(el);
  return { el, fake };
}

describe('Two copies of core on one page', () => {
  it('loads the second copy with classes of its own', () => {
    expect(other.PrefsElement).not.to.equal(PrefsElement);
    expect(other.AdapterError).not.to.equal(AdapterError);
    expect(customElements.get('copy-two-provider')).not.to.equal(PrefsProvider);
  });

  describe('define()', () => {
    it('the second copy’s define of a tag the first defined does not throw; it warns once', () => {
      expect(customElements.get('prefs-provider')).to.equal(PrefsProvider);
      expect(defineWarnings).to.have.length(1);
      expect(defineWarnings[0]).to.contain('<prefs-provider> is already defined by another class');
    });
  });

  describe('<prefs-provider>', () => {
    it('gives its adapter to a widget of the other copy', async () => {
      const fake = fakeThemeAdapter();
      const provider = await fixture(
        html`<copy-two-provider .adapter=${fake.adapter}><test-prefs-widget></test-prefs-widget></copy-two-provider>`,
      );
      const el = provider.querySelector('test-prefs-widget')!;
      expect(el.effectiveAdapter === fake.adapter, 'the widget has the provider’s adapter').to.equal(true);
      await fake.answerLoad(themeDoc(1, { scheme: 'dark' }));
      await ready(el);
      expect(text(el.shadowRoot!.querySelector('.scheme'))).to.contain('dark');
    });

    it('of this copy gives its adapter to the other copy’s widget, and a later one too', async () => {
      const first = fakeThemeAdapter();
      const provider = await fixture<PrefsProvider>(
        html`<prefs-provider .adapter=${first.adapter}><copy-two-widget></copy-two-widget></prefs-provider>`,
      );
      const el = provider.querySelector<CopyTwoWidget>('copy-two-widget')!;
      expect(el.effectiveAdapter === first.adapter, 'the widget has the provider’s adapter').to.equal(true);
      await first.answerLoad(themeDoc(1, { scheme: 'dark' }));
      await ready(el);
      expect(text(el.shadowRoot!.querySelector('.scheme'))).to.equal('dark');
      const second = fakeThemeAdapter();
      provider.adapter = second.adapter;
      expect(provider.adapter).to.equal(second.adapter);
      await second.answerLoad(themeDoc(1, { scheme: 'light' }));
      await waitUntil(() => text(el.shadowRoot!.querySelector('.scheme')) === 'light');
    });

    it('registered after the widget (a CDN bundle loaded later) still gives it its adapter', async () => {
      const fake = fakeThemeAdapter();
      const late = document.createElement('late-provider') as PrefsProvider;
      late.adapter = fake.adapter;
      const el = late.appendChild(document.createElement('test-prefs-widget'));
      document.body.append(late);
      try {
        await el.updateComplete;
        expect(el.effectiveAdapter === undefined, 'no provider yet').to.equal(true);
        otherDefine.definePrefsProvider('late-provider');
        await fake.answerLoad();
        await ready(el);
      } finally {
        late.remove();
      }
    });
  });

  describe('an AdapterError thrown with the other copy', () => {
    it('keeps its kind in the widget and in prefs-error: rate-limited is not "unavailable"', async () => {
      const { el, fake } = await readyWidget();
      el.shadowRoot!.querySelector<HTMLElement>('.dark')!.click();
      const failed = oneEvent(el, 'prefs-error');
      const thrown = new other.AdapterError('rate-limited', 'HTTP 429', { retryAfter: 30 });
      (await fake.saves.next()).deferred.reject(thrown);
      const event = await failed;
      expect(event.detail.error).to.equal(thrown);
      expect(event.detail.error.kind).to.equal('rate-limited');
      await waitUntil(() => part(el, 'save-error'));
      expect(text(part(el, 'save-error'))).to.contain('Too many changes in a short time.');
    });

    it('of kind conflict reloads and offers the choice', async () => {
      const { el, fake } = await readyWidget();
      el.shadowRoot!.querySelector<HTMLElement>('.dark')!.click();
      (await fake.saves.next()).deferred.reject(new other.AdapterError('conflict', 'stale'));
      (await fake.loads.next()).deferred.resolve(themeDoc(3, { scheme: 'system' }));
      await waitUntil(() => part(el, 'conflict'));
      expect(text(part(el, 'conflict'))).to.contain('Someone changed these settings elsewhere.');
    });

    it('of kind reauth-required asks the host to sign the customer in again', async () => {
      const { el, fake } = await readyWidget();
      el.shadowRoot!.querySelector<HTMLElement>('.dark')!.click();
      const reauth = oneEvent(el, 'prefs-reauth-required');
      (await fake.saves.next()).deferred.reject(new other.AdapterError('reauth-required', 'sign in'));
      const event = await reauth;
      expect(event).to.be.instanceOf(PrefsReauthRequiredEvent);
      event.detail.retry();
      expect((await fake.saves.next()).patch).to.deep.equal({ scheme: 'dark' });
    });
  });

  describe('events', () => {
    const names = [
      'PrefsChangeEvent',
      'PrefsSavedEvent',
      'PrefsErrorEvent',
      'PrefsConflictEvent',
      'PrefsReauthRequiredEvent',
      'PrefsVerifyChannelEvent',
      'PrefsThemeAppliedEvent',
    ] as const;
    type EventClass = new (detail: never) => Event;

    it('instanceof recognises an event of the other copy as its own class, and as no other', () => {
      for (const name of names) {
        const foreign = new (other[name] as EventClass)({} as never);
        expect((other[name] as EventClass) !== (core[name] as EventClass), name).to.equal(true);
        for (const asked of names) {
          expect(foreign instanceof core[asked], `${name} instanceof ${asked}`).to.equal(name === asked);
        }
        expect(foreign instanceof PrefsEvent, name).to.equal(true);
        expect(foreign instanceof Event, name).to.equal(true);
      }
    });

    it('does not take a look-alike for one, and leaves a subclass to the prototype chain', () => {
      const lookAlike = new CustomEvent('prefs-error', { detail: { error: new AdapterError('network', '') } });
      expect(lookAlike instanceof PrefsErrorEvent).to.equal(false);
      expect(lookAlike instanceof PrefsEvent).to.equal(false);
      class AuditedError extends PrefsErrorEvent {}
      const detail = { domain: 'theme', operation: 'save', error: new AdapterError('network', '') } as const;
      expect(new AuditedError(detail) instanceof PrefsErrorEvent).to.equal(true);
      expect(new other.PrefsErrorEvent(detail) instanceof AuditedError).to.equal(false);
    });

    it('a host with the other copy hears this copy’s widget by class, error included', async () => {
      const { el, fake } = await readyWidget();
      const heard: string[] = [];
      const listener = (event: Event) => {
        if (event instanceof other.PrefsChangeEvent) heard.push('change');
        if (event instanceof other.PrefsErrorEvent && event.detail.error instanceof other.AdapterError) {
          heard.push(`error ${event.detail.error.kind}`);
        }
      };
      for (const type of ['prefs-change', 'prefs-error']) document.addEventListener(type, listener);
      try {
        el.shadowRoot!.querySelector<HTMLElement>('.dark')!.click();
        (await fake.saves.next()).deferred.reject(new AdapterError('validation', 'no'));
        await waitUntil(() => heard.length === 2);
        expect(heard).to.deep.equal(['change', 'error validation']);
      } finally {
        for (const type of ['prefs-change', 'prefs-error']) document.removeEventListener(type, listener);
      }
    });
  });
});
