import { expect, fixture, html } from '@open-wc/testing';
import { fakeThemeAdapter, themeCatalog, themeDoc, type TestWidget } from './test-widget.js';
import './test-widget.js';
import { waitUntil } from '../shared/wait.js';

// `initial`: the data a page was rendered with (on the server, or by the host) is the
// loaded state from the first render, checked as an adapter's answer is, and is read again.

const $ = (el: TestWidget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: TestWidget, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const initial = { document: themeDoc(3), catalog: themeCatalog };

describe('PrefsElement initial data', () => {
  it('is drawn ready on the first render, never the skeleton, and is read again through the adapter', async () => {
    const fake = fakeThemeAdapter();
    const el = await fixture<TestWidget>(
      html`<test-prefs-widget .adapter=${fake.adapter} .initial=${initial}></test-prefs-widget>`,
    );
    expect(text(el, '.scheme')).to.equal('light Harbour blue');
    expect($(el, '[part=skeleton]')).to.equal(null);
    // Read again in the background: the document and the catalog.
    const load = await fake.loads.next();
    const catalog = await fake.catalogs.next();
    expect(el.controller.loadStatus).to.equal('ready');
    catalog.deferred.resolve({ swatches: [{ id: 'sea', name: 'Sea', light: '#005577' }] });
    load.deferred.resolve(themeDoc(4, { scheme: 'dark' }));
    await waitUntil(() => text(el, '.scheme') === 'dark Sea', 'the newer answer was not drawn');
    await waitUntil(() => text(el, '[part=status]') === 'Updated with changes made elsewhere.');
  });

  it('keeps the seed when the adapter answers the same version, and a change is saved on its version', async () => {
    const fake = fakeThemeAdapter();
    const el = await fixture<TestWidget>(
      html`<test-prefs-widget .adapter=${fake.adapter} .initial=${initial}></test-prefs-widget>`,
    );
    $(el, 'button.dark')!.click();
    const save = await fake.saves.next();
    expect(save.patch).to.deep.equal({ scheme: 'dark' });
    expect(save.meta.version).to.equal(3);
    (await fake.loads.next()).deferred.resolve(themeDoc(3));
    (await fake.catalogs.next()).deferred.resolve(themeCatalog);
    save.deferred.resolve(themeDoc(4, { scheme: 'dark' }));
    await waitUntil(() => el.controller.confirmed?.version === 4);
    expect(text(el, '.scheme')).to.equal('dark Harbour blue');
    expect(text(el, '[part=status]')).to.equal('Saved');
  });

  it('comes from the `initial` attribute as JSON, as server-rendered markup carries it', async () => {
    const fake = fakeThemeAdapter();
    const el = await fixture<TestWidget>(
      html`<test-prefs-widget .adapter=${fake.adapter} initial=${JSON.stringify(initial)}></test-prefs-widget>`,
    );
    expect(text(el, '.scheme')).to.equal('light Harbour blue');
    expect(el.controller.confirmed).to.deep.equal(initial.document);
  });

  it('is ignored, with a warning naming the bad field, when it fails the schema: the widget loads', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const fake = fakeThemeAdapter();
      const bad = { document: { ...themeDoc(3), textScale: 'huge' }, catalog: themeCatalog };
      const el = await fixture<TestWidget>(
        html`<test-prefs-widget .adapter=${fake.adapter} .initial=${bad}></test-prefs-widget>`,
      );
      expect($(el, '[part=skeleton]')).to.not.equal(null);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('Ignored initial data that fails the schema');
      expect(String(warnings[0]!.at(-1))).to.contain('textScale');
      await fake.answerLoad(themeDoc(5));
      await waitUntil(() => $(el, '.scheme'));
      expect(el.controller.confirmed?.version).to.equal(5);
    } finally {
      console.warn = warn;
    }
  });

  it('waits for the adapter: not set up until it comes, then ready at once from the seed', async () => {
    const el = await fixture<TestWidget>(html`<test-prefs-widget .initial=${initial}></test-prefs-widget>`);
    expect(text(el, '[part=error] h2')).to.equal('This widget is not set up');
    const fake = fakeThemeAdapter();
    el.adapter = fake.adapter;
    await el.updateComplete;
    expect(text(el, '.scheme')).to.equal('light Harbour blue');
    expect($(el, '[part=skeleton]')).to.equal(null);
    // Read again, not loaded: the seed stays on screen while the adapter is asked.
    (await fake.loads.next()).deferred.resolve(themeDoc(3));
    (await fake.catalogs.next()).deferred.resolve(themeCatalog);
    expect(el.controller.loadStatus).to.equal('ready');
  });

  it('set after the adapter answered, is ignored: what the adapter said is newer', async () => {
    const fake = fakeThemeAdapter();
    const el = await fixture<TestWidget>(html`<test-prefs-widget .adapter=${fake.adapter}></test-prefs-widget>`);
    await fake.answerLoad(themeDoc(7, { scheme: 'dark' }));
    await waitUntil(() => $(el, '.scheme'));
    el.initial = initial;
    await el.updateComplete;
    expect(el.controller.confirmed?.version).to.equal(7);
    expect(text(el, '.scheme')).to.equal('dark Harbour blue');
  });
});
