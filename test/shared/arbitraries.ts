// fast-check arbitraries built from core's compiled JSON Schema (the subset validate.ts
// reads), for the differential test of the checker against zod and for widget property
// tests: valid documents, near-valid ones with one thing changed, hostile keys and ids,
// unicode-edge strings and values that are not JSON at all.
import fc from 'fast-check';
import type { JsonSchema } from '@prefcenter/core';

/** The checker's own schema type: a keyword it learns is one the arbitraries must learn too. */
type Schema = JsonSchema;

/** Names that an object literal used as a map would get wrong. */
export const prototypeNames = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
] as const;

const emoji = '\u{1F600}';
/** Strings that measure differently in UTF-16 units, code points and graphemes, or that trim. */
export const edgeStrings = [
  '',
  ' ',
  '\u00A0',
  '\uFEFF',
  '\t\n\r',
  '\uD800',
  '\uDC00',
  'a\uD800b',
  emoji,
  'e\u0301',
  '\u{1F469}\u200D\u{1F4BB}',
  '\u202Eevil',
  '<img src=x onerror=alert(1)>',
  ...prototypeNames,
];

/** Strings of `n` code points that take up to twice as many UTF-16 units. */
export function stringsOfLength(n: number): string[] {
  if (n < 0 || n > 5000) return [];
  return ['a'.repeat(n), emoji.repeat(n), `${emoji.repeat(Math.max(0, n - 1))}${n ? '\uD800' : ''}`];
}
const codePoints = (value: string) => [...value].length;

/** ISO date-times with an offset, as zod's `z.iso.datetime({ offset: true })` accepts. */
const dateTime = fc
  .tuple(
    fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
    fc.constantFrom('Z', '+00:00', '-05:30', '+14:00'),
    fc.boolean(),
  )
  .map(([date, offset, fraction]) => {
    const iso = date.toISOString();
    return `${fraction ? iso.slice(0, -1) : iso.slice(0, 19)}${offset}`;
  });

const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'https://bank.example/privacy',
    '\u00A0https://bank.example/privacy\u00A0',
    ' https://bank.example/a b ',
    'https://bank.example/\tx\ny',
    '\uFEFFhttps://bank.example/',
    'mailto:privacy@bank.example',
  ),
);

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'date-time') return dateTime;
  if (schema.format === 'uri') return url;
  let matching: RegExp | undefined;
  if (schema.pattern) {
    matching = new RegExp(schema.pattern);
    try {
      return fc.stringMatching(matching);
    } catch {
      // fast-check cannot build every pattern (a lookahead such as keyId's "not __proto__"):
      // strings of the right length that match it, filtered; near-valid documents still
      // try the prototype names that do not.
    }
  }
  const { minLength = 0, maxLength = Infinity } = schema;
  const fits = (value: string) => codePoints(value) >= minLength && codePoints(value) <= maxLength;
  // Long strings are slow to generate and check: most stay short, the limits are tried exactly.
  const names = prototypeNames.filter(fits);
  const edges = [...edgeStrings, ...stringsOfLength(minLength), ...stringsOfLength(maxLength)].filter(fits);
  const strings = fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength, maxLength: Math.min(maxLength, minLength + 40) }) },
    ...(names.length ? [{ weight: 2, arbitrary: fc.constantFrom(...names) }] : []),
    ...(edges.length ? [{ weight: 1, arbitrary: fc.constantFrom(...edges) }] : []),
  );
  return matching ? strings.filter((value) => matching.test(value)) : strings;
}

function numberArbitrary(schema: Schema): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1e9;
  const max = schema.maximum ?? 1e9;
  if (schema.type === 'integer') {
    const low = Math.max(min, -(2 ** 31));
    const high = Math.min(max, 2 ** 31 - 1);
    return fc.oneof(fc.integer({ min: low, max: high }), fc.constantFrom(min, max));
  }
  return fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(min, max));
}

/** Values that validate against `schema`: the documents an honest adapter sends. */
export function arbitraryFromSchema(json: JsonSchema): fc.Arbitrary<unknown> {
  return build(json as Schema);
}

function build(schema: Schema): fc.Arbitrary<unknown> {
  const options = schema.oneOf ?? schema.anyOf;
  if (options) return fc.oneof(...options.map(build));
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object': {
      if (schema.additionalProperties) {
        const keys = schema.propertyNames ? stringArbitrary(schema.propertyNames) : fc.string();
        return fc.dictionary(keys, build(schema.additionalProperties), { maxKeys: 4 });
      }
      const model: Record<string, fc.Arbitrary<unknown>> = Object.create(null) as Record<string, never>;
      for (const [key, field] of Object.entries(schema.properties ?? {})) model[key] = build(field);
      return fc.record(model, { requiredKeys: [...(schema.required ?? [])] });
    }
    case 'array': {
      const items = schema.items ? build(schema.items) : fc.jsonValue({ maxDepth: 1 });
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 4, minLength + 4);
      const by = schema.uniqueBy;
      if (by) {
        return fc.uniqueArray(items, {
          minLength,
          maxLength,
          selector: (item) => (item as Record<string, unknown>)[by],
        });
      }
      return fc.array(items, { minLength, maxLength });
    }
    case 'string':
      return stringArbitrary(schema);
    case 'number':
    case 'integer':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** JSON values that break some rule of some schema: wrong types, edges, hostile text. */
export const jsonReplacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    0,
    -0,
    -1,
    1.5,
    2 ** 53,
    -(2 ** 53),
    1e300,
    -1e300,
    Number.MAX_SAFE_INTEGER,
    true,
    false,
    [],
    {},
    [1],
    { extra: 1 },
    '2026-13-01T00:00:00Z',
    '2024-02-29T00:00:00Z',
    '25:00',
    '#fff',
    'USD',
    'not a url',
    'https://',
    '\u00A0',
  ),
  fc.constantFrom(...[0, 1, 199, 200, 201, 2000, 2001].flatMap(stringsOfLength)),
  fc.constantFrom(...edgeStrings),
  fc.jsonValue({ maxDepth: 2 }),
);

class Account {
  id = 'a';
}

/** Values that are not JSON data, one at a time: what an adapter in plain JavaScript might answer. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc
    .constantFrom<() => unknown>(
      () => new Date(0),
      () => new Map([['id', 'a']]),
      () => new Set(['a']),
      () => new String('x'),
      () => new Number(1),
      () => new Boolean(true),
      () => new Account(),
      () => () => 'x',
      () => Symbol('x'),
      () => 10n,
      () => undefined,
      () => Number.NaN,
      () => Number.POSITIVE_INFINITY,
      () => /x/,
      () => new Error('x'),
      () => Object.create({ id: 'inherited' }) as unknown,
      () => {
        const sparse = ['a', 'b', 'c'];
        delete sparse[1];
        return sparse;
      },
      () => new Array(3),
      () => ({
        get id(): never {
          throw new RangeError('getter');
        },
      }),
      () =>
        new Proxy(
          {},
          {
            getPrototypeOf() {
              throw new RangeError('trap');
            },
            ownKeys() {
              throw new RangeError('trap');
            },
          },
        ),
      () => {
        const cyclic: Record<string, unknown> = { id: 'a' };
        cyclic['self'] = cyclic;
        return cyclic;
      },
      () => {
        const cyclic: unknown[] = [];
        cyclic.push(cyclic);
        return cyclic;
      },
      () => ({ [Symbol('key')]: true }),
      () => Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }),
    )
    .map((make) => make());
}

/** Every path to a value inside `value`, the root included. */
export function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...at, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...at, key]));
  }
  return out;
}

/** A copy of `value` with the thing at `path` set to `replacement` (defined as own data, so `__proto__` stays a key). */
export function setAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container = value as Record<string | number, unknown>;
  const copy = Array.isArray(container) ? [...(container as unknown[])] : { ...container };
  Object.defineProperty(copy, key, {
    value: setAt(container[key], rest, replacement),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** A copy of `value` without the thing at `path` (an array item is spliced out). */
export function deleteAt(value: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 0) return undefined;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container = value as Record<string | number, unknown>;
  if (rest.length) return setAt(value, [key], deleteAt(container[key], rest));
  if (Array.isArray(container)) return container.filter((_, i) => i !== key);
  const copy = { ...container };
  delete copy[key];
  return copy;
}

/** Objects along the paths of `value`: where a hostile key can be added. */
function objectPaths(value: unknown): (string | number)[][] {
  return pathsOf(value).filter((path) => {
    let at: unknown = value;
    for (const key of path) at = (at as Record<string | number, unknown>)[key];
    return at !== null && typeof at === 'object' && !Array.isArray(at);
  });
}

function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const key of path) at = (at as Record<string | number, unknown>)[key];
  return at;
}

export type Mutation = 'valid' | 'near-valid' | 'hostile-key' | 'non-json';

/**
 * Documents for `schema` in four kinds: valid; near-valid (one value replaced by another
 * JSON value, or removed); with a prototype name added as a key somewhere (as JSON.parse
 * would make it: an own property, with a valid or invalid value); and with one value
 * replaced by something that is not JSON.
 */
export function documentsFromSchema(json: JsonSchema): fc.Arbitrary<{ kind: Mutation; value: unknown }> {
  const valid = arbitraryFromSchema(json);
  const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((value) => ({ kind: 'valid' as const, value })) },
    {
      weight: 4,
      arbitrary: fc.tuple(valid, fc.nat(), jsonReplacement, fc.boolean()).map(([doc, n, replacement, remove]) => {
        const path = pick(pathsOf(doc), n);
        const value = remove ? deleteAt(doc, path) : setAt(doc, path, replacement);
        return { kind: 'near-valid' as const, value };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.nat(), fc.nat()).map(([doc, n, m]) => {
        // An item of some list written twice: a repeated id where ids must be unique.
        const lists = pathsOf(doc).filter((path) => {
          const at = getAt(doc, path);
          return Array.isArray(at) && at.length > 0;
        });
        if (!lists.length) return { kind: 'near-valid' as const, value: doc };
        const path = pick(lists, n);
        const list = getAt(doc, path) as unknown[];
        return { kind: 'near-valid' as const, value: setAt(doc, path, [...list, pick(list, m)]) };
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.nat(), fc.constantFrom(...prototypeNames), fc.oneof(valid, jsonReplacement))
        .map(([doc, n, key, item]) => {
          const places = objectPaths(doc);
          if (!places.length) return { kind: 'hostile-key' as const, value: doc };
          const path = pick(places, n);
          // A value from elsewhere in the document under the hostile key: a plausible entry of a record.
          const entry = getAt(doc, path);
          const sample = Object.values(entry as object)[0] ?? item;
          return { kind: 'hostile-key' as const, value: setAt(doc, [...path, key], n % 2 ? sample : item) };
        }),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(valid, fc.nat(), hostileValue()).map(([doc, n, bad]) => ({
        kind: 'non-json' as const,
        value: setAt(doc, pick(pathsOf(doc), n), bad),
      })),
    },
  );
}

/**
 * True for what `JSON.parse` could have made, give or take `undefined` for a missing
 * property: null, booleans, finite numbers, strings, dense arrays and plain objects of
 * those (own enumerable data properties with string keys), without cycles.
 */
export function isJsonData(value: unknown, ancestors = new Set<object>()): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || ancestors.has(value)) return false;
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    const isArray = Array.isArray(value);
    if (isArray ? proto !== Array.prototype : proto !== null && proto !== Object.prototype) return false;
    const keys = Reflect.ownKeys(value);
    ancestors.add(value);
    for (const key of keys) {
      const slot = Object.getOwnPropertyDescriptor(value, key)!;
      if (isArray && key === 'length') continue;
      if (typeof key === 'symbol' || !('value' in slot) || !slot.enumerable) return false;
      const item: unknown = slot.value;
      if (item === undefined ? isArray : !isJsonData(item, ancestors)) return false;
    }
    if (isArray && keys.length !== (value as unknown[]).length + 1) return false;
    ancestors.delete(value);
    return true;
  } catch {
    return false;
  }
}
