import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  AdapterError,
  adapterErrorKinds,
  formatPath,
  isAdapterError,
  missingAdapterMethods,
  newIdempotencyKey,
  toAdapterError,
} from '@prefcenter/core';
import { importSecondCopy } from '../shared/second-copy.js';

type ErrorsModule = typeof import('../../packages/core/src/errors.js');
/** The same module from a second copy of core on the page: a class of its own. */
const other = await importSecondCopy<ErrorsModule>('core/src/errors.ts');

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

describe('AdapterError from another copy of core', () => {
  it('is a class of its own, as a CDN bundle’s is', () => {
    expect(other.AdapterError).not.to.equal(AdapterError);
    const foreign = new other.AdapterError('conflict', 'stale');
    // The ordinary prototype check, which the brand stands in for.
    expect(Function.prototype[Symbol.hasInstance].call(AdapterError, foreign)).to.equal(false);
  });

  it('is recognised by isAdapterError and instanceof, both ways', () => {
    const foreign = new other.AdapterError('rate-limited', 'Slow down', { retryAfter: 30 });
    expect(isAdapterError(foreign)).to.equal(true);
    expect(foreign instanceof AdapterError).to.equal(true);
    expect(other.isAdapterError(new AdapterError('network', ''))).to.equal(true);
    expect(new AdapterError('network', '') instanceof other.AdapterError).to.equal(true);
  });

  it('keeps its kind through toAdapterError: rate-limited, conflict and reauth-required are not lost', () => {
    for (const kind of ['rate-limited', 'conflict', 'reauth-required'] as const) {
      const foreign = new other.AdapterError(kind, `HTTP ${kind}`, { retryAfter: 5 });
      const error = toAdapterError(foreign);
      expect(error, kind).to.equal(foreign);
      expect(error.kind).to.equal(kind);
      expect(error.retryAfter).to.equal(5);
    }
  });

  it('of a kind this copy does not know is unavailable, keeping the original', () => {
    const foreign = new other.AdapterError('forbidden' as never, 'HTTP 403');
    const error = toAdapterError(foreign);
    expect(error).to.include({ kind: 'unavailable', message: 'HTTP 403 (unknown kind "forbidden")' });
    expect(error.cause).to.equal(foreign);
  });

  it('is told apart from look-alikes: a name, a kind, or a brand of another shape', () => {
    const named = Object.assign(new Error('x'), { name: 'AdapterError', kind: 'conflict' });
    const otherShape = { [Symbol.for('@prefcenter/adapter-error')]: 2, kind: 'conflict', message: '' };
    const noKind = Object.create(AdapterError.prototype) as object;
    for (const value of [named, otherShape, noKind, { kind: 'conflict' }]) {
      expect(isAdapterError(value)).to.equal(false);
      expect(value instanceof AdapterError).to.equal(false);
    }
  });

  it('leaves a subclass’s instanceof to the prototype chain', () => {
    class HttpError extends AdapterError {}
    expect(new HttpError('network', '') instanceof AdapterError).to.equal(true);
    expect(new HttpError('network', '') instanceof HttpError).to.equal(true);
    expect(new AdapterError('network', '') instanceof HttpError).to.equal(false);
    expect(new other.AdapterError('network', '') instanceof HttpError).to.equal(false);
  });

  it('generated: only an AdapterError of either copy is one, and toAdapterError always gives one', () => {
    const copies = [AdapterError, other.AdapterError];
    let tried = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withObjectString: true, withNullPrototype: true }),
          fc.tuple(fc.constantFrom(0, 1), fc.constantFrom(...adapterErrorKinds), fc.string()),
        ),
        (value) => {
          tried++;
          if (Array.isArray(value) && value.length === 3 && typeof value[0] === 'number') {
            const [copy, kind, message] = value as [0 | 1, (typeof adapterErrorKinds)[number], string];
            const error = new copies[copy]!(kind, message);
            expect(isAdapterError(error)).to.equal(true);
            expect(toAdapterError(error)).to.equal(error);
            return;
          }
          expect(isAdapterError(value)).to.equal(false);
          const error = toAdapterError(value);
          expect(isAdapterError(error)).to.equal(true);
          expect(adapterErrorKinds).to.include(error.kind);
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
    expect(tried).to.equal(300);
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
    // Found by the generated test below: `String()` throws on an object without a prototype.
    expect(toAdapterError(Object.create(null))).to.include({ kind: 'unavailable', message: 'The service failed.' });
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
