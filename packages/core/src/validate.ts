import { AdapterError, formatPath } from './errors.js';
import { isPlainObject } from './merge-patch.js';

/**
 * The part of JSON Schema (2020-12) that zod's `toJSONSchema` emits for core's domain
 * schemas. The zod schemas in `schemas/` are the contract; `scripts/compile-schemas.mjs`
 * compiles them to this form (`generated/schemas.ts`) and fails on any keyword this
 * checker does not understand, and a test holds the two to the same verdicts.
 *
 * Why not zod at run time: zod/mini costs a widget 7-8 KiB min+gzip, a third of its
 * budget, for checks this file does in about one.
 */
export interface JsonSchema {
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  /** An object with these fields; any other key is dropped, as zod's `z.object` does. */
  readonly properties?: { readonly [key: string]: JsonSchema };
  readonly required?: readonly string[];
  /** A record: every key matches `propertyNames` and every value this (never with `properties`). */
  readonly additionalProperties?: JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

type Path = (string | number)[];

/** The first thing wrong with a value: where, and what in words a developer reads. */
export class SchemaMismatch {
  constructor(
    readonly path: Path,
    readonly problem: string,
  ) {}
}

/** Readable names for the formats zod and JSON Schema spell differently. */
export const formatNames: Record<string, string> = {
  'date-time': 'date and time',
  datetime: 'date and time',
  uri: 'URL',
  url: 'URL',
  regex: 'pattern',
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

function check(schema: JsonSchema, value: unknown, path: Path): unknown {
  const { type, enum: values, properties, additionalProperties: entries, items, pattern, format = 'regex' } = schema;
  const fail = (problem: string): never => {
    throw new SchemaMismatch(path, problem);
  };
  const bound = (size: number, min = -Infinity, max = Infinity) => {
    if (size < min) fail(`must be at least ${min}`);
    if (size > max) fail(`must be at most ${max}`);
  };
  if (values && !values.includes(value)) fail(`expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  if (type === 'object') {
    if (!isPlainObject(value as never)) fail(`expected ${properties ? 'object' : 'record'}`);
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(properties ?? {})) {
      let item = input[key];
      if (item === undefined) {
        if ('default' in field) item = structuredClone(field.default);
        else if (!schema.required?.includes(key)) continue;
      }
      output[key] = check(field, item, [...path, key]);
    }
    if (entries) {
      for (const [key, item] of Object.entries(input)) {
        if (schema.propertyNames) check(schema.propertyNames, key, [...path, key]);
        output[key] = check(entries, item, [...path, key]);
      }
    }
    return output;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) fail('expected array');
    bound((value as unknown[]).length, schema.minItems);
    return items ? (value as unknown[]).map((item, index) => check(items, item, [...path, index])) : value;
  }
  if (type === 'string') {
    if (typeof value !== 'string') fail('expected string');
    bound((value as string).length, schema.minLength, schema.maxLength);
    if (pattern ? !matches(pattern, value as string) : formats[format] && !formats[format](value as string)) {
      fail(`must be a valid ${formatNames[format] ?? format}`);
    }
  }
  if (type === 'number' || type === 'integer') {
    if (!Number.isFinite(value)) fail('expected number');
    if (type === 'integer' && !Number.isInteger(value)) fail('expected int');
    bound(value as number, schema.minimum, schema.maximum);
  }
  if (type === 'boolean' && typeof value !== 'boolean') fail('expected boolean');
  return value;
}

/**
 * Checks `value` against `schema` the way zod parses: defaults filled, unknown object
 * keys dropped, a new value returned. Throws a `SchemaMismatch` naming the first problem.
 */
export function conform<T>(schema: JsonSchema, value: unknown): T {
  return check(schema, value, []) as T;
}

/**
 * Checks what an adapter returned. A malformed answer becomes an `invalid-response`
 * error that names the first bad field, so the widget can say what is wrong instead of
 * crashing half-drawn. `rules` checks what JSON Schema cannot say (ids unique in a list),
 * throwing a `SchemaMismatch` as the schema check does.
 */
export function conformAdapterResponse<T>(
  schema: JsonSchema,
  value: unknown,
  what: string,
  rules?: (checked: T) => void,
): T {
  try {
    const checked = conform<T>(schema, value);
    rules?.(checked);
    return checked;
  } catch (error) {
    if (!(error instanceof SchemaMismatch)) throw error;
    throw new AdapterError(
      'invalid-response',
      `Malformed ${what} from the adapter at ${formatPath(error.path)}: ${error.problem}.`,
      { path: error.path, cause: error },
    );
  }
}

/** Throws a `SchemaMismatch` at the second item of `list` (at `field`) whose `id` an earlier one has. */
export function uniqueIds(list: readonly { id: string }[], field: string): void {
  const seen = new Set<string>();
  list.forEach(({ id }, index) => {
    if (seen.has(id)) throw new SchemaMismatch([field, index, 'id'], `duplicate id ${JSON.stringify(id)}`);
    seen.add(id);
  });
}
