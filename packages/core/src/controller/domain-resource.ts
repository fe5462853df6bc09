import type { AdapterMethod, PrefsAdapter, PrefsDomain, ReadOptions } from '../adapter.js';
import type { Versioned } from '../schemas/common.js';
import type { ResourceSpec } from './resource-controller.js';

/** Checks a domain's adapter answers; each throws an `invalid-response` AdapterError naming the bad field. */
export interface DomainParsers<D, C> {
  parseCatalog?: (value: unknown) => C;
  parseDocument: (value: unknown) => D;
}

export interface DomainDefinition<D extends Versioned, C> {
  domain: PrefsDomain;
  /** Reads what the institution offers, for domains that have a catalog. */
  catalogMethod?: AdapterMethod;
  readMethod: AdapterMethod;
  writeMethod: AdapterMethod;
  /** Checks the domain's answers against its schemas (see `validate.ts`). */
  parsers: DomainParsers<D, C>;
}

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

/**
 * Binds a domain's adapter methods to the resource controller, checking every answer
 * (reads, writes and pushed updates) against the domain's schema on the way in.
 */
export function domainResource<D extends Versioned, C = undefined>(
  adapter: PrefsAdapter,
  definition: DomainDefinition<D, C>,
): ResourceSpec<D, C> {
  const { domain, catalogMethod, readMethod, writeMethod } = definition;
  const { parseCatalog, parseDocument } = definition.parsers;
  const call = async <T>(parse: (value: unknown) => T, method: AdapterMethod, ...args: unknown[]) =>
    parse(await (adapter[method] as unknown as AnyMethod).call(adapter, ...args));
  return {
    domain,
    loadCatalog: catalogMethod ? (options: ReadOptions) => call(parseCatalog!, catalogMethod, options) : undefined,
    load: (options) => call(parseDocument, readMethod, options),
    save: (patch, meta) => call(parseDocument, writeMethod, patch, meta),
    subscribe: adapter.subscribe
      ? (listener) =>
          adapter.subscribe!(domain, (value: unknown) => {
            let document: D;
            try {
              document = parseDocument(value);
            } catch (error) {
              // A malformed push must not break the widget; the next read will say what is wrong.
              console.warn('[prefcenter] Ignored a malformed update from the adapter.', error);
              return;
            }
            listener(document);
          })
      : undefined,
  };
}
