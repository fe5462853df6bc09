import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { msg } from '@lit/localize';
import {
  AdapterError,
  coreMessages,
  errorMessage,
  getLocale,
  loadPrefcenterTemplates,
  matchLocale,
  registerTranslations,
  setLocale,
  setupLocalization,
} from '@prefcenter/core';
import { fakeThemeAdapter, type TestWidget } from '../test-widget.js';
import '../test-widget.js';
import { waitUntil } from '../../shared/wait.js';

const part = (el: TestWidget, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A widget whose load failed, so it shows core strings: the title, the reason and Retry. */
async function failedWidget() {
  const fake = fakeThemeAdapter();
  const el = await fixture<TestWidget>(html`<test-prefs-widget .adapter=${fake.adapter}></test-prefs-widget>`);
  (await fake.catalogs.next()).deferred.resolve({ swatches: [{ id: 'a', name: 'A', light: '#000' }] });
  (await fake.loads.next()).deferred.reject(new AdapterError('network', 'offline'));
  await waitUntil(() => part(el, 'retry-button'));
  return el;
}

// Another package's strings, registered the way each widget registers its own.
registerTranslations('test-package', async (locale) => ({
  templates: { 'test.greeting': locale === 'fr' ? 'Bonjour' : `[${locale}] Hello` },
}));

describe('localization', () => {
  // Load the French chunks once up front, so a busy machine does not spend a test's time budget on them.
  before(() => loadPrefcenterTemplates('fr'));

  it('asks for setup before switching locale', async () => {
    let error: unknown;
    try {
      await setLocale('fr');
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('Call setupLocalization() once before setLocale()');
  });

  it('matches a regional tag to a supported locale', () => {
    expect(matchLocale('fr-CA')).to.equal('fr');
    expect(matchLocale('DE-at')).to.equal('de');
    expect(matchLocale('ja')).to.equal('ja');
    expect(matchLocale('pt-BR')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
  });

  it('starts in English and can be set up twice', () => {
    const first = setupLocalization();
    const second = setupLocalization();
    expect(first.setLocale).to.equal(second.setLocale);
    expect(first.getLocale).to.equal(second.getLocale);
    expect(getLocale()).to.equal('en');
  });

  it('switches a widget’s strings to French, with the real core translations', async () => {
    const el = await failedWidget();
    expect(text(part(el, 'retry-button'))).to.equal('Retry');
    await setLocale('fr');
    await el.updateComplete;
    expect(getLocale()).to.equal('fr');
    expect(text(part(el, 'retry-button'))).to.equal('Réessayer');
    expect(text(part(el, 'error'))).to.contain('Impossible de charger ces paramètres');
    expect(text(part(el, 'error'))).to.contain('Vous semblez être hors ligne.');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
    expect(part(el, 'base')!.hasAttribute('dir')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('follows a regional tag and translates placeholders', async () => {
    await setLocale('de-CH');
    expect(getLocale()).to.equal('de');
    expect(coreMessages.missingMethods('getPayments')).to.equal('Dem Adapter fehlen diese Methoden: getPayments.');
    expect(coreMessages.saveFailed(errorMessage('timeout'))).to.equal(
      'Ihre Änderung wurde nicht gespeichert und rückgängig gemacht. ' +
        'Der Dienst hat zu lange für eine Antwort gebraucht. Versuchen Sie es erneut.',
    );
  });

  it('renders right to left in Arabic', async () => {
    const el = await failedWidget();
    await setLocale('ar');
    await el.updateComplete;
    const base = part(el, 'base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(text(part(el, 'retry-button'))).to.equal('إعادة المحاولة');
    await expect(el).to.be.accessible();
  });

  it('has every core string in every locale', async () => {
    for (const locale of ['es', 'fr', 'de', 'ar', 'ja'] as const) {
      const templates = await loadPrefcenterTemplates(locale);
      expect(Object.keys(templates).filter((id) => id.startsWith('core.')).length, locale).to.be.at.least(29);
      expect(templates['core.retry'], locale).to.be.a('string').and.not.equal('Retry');
    }
  });

  it('merges the templates of every registered package', async () => {
    await setLocale('fr');
    expect(msg('Hello', { id: 'test.greeting' })).to.equal('Bonjour');
    expect(msg('Retry', { id: 'core.retry' })).to.equal('Réessayer');
  });

  it('switches only when asked on a repeated setup', async () => {
    await setLocale('ja');
    setupLocalization();
    expect(getLocale()).to.equal('ja');
    const ready = oneEvent(window, 'lit-localize-status');
    setupLocalization({ initialLocale: 'es-MX' });
    await waitUntil(() => getLocale() === 'es', 'did not switch to Spanish');
    await ready;
    expect(coreMessages.retry()).to.equal('Reintentar');
    await setLocale('en');
    expect(coreMessages.retry()).to.equal('Retry');
  });
});
