import { AdapterError, formatPath } from './errors.js';

/**
 * The part of JSON Schema (2020-12) that zod's `toJSONSchema` emits for core's domain
 * schemas, plus `uniqueBy` (ours, declared with `uniqueBy()` in `schemas/common.ts`). The
 * zod schemas in `schemas/` are the contract; `scripts/compile-schemas.mjs` compiles them
 * to this form (`generated/schemas.ts`) and fails on any keyword this checker does not
 * understand, and a generated differential test (`test/core/validate-differential.test.ts`)
 * holds the two to the same verdict, data and message for every JSON value.
 *
 * The one place it parts from zod on purpose: values that are not JSON data. An adapter in
 * plain JavaScript can answer with a `Date`, a `Map`, a class instance, a boxed string, a
 * getter, a sparse array or a cycle; zod takes some of them (`z.object` reads any object,
 * `z.unknown` takes anything). This checker refuses every one it reads, as a mismatch at
 * its path: only plain objects and dense arrays of own data are read.
 *
 * Why not zod at run time: zod/mini costs a widget 7-8 KiB min+gzip, a third of its
 * budget, for checks this file does in about one.
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
type At = { readonly up: At; readonly key: PropertyKey } | undefined;
const below = (up: At, key: PropertyKey): At => ({ up, key });
const pathOf = (at: At): Path => (at ? [...pathOf(at.up), at.key] : []);

/** The first thing wrong with a value: where, and what in words a developer reads. */
export class SchemaMismatch {
  constructor(
    readonly path: Path,
    readonly problem: string,
  ) {}
}

const fail = (at: At, problem: string): never => {
  throw new SchemaMismatch(pathOf(at), problem);
};
const bound = (at: At, size: number, min = -Infinity, max = Infinity) => {
  if (size < min) fail(at, problems.min(min));
  if (size > max) fail(at, problems.max(max));
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

/** The own property `key` of `input`, refusing a getter: reading one may throw, or answer differently each time. */
const slot = (input: object, key: PropertyKey, at: At) => {
  const own = Object.getOwnPropertyDescriptor(input, key);
  if (own && !('value' in own)) fail(below(at, key), problems.data);
  return own;
};

function check(schema: JsonSchema, value: unknown, at: At): unknown {
  try {
    return checkValue(schema, value, at);
  } catch (error) {
    // A proxy or host object that throws when looked at is not data; it must not crash the widget.
    throw error instanceof SchemaMismatch ? error : new SchemaMismatch(pathOf(at), problems.data);
  }
}

function checkValue(schema: JsonSchema, value: unknown, at: At): unknown {
  const { type, properties, additionalProperties: entries, items, pattern, format = 'regex', uniqueBy } = schema;
  const options = schema.oneOf ?? schema.anyOf;
  const values = 'const' in schema ? [schema.const] : schema.enum;
  if (values && !values.includes(value)) fail(at, problems.value(values));
  if (options) {
    if (!isRecord(value)) fail(at, problems.type('object'));
    // The field every option fixes with a `const` (the compile step checks there is one).
    const tag = (option: JsonSchema, key: string) => option.properties?.[key]?.const;
    const key = Object.keys(options[0]!.properties!).find((name) => options.every((o) => tag(o, name) !== undefined))!;
    const given = slot(value as object, key, at)?.value;
    const option = options.find((o) => tag(o, key) === given);
    return option ? check(option, value, at) : fail(below(at, key), problems.value(options.map((o) => tag(o, key))));
  }
  if (type === 'object') {
    if (!isRecord(value)) fail(at, problems.type(properties ? 'object' : 'record'));
    const output: Record<PropertyKey, unknown> = {};
    if (properties) {
      for (const key of Object.keys(properties)) {
        const field = properties[key]!;
        const own = slot(value as object, key, at);
        let item: unknown = own?.value;
        if (item === undefined) {
          if ('default' in field) item = structuredClone(field.default);
          else if (!schema.required?.includes(key)) {
            // zod keeps a key that is there with nothing in it, and leaves out one that is not.
            if (own) output[key] = undefined;
            continue;
          }
        }
        const fieldAt = below(at, key);
        output[key] = check(field, item, fieldAt);
        // A required field of any value (`z.unknown()`) must still be there, as zod says.
        if (!own && output[key] === undefined) fail(fieldAt, problems.type('nonoptional'));
      }
    }
    if (entries) {
      for (const key of Reflect.ownKeys(value as object)) {
        const own = slot(value as object, key, at)!;
        // As zod: `__proto__` is dropped (set on the output, it would become its prototype),
        // and so is a key that does not enumerate.
        if (key === '__proto__' || !own.enumerable) continue;
        const entryAt = below(at, key);
        if (typeof key === 'symbol') fail(entryAt, problems.data);
        if (schema.propertyNames) {
          try {
            check(schema.propertyNames, key, entryAt);
          } catch (error) {
            fail(entryAt, problems.key((error as SchemaMismatch).problem));
          }
        }
        output[key] = check(entries, own.value, entryAt);
      }
    }
    return output;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) fail(at, problems.type('array'));
    const list = value as unknown[];
    // As zod: a list too long is refused before its items are read (zod's size cap), a
    // list too short after; the compile step keeps length checks first so this holds.
    bound(at, list.length, -Infinity, schema.maxItems);
    // Sized once: grown by `push`, a list of five kept room for seventeen, and ten thousand
    // categories' channel lists held twice the memory their items need.
    const output: unknown[] = new Array(list.length);
    for (let index = 0; index < list.length; index++) {
      const itemAt = below(at, index);
      // A hole is not data: `.map` would skip it and hand the widget a sparse list.
      const own = slot(list, index, at) ?? fail(itemAt, problems.data);
      output[index] = check(items ?? {}, own.value, itemAt);
    }
    bound(at, list.length, schema.minItems);
    if (uniqueBy) {
      const seen = new Set<unknown>();
      output.forEach((item, index) => {
        const id = (item as Record<string, unknown>)[uniqueBy];
        if (seen.has(id)) fail(below(below(at, index), uniqueBy), problems.duplicate(uniqueBy, id));
        seen.add(id);
      });
    }
    return output;
  }
  if (type === 'string') {
    if (typeof value !== 'string') fail(at, problems.type('string'));
    // zod counts code points, so an id of 200 emoji (400 UTF-16 units) fits a 200 limit. A
    // string has between half its UTF-16 length and all of it in code points: most are
    // within the bounds without being counted (spread into an array, every string was).
    const { length } = value as string;
    if (length > (schema.maxLength ?? length) || length < 2 * (schema.minLength ?? 0)) {
      bound(at, [...(value as string)].length, schema.minLength, schema.maxLength);
    }
    // zod reads a URL trimmed (of any Unicode space) and hands it on without tabs and newlines.
    const text = format === 'uri' ? (value as string).trim() : (value as string);
    if (pattern ? !matches(pattern, text) : formats[format] && !formats[format](text))
      fail(at, problems.format(format, pattern));
    return format === 'uri' ? text.replace(/[\t\n\r]/g, '') : text;
  }
  if (type === 'number' || type === 'integer') {
    if (!Number.isFinite(value)) fail(at, problems.type('number'));
    if (type === 'integer') {
      if (!Number.isInteger(value)) fail(at, problems.type('int'));
      // zod's int is a safe integer, checked before the schema's own bounds.
      bound(at, value as number, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    }
    bound(at, value as number, schema.minimum, schema.maximum);
  }
  if (type === 'boolean' && typeof value !== 'boolean') fail(at, problems.type('boolean'));
  if (!type && !values) json(value, at, []);
  return value;
}

/** Throws unless `value` is JSON data (or a property left `undefined`): what a `z.unknown()` field may hold. */
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
 * Checks `value` against `schema` the way zod parses: defaults filled, unknown object
 * keys dropped, a new value returned. Throws a `SchemaMismatch` naming the first problem.
 */
export function conform<T>(schema: JsonSchema, value: unknown): T {
  return check(schema, value, undefined) as T;
}

/**
 * Checks what an adapter returned. A malformed answer, or one that is not JSON data,
 * becomes an `invalid-response` error that names the first bad field, so the widget can
 * say what is wrong instead of crashing half-drawn.
 */
export function conformAdapterResponse<T>(schema: JsonSchema, value: unknown, what: string): T {
  try {
    return conform<T>(schema, value);
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
