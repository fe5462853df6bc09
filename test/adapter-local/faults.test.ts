import { expect } from '@open-wc/testing';
import { createLocalAdapter } from '@prefcenter/adapter-local';
import { adapterError, meta, read } from './helpers.js';

/** Resolves on the next task, after every pending microtask: later than any answer without latency. */
const nextTask = () => new Promise<'later'>((resolve) => setTimeout(() => resolve('later'), 0));

describe('local adapter: simulated latency and faults', () => {
  it('fails the next calls of the listed methods only, then recovers', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    adapter.failNext(2, 'unavailable', { methods: ['updateThemePreferences'] });
    // Other methods are not affected.
    expect((await adapter.getThemePreferences(read())).version).to.equal(1);
    const first = await adapterError(adapter.updateThemePreferences({ scheme: 'dark' }, meta(1)), 'unavailable');
    expect(first.retryAfter).to.equal(1);
    expect(first.retryable).to.be.true;
    await adapterError(adapter.updateThemePreferences({ scheme: 'dark' }, meta(1)), 'unavailable');
    // Faults are checked before anything is applied.
    expect((await adapter.getThemePreferences(read())).scheme).to.equal('system');
    expect((await adapter.updateThemePreferences({ scheme: 'dark' }, meta(1))).version).to.equal(2);
  });

  it('fails the next calls of any method without a filter, in order of the requests', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    adapter.failNext(1, 'unauthorized');
    adapter.failNext(1, 'rate-limited', { methods: ['getPayments'] });
    await adapterError(adapter.getPayments(read()), 'unauthorized');
    const limited = await adapterError(adapter.getPayments(read()), 'rate-limited');
    expect(limited.retryAfter).to.equal(1);
    expect((await adapter.getPayments(read())).version).to.equal(1);
  });

  it('fails every call at rate 1 and none at rate 0', async () => {
    const adapter = createLocalAdapter({ storage: 'memory', failureRate: 1 });
    for (let i = 0; i < 5; i++) await adapterError(adapter.getThemeCatalog(read()), 'network');
    adapter.setFailureRate(1, 'timeout');
    await adapterError(adapter.getPrivacyCatalog(read()), 'timeout');
    await adapterError(adapter.updatePrivacyPreferences({ doNotSellOrShare: true }, meta(1)), 'timeout');
    adapter.setFailureRate(0);
    for (let i = 0; i < 5; i++) expect((await adapter.getPrivacyPreferences(read())).doNotSellOrShare).to.be.false;

    const configured = createLocalAdapter({ storage: 'memory', failureRate: 1, failureKind: 'reauth-required' });
    await adapterError(configured.getPayments(read()), 'reauth-required');
  });

  it('clears queued and random faults', async () => {
    const adapter = createLocalAdapter({ storage: 'memory', failureRate: 1 });
    adapter.failNext(3, 'conflict');
    adapter.clearFaults();
    expect((await adapter.getThemeCatalog(read())).swatches).to.not.be.empty;
  });

  it('answers asynchronously without latency, before the next task', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    let settled = false;
    const call = adapter.getThemePreferences(read()).then(() => (settled = true));
    expect(settled, 'not synchronously').to.be.false;
    expect(await Promise.race([call.then(() => 'answer' as const), nextTask()])).to.equal('answer');
  });

  it('holds the answer for the simulated latency', async () => {
    const adapter = createLocalAdapter({ storage: 'memory', latency: 200 });
    const call = adapter.getThemePreferences(read());
    expect(await Promise.race([call.then(() => 'answer' as const), nextTask()])).to.equal('later');
    expect((await call).version).to.equal(1);

    adapter.setLatency({ min: 150, max: 150 });
    const jittered = adapter.getThemeCatalog(read());
    expect(await Promise.race([jittered.then(() => 'answer' as const), nextTask()])).to.equal('later');
    await jittered;

    adapter.setLatency(0);
    expect(await Promise.race([adapter.getThemeCatalog(read()).then(() => 'answer' as const), nextTask()])).to.equal(
      'answer',
    );
  });

  it('refuses nonsense settings', () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    expect(() => adapter.setLatency(-1)).to.throw(RangeError);
    expect(() => adapter.setLatency({ min: 10, max: 5 })).to.throw(RangeError);
    expect(() => adapter.setFailureRate(1.5)).to.throw(RangeError);
    expect(() => adapter.setFailureRate(Number.NaN)).to.throw(RangeError);
    expect(() => adapter.failNext(1.5, 'network')).to.throw(RangeError);
    expect(() => adapter.failNext(1, 'oops' as never)).to.throw(RangeError);
    expect(() => createLocalAdapter({ storage: 'memory', latency: Number.POSITIVE_INFINITY })).to.throw(RangeError);
    adapter.failNext(0, 'network');
  });
});
