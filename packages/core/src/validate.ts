import { AdapterError, formatPath } from './errors.js';

/**
 * The run-time half of core's schema checker. The zod schemas in `schemas/` and
 * each domain folder's `schema.ts` are the contract; `scripts/compile-schemas.mjs` compiles
 * each to JSON Schema (`generated/schemas.ts`, for tests and tools) and then to a function that
 * checks that one schema (`generated/checkers.ts`), written by `schemas/emit.ts` out of
 * the helpers below. A generated differential test
 * (`test/core/validate-differential.test.ts`) holds the checkers to zod's verdict, data
 * and message for every JSON value.
 *
 * Why generated functions rather than one function that walks the JSON Schema (what this
 * file held before): a walker asks every value which keywords its schema has, and reads
 * schemas of a dozen shapes at one site. Checking the catalog and preferences of 10,000
 * categories took 54-61 ms of a first render that way, and 24 ms generated (Chromium, the
 * bench's "checking the adapter's answers"); a widget also ships only its domain's checkers.
 *
 * The one place the checkers part from zod on purpose: values that are not JSON data. An
 * adapter in plain JavaScript can answer with a `Date`, a `Map`, a class instance, a boxed
 * string, a sparse array or a cycle; zod takes some of them (`z.object` reads any object,
 * `z.unknown` takes anything). The checkers refuse every one they read, as a mismatch at
 * its path: only plain objects and dense arrays of own data are read. (A getter of a field,
 * an item or a record's entry is read once, as zod reads it; see the helpers below. Within
 * a value of any type, `z.unknown()`, a getter is still refused, as it is not JSON data.)
 *
 * Why not zod at run time: zod/mini costs a widget 7-8 KiB min+gzip, a third of its
 * budget, for checks these do in about one.
 */
export interface JsonSchema {
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  readonly enum?: readonly unknown[];
  /** The one value allowed (zod's `z.literal`). */
  readonly const?: unknown;
  readonly default?: unknown;
  /** An object with these fields; any other key is dropped, as zod's `z.object` does. */
  readonly properties?: { readonly [key: string]: JsonSchema };
  readonly required?: readonly string[];
  /** A record: every key matches `propertyNames` and every value this (never with `properties`). */
  readonly additionalProperties?: JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** No two items of the array have the same value in this field. */
  readonly uniqueBy?: string;
  /** Lengths of strings count code points, as zod does, not UTF-16 units. */
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  /**
   * A discriminated union (zod's `z.discriminatedUnion`): object options that share a
   * field with a `const` in each; the value is checked by the option its field names.
   */
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
}

type Path = PropertyKey[];

/**
 * Where a value sits, as a chain from the value up to the root: a path array is made only
 * when something fails there. Copying the path into every value checked cost a third of
 * checking a thousand-category catalog, most of it the garbage collector's.
 */
export type At = { readonly up: At; readonly key: PropertyKey } | undefined;
export const below = (up: At, key: PropertyKey): At => ({ up, key });
const pathOf = (at: At): Path => (at ? [...pathOf(at.up), at.key] : []);

/** The first thing wrong with a value: where, and what in words a developer reads. */
export class SchemaMismatch {
  constructor(
    readonly path: Path,
    readonly problem: string,
  ) {}
}

export const fail = (at: At, problem: string): never => {
  throw new SchemaMismatch(pathOf(at), problem);
};
/** Readable names for the formats zod and JSON Schema spell differently. */
export const formatNames: Record<string, string> = {
  'date-time': 'date and time',
  datetime: 'date and time',
  uri: 'URL',
  url: 'URL',
  regex: 'pattern',
};

/**
 * What a pattern of the contract allows, by its source, so a refusal says what would
 * pass instead of "must be a valid pattern" (`keyId`, `hexColor` and the currency code
 * in `schemas/`). A pattern not listed keeps the general message.
 */
const patternRules = new Map<string, string>([
  ['^(?!__proto__$)', 'may be any text but "__proto__"'],
  ['^#(?:[0-9a-fA-F]{3}){1,2}$', 'must be a color written #rgb or #rrggbb, such as #0b5cad'],
  ['^[A-Z]{3}$', 'must be a three-letter currency code in capitals, such as USD'],
]);

/**
 * What is wrong with a value, written once for both checkers: this one and the zod path
 * (`parse.ts`), so their messages cannot drift apart. For developers, in logs and in the
 * error's detail; the customer sees a translated sentence chosen from the error's kind.
 */
export const problems = {
  type: (expected: string) => `expected ${expected}`,
  value: (values: readonly unknown[]) => `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  min: (limit: number | bigint) => `must be at least ${limit}`,
  max: (limit: number | bigint) => `must be at most ${limit}`,
  /** `pattern` as JSON Schema writes it (`^a$`) or as zod reports it (`/^a$/`). */
  format: (format: string, pattern?: string) =>
    patternRules.get(pattern?.replace(/^\/(.*)\/[a-z]*$/s, '$1') ?? '') ??
    `must be a valid ${formatNames[format] ?? format}`,
  key: (problem: string) => `invalid key: ${problem}`,
  duplicate: (field: string, value: unknown) => `duplicate ${field} ${JSON.stringify(value)}`,
  data: 'expected JSON data',
};

const patterns = new Map<string, RegExp>();
const matches = (pattern: string, value: string) => {
  let regex = patterns.get(pattern);
  if (!regex) patterns.set(pattern, (regex = new RegExp(pattern)));
  return regex.test(value);
};
/**
 * ISO 8601 date and time with seconds and an offset, on a real calendar day: what zod's
 * `z.iso.datetime({ offset: true })` accepts, without its 400-character regex.
 */
const isDateTime = (value: string) => {
  const parts = /^(\d{4})-(\d\d)-(\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/.exec(
    value,
  );
  if (!parts) return false;
  const [, year, month, day] = parts.map(Number) as number[];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(year!, month! - 1, day);
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
};
const isUrl = (value: string) => {
  try {
    return !!new URL(value);
  } catch {
    return false;
  }
};

/** Formats checked in code; any other string format is checked by its `pattern`. */
const formats: Record<string, (value: string) => boolean> = { 'date-time': isDateTime, uri: isUrl };

/** A plain object: its prototype is a realm's `Object.prototype`, or none. */
const isRecord = (value: unknown): value is object => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return !proto || !Object.getPrototypeOf(proto);
};

/**
 * A generated checker: the value as the widget may use it, or a `SchemaMismatch` thrown.
 * It checks the value found under `key` of the value at `up` (both left out at the root):
 * the place is made into a path only when something there fails.
 */
export type Check = (value: unknown, up?: At, key?: PropertyKey) => unknown;
/**
 * What a checker builds: a new object, so nothing the adapter keeps is shared with the
 * widget; only a value of any type (`z.unknown()`, checked by `anything`) is handed on as it came.
 */
export type Output = Record<PropertyKey, unknown>;

// The helpers below are what `schemas/emit.ts` writes checkers out of. Each checks one
// kind of value the way zod parses it, and throws a `SchemaMismatch` where it is.
//
// What they read: an object's own fields (never its prototype's) and a list's own items.
// A getter is read once, as zod and `JSON.stringify` read it; one that throws is refused
// at its path. Telling a getter from a value takes `Object.getOwnPropertyDescriptor`, a
// call into the engine per field that was a third of checking a large catalog.

/** The place `key` of the value at `up`, or `up` itself when there is no key. */
export const place = (up: At, key: PropertyKey | undefined): At => (key === undefined ? up : below(up, key));

/**
 * What looking at a value threw, as a mismatch at `at`: a proxy or host object that
 * throws when read is not data, and must not crash the widget. Every checker of an
 * object, a list, a union or a value of any type catches with it, at its own place.
 */
export const notData = (error: unknown, at: At): SchemaMismatch =>
  error instanceof SchemaMismatch ? error : new SchemaMismatch(pathOf(at), problems.data);

/** The own property `key` of `input` with its descriptor, refusing a getter: for `anything`, which must see every key. */
const slot = (input: object, key: PropertyKey, at: At): PropertyDescriptor | undefined => {
  const own = Object.getOwnPropertyDescriptor(input, key);
  if (own && !('value' in own)) fail(below(at, key), problems.data);
  return own;
};

/** The own field `key` of `input`: one `Object.prototype` was given is not data. */
export const own = (input: Output, key: string): unknown => (Object.hasOwn(input, key) ? input[key] : undefined);

/**
 * Copies the optional field `key` of `input` into `output` by `check`. As zod, a key that
 * is there with nothing in it is kept, and one that is not there stays out.
 */
export function optional(output: Output, input: Output, key: string, at: At, check: Check): void {
  const value = own(input, key);
  if (value !== undefined) output[key] = check(value, at, key);
  else if (Object.hasOwn(input, key)) output[key] = undefined;
}

/** `value` when it is a plain object; `kind` names it in the refusal ("object" or "record"). */
export const object = (value: unknown, at: At, kind: string): Output =>
  isRecord(value) ? (value as Output) : fail(at, problems.type(kind));

/** `value` when it is one of `values` (an `enum`, or a `const` as a list of one). */
export const oneOf = (value: unknown, up: At, key: PropertyKey | undefined, values: readonly unknown[]): unknown =>
  values.includes(value) ? value : fail(place(up, key), problems.value(values));

const bound = (up: At, key: PropertyKey | undefined, size: number, min = -Infinity, max = Infinity) => {
  if (size < min) fail(place(up, key), problems.min(min));
  if (size > max) fail(place(up, key), problems.max(max));
};

/**
 * A string within `min` and `max` code points that passes `pattern`, or else its `format`
 * (`regex` when none is named, which checks nothing without a pattern).
 */
export function string(
  value: unknown,
  up: At,
  key?: PropertyKey,
  min?: number,
  max?: number,
  format?: string,
  pattern?: string,
): string {
  if (typeof value !== 'string') fail(place(up, key), problems.type('string'));
  // zod counts code points, so an id of 200 emoji (400 UTF-16 units) fits a 200 limit. A
  // string has between half its UTF-16 length and all of it in code points: most are
  // within the bounds without being counted (spread into an array, every string was).
  const { length } = value as string;
  if (length > (max ?? length) || length < 2 * (min ?? 0)) bound(up, key, [...(value as string)].length, min, max);
  if (!pattern && !format) return value as string;
  // zod reads a URL trimmed (of any Unicode space) and hands it on without tabs and newlines.
  const url = format === 'uri';
  const checked = url ? (value as string).trim() : (value as string);
  if (pattern ? !matches(pattern, checked) : formats[format!] && !formats[format!]!(checked))
    fail(place(up, key), problems.format(format ?? 'regex', pattern));
  return url ? checked.replace(/[\t\n\r]/g, '') : checked;
}

/** A finite number (a safe integer when `integer`) within `min` and `max`. */
export function number(
  value: unknown,
  up: At,
  key?: PropertyKey,
  integer?: boolean,
  min?: number,
  max?: number,
): number {
  if (!Number.isFinite(value)) fail(place(up, key), problems.type('number'));
  if (integer) {
    if (!Number.isInteger(value)) fail(place(up, key), problems.type('int'));
    // zod's int is a safe integer, checked before the schema's own bounds.
    bound(up, key, value as number, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  }
  bound(up, key, value as number, min, max);
  return value as number;
}

export const boolean = (value: unknown, up: At, key?: PropertyKey): boolean =>
  typeof value === 'boolean' ? value : fail(place(up, key), problems.type('boolean'));

/** Any JSON data (or a property left `undefined`): what a `z.unknown()` field may hold. */
export function anything(value: unknown, up: At, key?: PropertyKey): unknown {
  const at = place(up, key);
  try {
    json(value, at, []);
  } catch (error) {
    throw notData(error, at);
  }
  return value;
}

function json(value: unknown, at: At, ancestors: object[]): void {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') fail(at, problems.data);
  if (typeof value === 'number' && !Number.isFinite(value)) fail(at, problems.data);
  if (!value || typeof value !== 'object') return;
  if (ancestors.includes(value) || !(Array.isArray(value) || isRecord(value))) fail(at, problems.data);
  const keys = Array.isArray(value) ? Array.from(value, (_, index) => index) : Reflect.ownKeys(value);
  for (const key of keys) {
    const own = slot(value, key, at);
    // A hole, a hidden or symbol key, or an undefined item: JSON has none of them.
    if (!own?.enumerable || typeof key === 'symbol' || (Array.isArray(value) && own.value === undefined)) {
      fail(below(at, key), problems.data);
    }
    json(own!.value, below(at, key), [...ancestors, value]);
  }
}

/**
 * A list whose every item passes `item`, with between `min` and `max` items and, when
 * `uniqueBy` names a field, no two items with the same value in it.
 */
export function list(
  value: unknown,
  up: At,
  key: PropertyKey | undefined,
  item: Check,
  min?: number,
  max?: number,
  uniqueBy?: string,
): unknown[] {
  const at = place(up, key);
  let index = -1;
  try {
    if (!Array.isArray(value)) fail(at, problems.type('array'));
    const input = value as unknown[];
    // Read once: an item's getter may change the list while it is read, and must neither
    // leave a hole in what the widget gets nor add items past `max`.
    const { length } = input;
    // As zod: a list too long is refused before its items are read (zod's size cap), a
    // list too short after; the compile step keeps length checks first so this holds.
    bound(at, undefined, length, -Infinity, max);
    // Sized once: grown by `push`, a list of five kept room for seventeen, and ten thousand
    // categories' channel lists held twice the memory their items need.
    const output: unknown[] = new Array(length);
    for (index = 0; index < length; index++) {
      // A hole is not data: `.map` would skip it and hand the widget a sparse list.
      if (!Object.hasOwn(input, index)) fail(below(at, index), problems.data);
      output[index] = item(input[index], at, index);
    }
    index = -1;
    bound(at, undefined, length, min);
    if (uniqueBy) {
      const seen = new Set<unknown>();
      output.forEach((entry, index) => {
        const id = (entry as Output)[uniqueBy];
        if (seen.has(id)) fail(below(below(at, index), uniqueBy), problems.duplicate(uniqueBy, id));
        seen.add(id);
      });
    }
    return output;
  } catch (error) {
    // What an item threw when read (a getter, a proxy) is named at that item.
    throw notData(error, index < 0 ? at : below(at, index));
  }
}

const { propertyIsEnumerable } = Object.prototype;

/**
 * Copies into `output` every entry of the record `input` whose key passes `key` and whose
 * value passes `item`. Call it inside the record's own `try`, after `object()`.
 */
export function entries(input: Output, at: At, output: Output, key: Check | undefined, item: Check): Output {
  let name: PropertyKey | undefined;
  try {
    // Keys in the order `Reflect.ownKeys` gives them, which zod reads: strings, then symbols.
    // As zod, a key that does not enumerate is dropped, and so is `__proto__` (set on the
    // output, it would become its prototype).
    for (name of Object.keys(input)) {
      if (name === '__proto__') continue;
      if (key) {
        try {
          key(name, at, name);
        } catch (error) {
          fail(below(at, name), problems.key((error as SchemaMismatch).problem));
        }
      }
      output[name] = item(input[name], at, name);
    }
    // A symbol key: JSON has none.
    for (name of Object.getOwnPropertySymbols(input)) {
      if (propertyIsEnumerable.call(input, name)) fail(below(at, name), problems.data);
    }
  } catch (error) {
    throw notData(error, name === undefined ? at : below(at, name));
  }
  return output;
}

/**
 * A discriminated union (zod's `z.discriminatedUnion`): an object whose field `field`
 * holds one of `tags`, checked by the option at the same place in `options`.
 */
export function union(
  value: unknown,
  up: At,
  key: PropertyKey | undefined,
  field: string,
  tags: readonly unknown[],
  options: readonly Check[],
): unknown {
  const at = place(up, key);
  let input: Output, tag: unknown;
  try {
    input = object(value, at, 'object');
  } catch (error) {
    throw notData(error, at);
  }
  try {
    tag = own(input, field);
  } catch (error) {
    // A getter on the tag that throws is named at the tag.
    throw notData(error, below(at, field));
  }
  const index = tags.indexOf(tag);
  return index < 0 ? fail(below(at, field), problems.value(tags)) : options[index]!(value, up, key);
}

/**
 * Checks what an adapter returned with a generated checker. A malformed answer, or one
 * that is not JSON data, becomes an `invalid-response` error that names the first bad
 * field, so the widget can say what is wrong instead of crashing half-drawn.
 */
export function checkAdapterResponse<T>(check: Check, value: unknown, what: string): T {
  try {
    return check(value) as T;
  } catch (error) {
    const { path, problem } = error as SchemaMismatch;
    throw new AdapterError(
      'invalid-response',
      `Malformed ${what} from the adapter at ${formatPath(path)}: ${problem}.`,
      {
        path,
        cause: error,
      },
    );
  }
}
