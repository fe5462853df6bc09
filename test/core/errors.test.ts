import { expect } from '@open-wc/testing';
import {
  AdapterError,
  adapterErrorKinds,
  formatPath,
  isAdapterError,
  missingAdapterMethods,
  newIdempotencyKey,
  toAdapterError,
} from '@prefcenter/core';

describe('AdapterError', () => {
  it('carries its kind, path, retry delay, fields and cause', () => {
    const cause = new Error('HTTP 429');
    const error = new AdapterError('rate-limited', 'Slow down', {
      retryAfter: 30,
      path: ['a', 0],
      fields: { a: 'bad' },
      cause,
    });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('AdapterError');
    expect(error.message).to.equal('Slow down');
    expect(error.kind).to.equal('rate-limited');
    expect(error.retryAfter).to.equal(30);
    expect(error.path).to.deep.equal(['a', 0]);
    expect(error.fields).to.deep.equal({ a: 'bad' });
    expect(error.cause).to.equal(cause);
    expect(new AdapterError('network', 'x').cause).to.equal(undefined);
  });

  it('knows which kinds are worth sending again as they are', () => {
    const retryable = adapterErrorKinds.filter((kind) => new AdapterError(kind, '').retryable);
    expect(retryable).to.deep.equal(['network', 'timeout', 'rate-limited', 'unavailable']);
  });

  it('is recognised by isAdapterError', () => {
    expect(isAdapterError(new AdapterError('conflict', ''))).to.equal(true);
    expect(isAdapterError(new Error('x'))).to.equal(false);
    expect(isAdapterError({ kind: 'conflict' })).to.equal(false);
  });
});

describe('toAdapterError', () => {
  it('keeps an AdapterError as it is', () => {
    const error = new AdapterError('validation', 'no');
    expect(toAdapterError(error)).to.equal(error);
  });

  it('turns a TypeError from fetch into network', () => {
    const cause = new TypeError('Failed to fetch');
    const error = toAdapterError(cause);
    expect(error.kind).to.equal('network');
    expect(error.message).to.equal('Failed to fetch');
    expect(error.cause).to.equal(cause);
    expect(toAdapterError(new TypeError('NetworkError when attempting to fetch resource.')).kind).to.equal('network');
    expect(toAdapterError(new TypeError('Load failed')).kind).to.equal('network');
  });

  it('does not call a bug in an adapter "offline": other TypeErrors are unavailable', () => {
    const bug = toAdapterError(new TypeError("can't access property 'id', x is undefined"));
    expect(bug.kind).to.equal('unavailable');
    expect(bug.message).to.contain('x is undefined');
  });

  it('turns anything else into unavailable, keeping the message', () => {
    expect(toAdapterError(new Error('boom'))).to.include({ kind: 'unavailable', message: 'boom' });
    expect(toAdapterError('plain string')).to.include({ kind: 'unavailable', message: 'plain string' });
    expect(toAdapterError(undefined).kind).to.equal('unavailable');
    expect(toAdapterError(new Error('')).message).to.equal('The service failed.');
  });

  it('turns an AdapterError of a kind it does not know into unavailable, keeping the original', () => {
    // What an adapter written in plain JavaScript can throw.
    const foreign = new AdapterError('forbidden' as never, 'HTTP 403');
    const error = toAdapterError(foreign);
    expect(error).to.include({ kind: 'unavailable', message: 'HTTP 403 (unknown kind "forbidden")' });
    expect(error.cause).to.equal(foreign);
    expect(error.retryable).to.equal(true);
  });
});

describe('formatPath', () => {
  it('writes a path as a reader would', () => {
    expect(formatPath(['methods', 0, 'last4'])).to.equal('methods[0].last4');
    expect(formatPath([0, 'summary'])).to.equal('[0].summary');
    expect(formatPath([])).to.equal('(root)');
  });
});

describe('missingAdapterMethods', () => {
  it('lists the required methods an adapter lacks, in order', () => {
    const adapter = { getThemeCatalog: async () => ({ swatches: [] }) };
    expect(
      missingAdapterMethods(adapter, ['getThemeCatalog', 'getThemePreferences', 'updateThemePreferences']),
    ).to.deep.equal(['getThemePreferences', 'updateThemePreferences']);
    expect(missingAdapterMethods(undefined, ['getPayments'])).to.deep.equal(['getPayments']);
  });
});

describe('newIdempotencyKey', () => {
  it('makes a different key each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(50);
  });

  it('falls back to random bytes without randomUUID', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).to.match(/^[0-9a-f]{32}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
