import { expect, fixture, html } from '@open-wc/testing';
import {
  AdapterError,
  coreMessages,
  loadPrefcenterTemplates,
  overrideKey,
  setLocale,
  setupLocalization,
  textWithOverrides,
  translate,
} from '@prefcenter/core';
import { fakeThemeAdapter, themeDoc, type TestWidget } from './test-widget.js';
import './test-widget.js';
import { waitUntil } from '../shared/wait.js';

const part = (el: TestWidget, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A widget whose load failed with `kind`, with `strings` set before it draws. */
async function failedWidget(strings: Record<string, unknown>) {
  const fake = fakeThemeAdapter();
  const el = await fixture<TestWidget>(
    html`<test-prefs-widget .adapter=${fake.adapter} .strings=${strings}></test-prefs-widget>`,
  );
  (await fake.catalogs.next()).deferred.resolve({ swatches: [{ id: 'a', name: 'A', light: '#000' }] });
  (await fake.loads.next()).deferred.reject(new AdapterError('network', 'offline'));
  await waitUntil(() => part(el, 'retry-button'));
  return el;
}

describe('text(id, english, values): one way to say and override a string', () => {
  before(() => loadPrefcenterTemplates('fr'));
  after(() => setLocale('en'));

  it('keys an override by the id without its prefix', () => {
    expect(overrideKey('core.save-failed')).to.equal('save-failed');
    expect(overrideKey('theme-picker.scheme.light')).to.equal('scheme.light');
    expect(overrideKey('plain')).to.equal('plain');
  });

  it('lets a host override core’s sentences by key without the prefix', async () => {
    const el = await failedWidget({
      retry: 'Try once more',
      'load-failed.title': 'We could not read your settings',
      'error.network': 'No connection.',
    });
    expect(text(part(el, 'retry-button'))).to.equal('Try once more');
    expect(text(part(el, 'error'))).to.contain('We could not read your settings');
    expect(text(part(el, 'error'))).to.contain('No connection.');
    expect(text(part(el, 'error'))).not.to.contain('offline');
    // The old camelCase keys are gone: `loadFailedTitle` is now an unknown key.
    el.strings = { loadFailedTitle: 'Old key' };
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('These settings could not be loaded');
  });

  it('fills {name} placeholders the same in an override, the English and a translation', async () => {
    const fake = fakeThemeAdapter();
    const adapter = { getThemePreferences: fake.adapter.getThemePreferences };
    const el = await fixture<TestWidget>(
      html`<test-prefs-widget
        .adapter=${adapter}
        .strings=${{ 'config.missing-methods': 'Missing: {methods} ({methods})' }}
      ></test-prefs-widget>`,
    );
    expect(text(part(el, 'error'))).to.contain('Missing: getThemeCatalog, updateThemePreferences (getThemeCatalog');
    el.strings = {};
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('The adapter lacks these methods: getThemeCatalog');
    setupLocalization();
    await setLocale('fr');
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('Il manque ces méthodes à l’adaptateur : getThemeCatalog');
    expect(coreMessages.saveFailed('{reason}')).to.equal(
      'Votre modification n’a pas été enregistrée et a été annulée. {reason}',
    );
    await setLocale('en');
  });

  it('never reads a value itself for placeholders, nor a placeholder the values lack', () => {
    expect(translate('core.error.detail', 'Details: {detail}', { detail: '{detail} {x}' })).to.equal(
      'Details: {detail} {x}',
    );
    expect(textWithOverrides({ detail: 'See {constructor} and {detail}' }, 'core.detail', 'Details', {})).to.equal(
      'See {constructor} and {detail}',
    );
  });

  it('reads only own string overrides: __proto__, constructor and toString are safe', () => {
    expect(textWithOverrides({}, 'x.constructor', 'Build')).to.equal('Build');
    expect(textWithOverrides({}, 'x.toString', 'As text')).to.equal('As text');
    const own = JSON.parse('{"__proto__": "Mine", "constructor": "Made"}') as Record<string, string>;
    expect(textWithOverrides(own, 'x.__proto__', 'Proto')).to.equal('Mine');
    expect(textWithOverrides(own, 'x.constructor', 'Build')).to.equal('Made');
    expect(textWithOverrides({ retry: 42 } as Record<string, unknown>, 'core.retry', 'Retry')).to.equal('Retry');
  });

  it('ignores unknown keys and hostile ones on a widget', async () => {
    const strings = JSON.parse('{"__proto__": "<b>proto</b>", "constructor": "ctor", "nope": "unknown"}');
    const el = await failedWidget(strings);
    expect(text(part(el, 'retry-button'))).to.equal('Retry');
    expect(text(el.shadowRoot!.querySelector('[part="base"]'))).not.to.match(/proto|ctor|unknown|native code/);
    await expect(el).to.be.accessible();
  });

  it('draws an override as text, never as markup', async () => {
    const el = await failedWidget({ retry: '<img src=x onerror=alert(1)>' });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(part(el, 'retry-button'))).to.equal('<img src=x onerror=alert(1)>');
  });

  it('overrides a sentence said while saving, with its placeholder', async () => {
    const fake = fakeThemeAdapter();
    const el = await fixture<TestWidget>(
      html`<test-prefs-widget
        .adapter=${fake.adapter}
        .strings=${{ 'save-failed': 'Not saved. {reason}', 'error.timeout': 'Too slow.' }}
      ></test-prefs-widget>`,
    );
    await fake.answerLoad(themeDoc());
    await waitUntil(() => el.shadowRoot!.querySelector('.dark'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.dark')!.click();
    (await fake.saves.next()).deferred.reject(new AdapterError('timeout', 'slow'));
    await waitUntil(() => part(el, 'save-error'), 'no refusal shown');
    expect(text(part(el, 'save-error'))).to.contain('Not saved. Too slow.');
    await waitUntil(() => text(part(el, 'status')).includes('Not saved. Too slow.'), 'not announced');
  });

  it('overrides the sentences of a refusal: the fields it names and when to try again', async () => {
    const fake = fakeThemeAdapter();
    const el = await fixture<TestWidget>(
      html`<test-prefs-widget
        .adapter=${fake.adapter}
        .strings=${{ 'error.field': '{field} — {reason}', 'retry-after.relative': 'Wait, then try {when}.' }}
      ></test-prefs-widget>`,
    );
    await fake.answerLoad(themeDoc());
    await waitUntil(() => el.shadowRoot!.querySelector('.dark'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.dark')!.click();
    (await fake.saves.next()).deferred.reject(
      new AdapterError('validation', 'bad', { fields: { scheme: 'not allowed' }, retryAfter: 30 }),
    );
    await waitUntil(() => part(el, 'save-error'), 'no refusal shown');
    const said = text(part(el, 'save-error'));
    expect(said).to.contain('— not allowed');
    expect(said).to.match(/Wait, then try in \d+ seconds\./);
    await waitUntil(() => /Wait, then try in/.test(text(part(el, 'status'))), 'not announced');
  });
});
