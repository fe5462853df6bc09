// A page where the host configured @lit/localize itself, before and without our setup: its
// loadLocale merges loadPrefcenterTemplates(locale) into its own templates. (Each test file
// runs in its own page, so lit-localize is unconfigured when this file starts.)
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import {
  AdapterError,
  getLocale,
  loadPrefcenterTemplates,
  setupLocalization,
  type TargetLocale,
} from '@prefcenter/core';
import { fakeThemeAdapter, type TestWidget } from '../test-widget.js';
import '../test-widget.js';
import { waitUntil } from '../../shared/wait.js';

const hostTemplates: Record<string, Record<string, string>> = {
  fr: { 'host.title': 'Mon compte' },
  de: { 'host.title': 'Mein Konto' },
};

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr', 'de'],
  loadLocale: async (locale) => ({
    templates: { ...(await loadPrefcenterTemplates(locale as TargetLocale)), ...hostTemplates[locale] },
  }),
});

const part = (el: TestWidget, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('a page where the host configured lit-localize first', () => {
  after(() => host.setLocale('en'));

  it('follows the locale the host set before any widget existed', async () => {
    await host.setLocale('de');
    expect(getLocale()).to.equal('de');
    expect(msg('My account', { id: 'host.title' })).to.equal('Mein Konto');
  });

  it('translates our widget’s strings and the host’s own together', async () => {
    const fake = fakeThemeAdapter();
    const el = await fixture<TestWidget>(html`<test-prefs-widget .adapter=${fake.adapter}></test-prefs-widget>`);
    (await fake.catalogs.next()).deferred.resolve({ swatches: [{ id: 'a', name: 'A', light: '#000' }] });
    (await fake.loads.next()).deferred.reject(new AdapterError('timeout', 'slow'));
    await waitUntil(() => part(el, 'retry-button'));
    expect(text(part(el, 'retry-button'))).to.equal('Erneut versuchen');

    await host.setLocale('fr');
    await el.updateComplete;
    expect(getLocale()).to.equal('fr');
    expect(host.getLocale()).to.equal('fr');
    expect(text(part(el, 'retry-button'))).to.equal('Réessayer');
    expect(text(part(el, 'error'))).to.contain('Le service a mis trop de temps à répondre.');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
    expect(msg('My account', { id: 'host.title' })).to.equal('Mon compte');

    await host.setLocale('en');
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(text(part(el, 'retry-button'))).to.equal('Retry');
  });

  it('explains what to do when our setup is called as well', () => {
    expect(() => setupLocalization()).to.throw(/already configured on this page.*loadPrefcenterTemplates/);
  });
});
