import { expect } from '@open-wc/testing';
import {
  domainResource,
  notificationsDomain,
  paymentsDomain,
  privacyDomain,
  ResourceController,
  themeDomain,
  type ResourceNotice,
  type ThemeCatalog,
  type ThemePreferences,
  type DomainDefinition,
  type PreferencesPatch,
  type Versioned,
} from '@prefcenter/core';
import { createLocalAdapter, memoryStorage, type LocalAdapter } from '@prefcenter/adapter-local';
import { ReactiveElement } from 'lit';
import { meta, read } from './helpers.js';
import { waitUntil } from '../shared/wait.js';
import { adapterContract } from '../shared/adapter-contract.js';

class ContractHost extends ReactiveElement {}
customElements.define('local-adapter-contract-host', ContractHost);

/** The adapter through core's own plumbing, as a widget uses it. */
function mountTheme(adapter: LocalAdapter) {
  const host = document.createElement('local-adapter-contract-host') as ContractHost;
  const notices: ResourceNotice['type'][] = [];
  const controller = new ResourceController<ThemePreferences, ThemeCatalog>(host, {
    batchDelay: 1,
    onNotice: (notice) => notices.push(notice.type),
  });
  controller.setSpec(domainResource(adapter, themeDomain));
  document.body.append(host);
  return { host, controller, notices };
}

describe('local adapter: the contract, through core', () => {
  const hosts: HTMLElement[] = [];
  afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

  it('serves every domain in a shape core accepts', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    async function roundTrip<D extends Versioned, C>(definition: DomainDefinition<D, C>) {
      const spec = domainResource(adapter, definition);
      if (spec.loadCatalog) expect(await spec.loadCatalog(read())).to.be.an('object');
      const document = await spec.load(read());
      const saved = await spec.save({} as PreferencesPatch<D>, meta(document.version));
      expect(saved.version, definition.domain).to.equal(document.version + 1);
    }
    await roundTrip(notificationsDomain);
    await roundTrip(themeDomain);
    await roundTrip(privacyDomain);
    await roundTrip(paymentsDomain);
  });

  it('loads, saves, hears another instance and recovers from a conflict in a resource controller', async () => {
    const storage = memoryStorage();
    const adapter = createLocalAdapter({ storage });
    const { host, controller, notices } = mountTheme(adapter);
    hosts.push(host);
    await waitUntil(() => controller.loadStatus === 'ready');
    expect(controller.catalog?.swatches.length).to.be.greaterThan(0);

    controller.change({ scheme: 'dark' });
    await waitUntil(() => notices.includes('saved'));
    expect(controller.confirmed).to.include({ scheme: 'dark', version: 2 });
    expect(notices, 'its own write is not an external update').to.not.include('external-update');

    // Another widget with its own adapter instance over the same storage.
    await createLocalAdapter({ storage }).updateThemePreferences({ density: 'compact' }, meta(2));
    await waitUntil(() => notices.includes('external-update'));
    expect(controller.confirmed).to.include({ density: 'compact', version: 3 });

    // A change on another device that this page has not heard of: the save conflicts, reloads and re-applies.
    const quiet = createLocalAdapter({ storage });
    await quiet.updateThemePreferences({ motion: 'reduce' }, meta(3));
    controller.change({ contrast: 'more' });
    await waitUntil(() => notices.filter((n) => n === 'saved').length === 2);
    expect(await adapter.getThemePreferences(read())).to.include({ motion: 'reduce', contrast: 'more', version: 5 });
  });

  it('lets a retried save apply once after a failure', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    const { host, controller, notices } = mountTheme(adapter);
    hosts.push(host);
    await waitUntil(() => controller.loadStatus === 'ready');
    adapter.failNext(1, 'network', { methods: ['updateThemePreferences'] });
    controller.change({ accent: 'evergreen' });
    await waitUntil(() => notices.includes('save-failed'));
    expect(controller.view?.accent).to.equal('harbour-blue');
    controller.retry();
    await waitUntil(() => notices.includes('saved'));
    expect(await adapter.getThemePreferences(read())).to.include({ accent: 'evergreen', version: 2 });
  });
});

adapterContract('adapter-local', async () => {
  const storage = memoryStorage();
  const instances: LocalAdapter[] = [];
  const open = (store = storage) => {
    const adapter = createLocalAdapter({ storage: store });
    instances.push(adapter);
    return adapter;
  };
  return {
    adapter: open(),
    peer: () => open(),
    stranger: async () => open(memoryStorage()),
    dispose: () => instances.forEach((adapter) => adapter.dispose()),
  };
});
