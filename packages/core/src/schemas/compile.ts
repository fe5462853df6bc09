/**
 * The compile step from a zod schema to the JSON Schema the checkers are generated from
 * (`emit.ts`, with the helpers of validate.ts): zod's own `toJSONSchema`, then an audit
 * that refuses anything the checkers would not check the way zod does. `scripts/compile-schemas.mjs` runs it over core's domain
 * schemas; tests run it over schemas of their own (unions, say), so it lives here, with
 * the zod it compiles with (`z`, for those tests: the test folder resolves another zod).
 */
import * as z from 'zod/mini';
import type { JsonSchema } from '../validate.js';
import { declaredRules } from './declared-rules.js';

export { z };

/** The keywords the checkers implement; see the `JsonSchema` type in validate.ts. */
const known = new Set([
  'type',
  'enum',
  'const',
  'default',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'uniqueBy',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'oneOf',
  'anyOf',
]);
const knownFormats = new Set(['date-time', 'uri']);
const knownTypes = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean']);
/** Keywords whose value is one subschema, or a list of them. */
const single = ['items', 'additionalProperties', 'propertyNames'] as const;
const lists = ['oneOf', 'anyOf'] as const;

type Json = { -readonly [key in keyof JsonSchema]: JsonSchema[key] } & { [key: string]: unknown };

/** The subschemas of `schema`, each with the name of where it is. */
export function children(schema: JsonSchema): [string, JsonSchema][] {
  const out: [string, JsonSchema][] = Object.entries(schema.properties ?? {});
  for (const key of single) if (schema[key]) out.push([key, schema[key]]);
  for (const key of lists) schema[key]?.forEach((option, index) => out.push([`${key}[${index}]`, option]));
  return out;
}

/** True when every value `schema` accepts is an object with `field`: an object that requires it, or a union of them. */
function requires(schema: JsonSchema, field: string): boolean {
  const options = schema.oneOf ?? schema.anyOf;
  if (options) return options.every((option) => requires(option, field));
  return schema.type === 'object' && !!schema.required?.includes(field);
}

/** True when `value` reads back the same from a JavaScript literal of its JSON. */
function literalSafe(value: unknown): boolean {
  if (!value || typeof value !== 'object') return true;
  if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) return false;
  return Object.values(value).every(literalSafe);
}

/** Fails, naming `where`, on a keyword or a combination the checker does not understand. */
export function audit(schema: JsonSchema, where: string): void {
  const fail = (problem: string): never => {
    throw new Error(`${where}: ${problem}`);
  };
  const keys = Object.keys(schema);
  for (const key of keys) {
    if (!known.has(key)) fail(`the checkers do not implement the JSON Schema keyword "${key}".`);
  }
  // zod writes a union of plain types (or a nullable) as a list of types: not one the checker reads.
  if (schema.type !== undefined && !knownTypes.has(schema.type))
    fail(`the checkers cannot check the type ${JSON.stringify(schema.type)}.`);
  const { format } = schema;
  if (format !== undefined && !knownFormats.has(format) && !schema.pattern) {
    fail(`the checkers cannot check the format "${format}".`);
  }
  if (schema.additionalProperties && schema.properties)
    fail('an object with both fields and a catch-all is not supported.');
  if (schema.properties && Object.hasOwn(schema.properties, '__proto__'))
    fail('a field named __proto__ is dropped by zod.');
  // The checkers write a default as a literal, where a `__proto__` key sets the prototype.
  if ('default' in schema && !literalSafe(schema.default))
    fail('a default holding a key named __proto__ cannot be written as a literal.');
  // zod changes a URL (trimmed, tabs and newlines dropped) before any later check.
  if (format === 'uri' && keys.some((key) => ['minLength', 'maxLength', 'pattern'].includes(key))) {
    fail('a URL string cannot carry other string checks.');
  }
  if (schema.uniqueBy !== undefined) {
    if (schema.type !== 'array' || !schema.items || !requires(schema.items, schema.uniqueBy)) {
      fail(`uniqueBy "${schema.uniqueBy}" needs an array of objects that require that field.`);
    }
  }
  const options = schema.oneOf ?? schema.anyOf;
  if (options) {
    if (schema.oneOf && schema.anyOf) fail('oneOf and anyOf together are not supported.');
    if (keys.some((key) => !['oneOf', 'anyOf', 'default'].includes(key))) {
      fail('a union with keywords of its own is not supported.');
    }
    // Only a discriminated union: each option an object fixing one shared field with a `const`.
    const tagged = Object.keys(options[0]?.properties ?? {}).filter((name) =>
      options.every(
        (option) =>
          option.type === 'object' && option.properties?.[name]?.const !== undefined && option.required?.includes(name),
      ),
    );
    if (tagged.length !== 1) fail('a union must be discriminated by exactly one field with a const in every option.');
    const tags = options.map((option) => option.properties![tagged[0]!]!.const);
    if (new Set(tags).size !== tags.length) fail(`two options of the union have the same ${tagged[0]}.`);
  }
  for (const [name, sub] of children(schema)) audit(sub, `${where}.${name}`);
}

type Checked = { _zod: { def: { type?: string; check?: string; checks?: Checked[] } & Record<string, unknown> } };
const lengthChecks = new Set(['min_length', 'max_length', 'length_equals']);

/**
 * What JSON Schema does not show: the zod checks themselves. zod names the first failed
 * check in the order declared, and the checkers check a string's lengths before its
 * pattern or format, so a format declared first would be named differently; and a
 * refinement (other than the declared rules) has no JSON Schema at all.
 */
export function auditChecks(schema: Checked, where: string, seen = new Set<object>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const { checks = [], ...def } = schema._zod.def;
  const meta = z.globalRegistry.get(schema as never) as { uniqueBy?: unknown } | undefined;
  if (meta?.uniqueBy !== undefined && !checks.some((check) => declaredRules.has(check))) {
    throw new Error(`${where}: declare uniqueBy with uniqueBy() from schemas/common.ts, so that zod checks it too.`);
  }
  checks.forEach((check, index) => {
    const kind = check._zod.def.check;
    if (kind === 'custom' && !declaredRules.has(check)) {
      throw new Error(`${where}: a refinement has no JSON Schema; the checkers cannot check it.`);
    }
    const before = checks.slice(0, index).map((c) => c._zod.def.check);
    if (lengthChecks.has(kind!) && before.includes('string_format')) {
      throw new Error(`${where}: declare a string's length checks before its pattern or format.`);
    }
    // zod refuses a list over its leading maximum before reading its items (a size cap), and
    // checks any later maximum after them: the checkers do the first, so only that may be.
    if (def.type === 'array' && lengthChecks.has(kind!) && before.some((c) => !lengthChecks.has(c!))) {
      throw new Error(`${where}: declare a list's length checks before its other checks.`);
    }
  });
  const visit = (value: unknown, at: string) => {
    if (value && typeof value === 'object' && '_zod' in value) auditChecks(value as Checked, at, seen);
    else if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${at}[${i}]`));
  };
  for (const [key, value] of Object.entries(def)) {
    if (key === 'shape') for (const [name, field] of Object.entries(value as object)) visit(field, `${where}.${name}`);
    else visit(value, `${where}(${key})`);
  }
}

/** The checkers check `date-time` in code; zod's 400-character regex for it need not ship. */
function dropDateTimePatterns(schema: JsonSchema): JsonSchema {
  if (schema.format === 'date-time') {
    const { pattern: _, ...rest } = schema;
    return rest;
  }
  const out: Json = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, sub]) => [key, dropDateTimePatterns(sub)]),
    );
  }
  for (const key of single) if (schema[key]) out[key] = dropDateTimePatterns(schema[key]);
  for (const key of lists) if (schema[key]) out[key] = schema[key].map(dropDateTimePatterns);
  return out;
}

/** `schema` as the checkers are generated from it, or an error naming what it cannot check. */
export function compileSchema(schema: z.ZodMiniType, name = 'schema'): JsonSchema {
  // "input": optional and defaulted fields are not required, which is what an adapter may send.
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as Json;
  audit(json, name);
  auditChecks(schema as unknown as Checked, name);
  return dropDateTimePatterns(json);
}
