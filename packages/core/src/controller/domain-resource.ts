import type {
  AdapterMethod,
  AdapterMethodOf,
  ChangeMeta,
  PreferencesPatch,
  PrefsAdapter,
  PrefsDomain,
  ReadOptions,
} from '../adapter.js';
import type { AllDomainAdapters, DomainAdapters, DomainCatalogs, DomainDocuments } from '../domains/registry.js';
import type { Versioned } from '../schemas/common.js';
import type { ActionOutcome, ResourceSpec } from './resource-controller.js';

/** Checks a domain's adapter answers; each throws an `invalid-response` AdapterError naming the bad field. */
export interface DomainParsers<D, C> {
  parseCatalog?: (value: unknown) => C;
  parseDocument: (value: unknown) => D;
}

/** A read: what every catalog and document method of an adapter takes and answers. */
export type ReadSignature<T> = (options: ReadOptions) => Promise<T>;
/** A write of a domain's document: a merge patch in, the confirmed document out. */
export type WriteSignature<D> = (patch: PreferencesPatch<D>, meta: ChangeMeta) => Promise<D>;

/**
 * A command of a domain (verify a channel, add a payment method, read a history): which
 * adapter method it needs, how it is called, and how its answer is read. Declare one with
 * `domainAction()`, which checks that `run` calls the method it names.
 */
export interface DomainAction<I = never> {
  method: AdapterMethod;
  /** Given the adapter once it is known to have `method` (and typed, by `domainAction()`, to call only that). */
  run: (adapter: Required<AllDomainAdapters>, input: I, meta: ChangeMeta) => Promise<unknown>;
  /** The answer is the domain's new document: it is checked and becomes the confirmed state. */
  returnsDocument?: boolean;
  /** Checks any other answer (throws an `invalid-response` AdapterError); without it the answer is dropped. */
  parse?: (value: unknown) => unknown;
}

/** An action of the domain `P` as written: `run` sees the adapter as having its own method `K` alone. */
export interface TypedDomainAction<P extends PrefsDomain, I, K extends AdapterMethod<DomainAdapters[P]>> extends Omit<
  DomainAction<I>,
  'method' | 'run'
> {
  method: K;
  run: (adapter: Pick<Required<DomainAdapters[P]>, K>, input: I, meta: ChangeMeta) => Promise<unknown>;
}

/**
 * Declares an action of the domain `P`, inferring the method it names (so that `run` can
 * call that method and no other) and its input:
 *
 *   verifyChannel: domainAction<'notifications'>()({
 *     method: 'verifyNotificationChannel',
 *     run: (adapter, channelId: string, meta) => adapter.verifyNotificationChannel(channelId, meta),
 *   }),
 */
export function domainAction<P extends PrefsDomain>() {
  return <K extends AdapterMethod<DomainAdapters[P]>, I = never>(
    action: TypedDomainAction<P, I, K>,
  ): TypedDomainAction<P, I, K> => action;
}

/** What the machinery needs of a domain: its name, its adapter methods, its answer checks and its actions. */
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

/**
 * A definition as it is written for the domain `P` of the registry: each method named as a
 * method of that domain's adapter interface with the signature it needs (a misspelt or
 * mistyped one does not compile), and each action declared with `domainAction<P>()`.
 * Definitions are checked with it (`satisfies DomainSpec<'theme'>`) and typed as the
 * `DefinitionOf<P>` the machinery reads.
 */
export interface DomainSpec<P extends PrefsDomain> {
  domain: P;
  catalogMethod?: AdapterMethodOf<DomainAdapters[P], ReadSignature<DomainCatalogs[P]>>;
  readMethod: AdapterMethodOf<DomainAdapters[P], ReadSignature<DomainDocuments[P]>>;
  writeMethod: AdapterMethodOf<DomainAdapters[P], WriteSignature<DomainDocuments[P]>>;
  parsers: DomainParsers<DomainDocuments[P], DomainCatalogs[P]>;
  // `any` input: each action names its own, checked where it is declared.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  actions?: { readonly [name: string]: TypedDomainAction<P, any, AdapterMethod<DomainAdapters[P]>> };
}

/** The definition of the registered domain `P`. */
export type DefinitionOf<P extends PrefsDomain> = DomainDefinition<DomainDocuments[P], DomainCatalogs[P]>;

/** The methods an adapter must have for a widget of this domain to work: its catalog, read and write methods. */
export function requiredMethods<D extends Versioned, C>(definition: DomainDefinition<D, C>): readonly AdapterMethod[] {
  const { catalogMethod, readMethod, writeMethod } = definition;
  return catalogMethod ? [catalogMethod, readMethod, writeMethod] : [readMethod, writeMethod];
}

/**
 * The adapter has the action's method. That is all `run` may use: `domainAction()` typed it
 * to call that method alone, so the wider type given here is never relied on.
 */
function offers(adapter: PrefsAdapter, method: AdapterMethod): adapter is Required<AllDomainAdapters> & PrefsAdapter {
  return typeof adapter[method] === 'function';
}

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
  // The definition's type checked each method's name and signature; the element checked
  // that the adapter has them (`missingAdapterMethods`). What they answer is parsed.
  const call = async <T>(parse: (value: unknown) => T, method: AdapterMethod, ...args: unknown[]) =>
    parse(await Reflect.apply(adapter[method]!, adapter, args));
  const actions = new Map<string, (input: unknown, meta: ChangeMeta) => Promise<ActionOutcome<D>>>();
  for (const [name, action] of Object.entries(definition.actions ?? {})) {
    if (!offers(adapter, action.method)) continue;
    actions.set(name, async (input, meta) => {
      const value = await action.run(adapter, input, meta);
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
