/**
 * Every failure that crosses the adapter boundary is an `AdapterError` with a `kind`.
 * Elements decide what the customer sees from the kind alone, so adapters never need
 * to know about the UI, and hosts can map their HTTP statuses once.
 */
export const adapterErrorKinds = [
  'network',
  'timeout',
  'conflict',
  'validation',
  'unauthorized',
  'reauth-required',
  'rate-limited',
  'not-found',
  'unavailable',
  'invalid-response',
] as const;

export type AdapterErrorKind = (typeof adapterErrorKinds)[number];

export interface AdapterErrorOptions {
  /** Where in the payload the problem is, for `invalid-response` and `validation`. */
  path?: readonly PropertyKey[];
  /** Seconds to wait before trying again, for `rate-limited` and `unavailable`. */
  retryAfter?: number;
  /** Field-level messages for `validation`, keyed by field path. */
  fields?: Record<string, string>;
  cause?: unknown;
}

/**
 * Two copies of core can meet on one page (the CDN bundle and a host's bundler), each with
 * its own `AdapterError` class, so an error is recognised by a brand under a key every copy
 * shares (the global symbol registry), not by its class. The value is the version of the
 * error's shape: a copy with another shape is not mistaken for this one.
 */
const adapterErrorBrand: unique symbol = Symbol.for('@prefcenter/adapter-error');
const adapterErrorShape = 1;

export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly kind: AdapterErrorKind;
  readonly path: readonly PropertyKey[] | undefined;
  readonly retryAfter: number | undefined;
  readonly fields: Record<string, string> | undefined;

  constructor(kind: AdapterErrorKind, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.path = options.path;
    this.retryAfter = options.retryAfter;
    this.fields = options.fields;
  }

  /** Kinds where sending the same request again may succeed without the customer changing anything. */
  get retryable(): boolean {
    return ['network', 'timeout', 'rate-limited', 'unavailable'].includes(this.kind);
  }

  /** `error instanceof AdapterError` holds for an `AdapterError` of any copy of core on the page. */
  static override [Symbol.hasInstance](value: unknown): value is AdapterError {
    // A host's subclass keeps the ordinary check: only AdapterError itself answers by brand.
    if (this !== AdapterError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return isAdapterError(value);
  }
}

Object.defineProperty(AdapterError.prototype, adapterErrorBrand, { value: adapterErrorShape });

/** Whether `value` is an `AdapterError`, from this copy of core or another one on the page. */
export function isAdapterError(value: unknown): value is AdapterError {
  if (typeof value !== 'object' || value === null) return false;
  const branded = value as { [adapterErrorBrand]?: unknown; kind?: unknown };
  return branded[adapterErrorBrand] === adapterErrorShape && typeof branded.kind === 'string';
}

/**
 * Anything an adapter throws becomes an `AdapterError`: an aborted request is `timeout`
 * only when we aborted it for taking too long, a `TypeError` from `fetch` is `network`,
 * anything else (an `AdapterError` of a kind we do not know included) is `unavailable`,
 * so that a host's bug never shows as a blank widget. An `AdapterError` from another copy
 * of core is kept as it is, like one of ours.
 */
export function toAdapterError(error: unknown): AdapterError {
  if (isAdapterError(error)) {
    if ((adapterErrorKinds as readonly string[]).includes(error.kind)) return error;
    // An adapter in plain JavaScript can name a kind we do not know: no widget can say
    // what it means, so it is `unavailable`, as any other failure we cannot read.
    return new AdapterError('unavailable', `${error.message} (unknown kind "${String(error.kind)}")`, {
      cause: error,
    });
  }
  if (isNetworkFailure(error)) {
    return new AdapterError('network', (error as Error).message || 'The network request failed.', { cause: error });
  }
  const message = error instanceof Error ? error.message : text(error);
  return new AdapterError('unavailable', message || 'The service failed.', { cause: error });
}

/** `String(value)`, or nothing for a value that cannot be one (an object without a prototype, a throwing `toString`). */
function text(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

/**
 * `fetch` and `import()` reject with a `TypeError` when the network fails, but so does a
 * bug ("x is undefined"). Only the first should tell the customer they seem offline, so
 * the message is checked against what browsers say for network failures.
 */
const networkMessages =
  /fetch|network|load failed|connection|offline|dynamically imported module|importing a module script/i;

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  return networkMessages.test(error.message) || globalThis.navigator?.onLine === false;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}
