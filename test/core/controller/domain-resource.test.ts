import { expect } from '@open-wc/testing';
import {
  AdapterError,
  adapterErrorKinds,
  describeError,
  domainResource,
  errorMessage,
  paymentsDomain,
  themeDomain,
  type DomainDocuments,
  type PrefsAdapter,
  type PrefsDomain,
  type ThemePreferences,
} from '@prefcenter/core';
import { themeCatalog, themeDoc } from '../test-widget.js';

const signal = new AbortController().signal;

describe('domainResource', () => {
  it('reads the catalog and document through the adapter and checks them', async () => {
    const calls: unknown[] = [];
    const adapter: PrefsAdapter = {
      getThemeCatalog: async (options) => {
        calls.push(['catalog', options.signal]);
        return themeCatalog;
      },
      getThemePreferences: async () => themeDoc(4),
      updateThemePreferences: async (patch, meta) => {
        calls.push(['save', patch, meta.version]);
        return { ...themeDoc(5), ...patch } as ThemePreferences;
      },
    };
    const spec = domainResource(adapter, themeDomain);
    expect(spec.domain).to.equal('theme');
    expect(await spec.loadCatalog!({ signal })).to.deep.equal(themeCatalog);
    expect((await spec.load({ signal })).version).to.equal(4);
    const saved = await spec.save({ scheme: 'dark' }, { version: 4, idempotencyKey: 'k', signal });
    expect(saved.scheme).to.equal('dark');
    expect(calls).to.deep.equal([
      ['catalog', signal],
      ['save', { scheme: 'dark' }, 4],
    ]);
    expect(spec.subscribe).to.equal(undefined);
  });

  it('turns a malformed save answer into invalid-response', async () => {
    const adapter: PrefsAdapter = {
      getThemeCatalog: async () => themeCatalog,
      getThemePreferences: async () => themeDoc(),
      updateThemePreferences: async () => ({ ...themeDoc(2), density: 'roomy' }) as unknown as ThemePreferences,
    };
    try {
      await domainResource(adapter, themeDomain).save({}, { version: 1, idempotencyKey: 'k', signal });
      expect.fail('expected invalid-response');
    } catch (error) {
      expect(error).to.be.instanceOf(AdapterError);
      expect((error as AdapterError).kind).to.equal('invalid-response');
      expect((error as AdapterError).path).to.deep.equal(['density']);
    }
  });

  it('drops fields it does not know and fills defaults, so widgets see exactly the schema', async () => {
    const adapter: PrefsAdapter = {
      getThemeCatalog: async () => ({ swatches: [{ ...themeCatalog.swatches[0]!, extra: 'x' }], vendor: 1 }) as never,
      getThemePreferences: async () => ({ ...themeDoc(3), tracking: true }) as never,
      updateThemePreferences: async () => themeDoc(4),
    };
    const spec = domainResource(adapter, themeDomain);
    const catalog = await spec.loadCatalog!({ signal });
    expect(catalog).to.deep.equal({ swatches: [themeCatalog.swatches[0]] });
    expect(await spec.load({ signal })).to.deep.equal(themeDoc(3));
  });

  it('has no catalog read for a domain without one', () => {
    const spec = domainResource({ getPayments: async () => ({}) as never }, paymentsDomain);
    expect(spec.loadCatalog).to.equal(undefined);
  });

  it('passes on checked pushes and ignores malformed ones with a warning', async () => {
    let push: ((value: unknown) => void) | undefined;
    let unsubscribed = false;
    const adapter: PrefsAdapter = {
      subscribe<D extends PrefsDomain>(domain: D, listener: (document: DomainDocuments[D]) => void) {
        expect(domain).to.equal('theme');
        push = listener as (value: unknown) => void;
        return () => {
          unsubscribed = true;
        };
      },
    };
    const received: ThemePreferences[] = [];
    const unsubscribe = domainResource(adapter, themeDomain).subscribe!((d) => received.push(d));
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      push!(themeDoc(7));
      push!({ ...themeDoc(8), scheme: 42 });
      push!(themeDoc(9));
    } finally {
      console.warn = original;
    }
    expect(received.map((d) => d.version)).to.deep.equal([7, 9]);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('Ignored a malformed update');
    unsubscribe();
    expect(unsubscribed).to.equal(true);
  });
});

describe('error messages', () => {
  it('has a distinct sentence for every error kind', () => {
    const sentences = adapterErrorKinds.map((kind) => errorMessage(kind));
    expect(new Set(sentences).size).to.equal(adapterErrorKinds.length);
    for (const sentence of sentences) expect(sentence).to.match(/^[A-Z].*\.$/);
    expect(describeError(new AdapterError('rate-limited', 'HTTP 429'))).to.equal(errorMessage('rate-limited'));
  });
});
