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
  /** Without `properties`: a record whose keys match `propertyNames` and values this. */
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
const isUrl = (value: string) => {
  try {
    return !!new URL(value);
  } catch {
    return false;
  }
};

function check(schema: JsonSchema, value: unknown, path: Path): unknown {
  const fail = (problem: string): never => {
    throw new SchemaMismatch(path, problem);
  };
  const { type } = schema;
  if (schema.enum && !schema.enum.includes(value)) {
    fail(`expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  }
  if (type === 'object') {
    const { properties, additionalProperties: values } = schema;
    if (!isPlainObject(value as never)) fail(`expected ${properties ? 'object' : 'record'}`);
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    if (properties) {
      for (const [key, field] of Object.entries(properties)) {
        let item = input[key];
        if (item === undefined) {
          if ('default' in field) item = structuredClone(field.default);
          else if (!schema.required?.includes(key)) continue;
        }
        output[key] = check(field, item, [...path, key]);
      }
    } else if (values) {
      for (const [key, item] of Object.entries(input)) {
        if (schema.propertyNames) check(schema.propertyNames, key, [...path, key]);
        output[key] = check(values, item, [...path, key]);
      }
    }
    return output;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) fail('expected array');
    const list = value as unknown[];
    if (list.length < (schema.minItems ?? 0)) fail(`must be at least ${schema.minItems}`);
    return schema.items ? list.map((item, index) => check(schema.items!, item, [...path, index])) : list;
  }
  if (type === 'string') {
    if (typeof value !== 'string') fail('expected string');
    const text = value as string;
    if (text.length < (schema.minLength ?? 0)) fail(`must be at least ${schema.minLength}`);
    if (text.length > (schema.maxLength ?? Infinity)) fail(`must be at most ${schema.maxLength}`);
    const { format = 'regex', pattern } = schema;
    if (pattern ? !matches(pattern, text) : format === 'uri' && !isUrl(text)) {
      fail(`must be a valid ${formatNames[format] ?? format}`);
    }
  }
  if (type === 'number' || type === 'integer') {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail('expected number');
    const number = value as number;
    if (type === 'integer' && !Number.isInteger(number)) fail('expected int');
    if (number < (schema.minimum ?? -Infinity)) fail(`must be at least ${schema.minimum}`);
    if (number > (schema.maximum ?? Infinity)) fail(`must be at most ${schema.maximum}`);
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
 * crashing half-drawn.
 */
export function conformAdapterResponse<T>(schema: JsonSchema, value: unknown, what: string): T {
  try {
    return conform<T>(schema, value);
  } catch (error) {
    if (!(error instanceof SchemaMismatch)) throw error;
    throw new AdapterError(
      'invalid-response',
      `Malformed ${what} from the adapter at ${formatPath(error.path)}: ${error.problem}.`,
      { path: error.path, cause: error },
    );
  }
}
