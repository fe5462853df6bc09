import type * as z from 'zod/mini';
import type { AdapterMethod, PrefsAdapter, PrefsDomain, ReadOptions } from '../adapter.js';
import { parseAdapterResponse } from '../parse.js';
import type { Versioned } from '../schemas/common.js';
import type { ResourceSpec } from './resource-controller.js';

export interface DomainDefinition<D extends Versioned, C> {
  domain: PrefsDomain;
  catalog?: { method: AdapterMethod; schema: z.ZodMiniType<C>; name: string };
  document: { read: AdapterMethod; write: AdapterMethod; schema: z.ZodMiniType<D>; name: string };
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
  const call = (method: AdapterMethod, ...args: unknown[]) =>
    (adapter[method] as unknown as AnyMethod).call(adapter, ...args);
  const { catalog, document, domain } = definition;
  const parseDocument = (value: unknown) => parseAdapterResponse(document.schema, value, document.name) as D;
  return {
    domain,
    loadCatalog: catalog
      ? async (options: ReadOptions) =>
          parseAdapterResponse(catalog.schema, await call(catalog.method, options), catalog.name) as C
      : undefined,
    load: async (options) => parseDocument(await call(document.read, options)),
    save: async (patch, meta) => parseDocument(await call(document.write, patch, meta)),
    subscribe: adapter.subscribe
      ? (listener) =>
          adapter.subscribe!(domain, (value: unknown) => {
            try {
              listener(parseDocument(value));
            } catch (error) {
              // A malformed push must not break the widget; the next read will say what is wrong.
              console.warn('[prefcenter] Ignored a malformed update from the adapter.', error);
            }
          })
      : undefined,
  };
}
