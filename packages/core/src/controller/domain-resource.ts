import type { AdapterMethod, ChangeMeta, PrefsAdapter, PrefsDomain, ReadOptions } from '../adapter.js';
import type { Versioned } from '../schemas/common.js';
import type { ActionOutcome, ResourceSpec } from './resource-controller.js';

/** Checks a domain's adapter answers; each throws an `invalid-response` AdapterError naming the bad field. */
export interface DomainParsers<D, C> {
  parseCatalog?: (value: unknown) => C;
  parseDocument: (value: unknown) => D;
}

/**
 * A command of a domain (verify a channel, add a payment method, read a history): which
 * adapter method it needs, how it is called (typed, so the compiler checks the method
 * and its arguments), and how its answer is read.
 */
export interface DomainAction<I = never> {
  method: AdapterMethod;
  run: (adapter: PrefsAdapter, input: I, meta: ChangeMeta) => Promise<unknown>;
  /** The answer is the domain's new document: it is checked and becomes the confirmed state. */
  returnsDocument?: boolean;
  /** Checks any other answer (throws an `invalid-response` AdapterError); without it the answer is dropped. */
  parse?: (value: unknown) => unknown;
}

export interface DomainDefinition<D extends Versioned, C> {
  domain: PrefsDomain;
  /** Reads what the institution offers, for domains that have a catalog. */
  catalogMethod?: AdapterMethod;
  readMethod: AdapterMethod;
  writeMethod: AdapterMethod;
  /** Checks the domain's answers against its schemas (see `validate.ts`). */
  parsers: DomainParsers<D, C>;
  /** The domain's actions, by name; an action whose method the adapter lacks is not offered. */
  // `any` input: each action names its own input type, checked where it is declared.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  actions?: { readonly [name: string]: DomainAction<any> };
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
  const actions = new Map<string, (input: unknown, meta: ChangeMeta) => Promise<ActionOutcome<D>>>();
  for (const [name, action] of Object.entries(definition.actions ?? {})) {
    if (typeof adapter[action.method] !== 'function') continue;
    actions.set(name, async (input, meta) => {
      const value = await action.run(adapter, input as never, meta);
      if (action.returnsDocument) return { document: parseDocument(value) };
      return { result: action.parse ? await action.parse(value) : undefined };
    });
  }
  return {
    domain,
    actions,
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
