/**
 * Writes the checker of a JSON Schema as code: one function per object, list or union,
 * calling the helpers of validate.ts, so that checking a value runs no code that asks
 * which keywords its schema has. `scripts/compile-schemas.mjs` writes core's domain
 * checkers with it (`generated/checkers.ts`); tests compile schemas of their own with it.
 *
 * Only the build and tests run this file; no widget ships it.
 */
import type { JsonSchema } from '../validate.js';

/** The names of validate.ts that emitted code calls: a test binds them when it runs the code. */
export const helperNames = [
  'anything',
  'below',
  'boolean',
  'entries',
  'fail',
  'list',
  'notData',
  'number',
  'object',
  'oneOf',
  'optional',
  'own',
  'place',
  'problems',
  'string',
  'union',
] as const;

type Helper = (typeof helperNames)[number];

/** A call, without the `undefined` arguments at its end. */
function call(helper: Helper, args: unknown[]): string {
  const written = args.map((arg) =>
    arg === undefined ? 'undefined' : typeof arg === 'string' ? arg : JSON.stringify(arg),
  );
  while (written.at(-1) === 'undefined') written.pop();
  return `${helper}(${written.join(', ')})`;
}
const quote = (value: unknown) => JSON.stringify(value);

/** The values `schema` allows, when it names them (an `enum`, or a `const` as a list of one). */
const values = (schema: JsonSchema) => ('const' in schema ? [schema.const] : schema.enum);

/** True when checking under `schema` can answer `undefined` (any value: no type, no union). */
const mayBeUndefined = (schema: JsonSchema) => !schema.type && !schema.oneOf && !schema.anyOf && !values(schema);

/**
 * The checkers of `schemas`, by name, as code: `typed` writes the TypeScript module
 * `generated/checkers.ts` (importing from validate.ts), otherwise JavaScript that ends by
 * returning the checkers, for `new Function` with the helpers as its parameters.
 */
export function emitCheckers(schemas: Record<string, JsonSchema>, typed: boolean): string {
  const declarations: string[] = [];
  /** A schema's JSON → the name of its checker, so that a schema used twice is written once. */
  const written = new Map<string, string>();
  const check = typed ? ': Check' : '';

  /** The name of a `Check` function for `schema`, written on first use. */
  function ref(schema: JsonSchema): string {
    const key = JSON.stringify(schema);
    let name = written.get(key);
    if (!name) {
      const body =
        schema.type === 'object' && !values(schema) ? objectBody(schema) : expression(schema, 'v', 'up', 'key');
      // A helper that takes nothing more is the checker itself (`boolean`, `anything`).
      const bare = /^(\w+)\(v, up, key\)$/.exec(body)?.[1];
      name = bare ?? `c${written.size}`;
      written.set(key, name);
      if (!bare) declarations.push(`const ${name}${check} = (v, up, key) => ${body};`);
    }
    return name;
  }

  /**
   * Code that checks the value `value`, found under `key` of the value at `up`, under
   * `schema`, and gives what the widget gets. `up` and `key` are code, as the helpers take them.
   */
  function expression(schema: JsonSchema, value: string, up: string, key: string): string {
    const options = schema.oneOf ?? schema.anyOf;
    if (options) {
      // The field every option fixes with a `const` (the compile step checks there is exactly one).
      const tag = (option: JsonSchema, name: string) => option.properties?.[name]?.const;
      const field = Object.keys(options[0]!.properties!).find((name) =>
        options.every((o) => tag(o, name) !== undefined),
      )!;
      const tags = options.map((option) => tag(option, field));
      return call('union', [value, up, key, quote(field), quote(tags), `[${options.map(ref).join(', ')}]`]);
    }
    const allowed = values(schema);
    const input = allowed ? call('oneOf', [value, up, key, quote(allowed)]) : value;
    switch (schema.type) {
      case 'object': {
        const { enum: _, const: __, ...shape } = schema;
        return `${ref(shape)}(${input}, ${up}, ${key})`;
      }
      case 'array':
        return call('list', [
          input,
          up,
          key,
          ref(schema.items ?? {}),
          schema.minItems,
          schema.maxItems,
          schema.uniqueBy === undefined ? undefined : quote(schema.uniqueBy),
        ]);
      case 'string':
        return call('string', [
          input,
          up,
          key,
          schema.minLength,
          schema.maxLength,
          schema.format === undefined ? undefined : quote(schema.format),
          schema.pattern === undefined ? undefined : quote(schema.pattern),
        ]);
      case 'number':
      case 'integer':
        return call('number', [input, up, key, schema.type === 'integer' || undefined, schema.minimum, schema.maximum]);
      case 'boolean':
        return call('boolean', [input, up, key]);
    }
    return allowed ? input : call('anything', [input, up, key]);
  }

  /**
   * The body of an object's (or a record's) checker: its fields in order, as zod reads
   * them. `k` is the field being read, so that a getter that throws is named at its path.
   */
  function objectBody(schema: JsonSchema): string {
    const fields = Object.entries(schema.properties ?? {});
    const kind = quote(schema.properties ? 'object' : 'record');
    const reads = fields.length > 0 || !!schema.additionalProperties;
    // An object with no fields is checked for being one, and gives a new empty object.
    if (!reads) return guarded([`object(v, at, ${kind});`, 'return {};']);
    const lines = [`const i = object(v, at, ${kind}), o${typed ? ': Output' : ''} = {};`];
    if (fields.some(([, field]) => 'default' in field)) lines.push(`let x${typed ? ': unknown' : ''};`);
    for (const [name, field] of fields) {
      const key = quote(name);
      // The default is the field's business, not its checker's: one checker per kind of value.
      const { default: _, ...kind } = field;
      const checker = ref(kind);
      // `k` is the field at hand: named once, it is the key read, written and reported.
      const named = `(k = ${key})`;
      if ('default' in field) {
        // A fresh copy of the default each time: a literal makes one.
        lines.push(`o[${named}] = ${checker}((x = own(i, k)) === undefined ? ${quote(field.default)} : x, at, k);`);
      } else if (schema.required?.includes(name)) {
        lines.push(`o[${named}] = ${checker}(own(i, k), at, k);`);
      } else {
        lines.push(`optional(o, i, ${named}, at, ${checker});`);
        continue;
      }
      // A required field of any value (`z.unknown()`) must still be there, as zod says.
      if (mayBeUndefined(field))
        lines.push(`if (o[k] === undefined && !Object.hasOwn(i, k)) fail(below(at, k), problems.type('nonoptional'));`);
    }
    const rest = schema.additionalProperties;
    lines.push(
      rest
        ? `return ${call('entries', ['i', 'at', 'o', schema.propertyNames ? ref(schema.propertyNames) : undefined, ref(rest)])};`
        : 'return o;',
    );
    return guarded(lines);
  }

  /** A checker's body: `lines` under its place, with what a look at the value throws named there. */
  function guarded(lines: string[]): string {
    const indent = (line: string) => `    ${line}`;
    return [
      '{',
      '  const at = place(up, key);',
      `  let k${typed ? ': string | undefined' : ''};`,
      '  try {',
      ...lines.map(indent),
      '  } catch (error) {',
      '    throw notData(error, place(at, k));',
      '  }',
      '}',
    ].join('\n');
  }

  for (const name of Object.keys(schemas)) {
    // An export must not take the name of a helper or of a checker written here.
    if (!/^[A-Za-z_$][\w$]*$/.test(name) || /^c\d+$/.test(name) || (helperNames as readonly string[]).includes(name))
      throw new Error(`A checker cannot be exported as "${name}": choose another name.`);
  }
  const exports = Object.entries(schemas).map(([name, schema]) => [name, ref(schema)] as const);
  if (typed) {
    // The helpers the code names, read from it without its strings.
    const code = emitCheckers(schemas, false).replace(/"(?:[^"\\]|\\.)*"/g, '');
    const used = helperNames.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
    const types = declarations.some((line) => line.includes(': Output')) ? 'type Check, type Output' : 'type Check';
    return [
      `import { ${[...used, types].join(', ')} } from '../validate.js';`,
      ...declarations,
      ...exports.map(
        ([name, fn]) =>
          `/** Checks ${name} as zod parses it: a new value, or a \`SchemaMismatch\` thrown. */\nexport const ${name}: Check = ${fn};`,
      ),
    ].join('\n\n');
  }
  return [...declarations, `return { ${exports.map(([name, fn]) => `${quote(name)}: ${fn}`).join(', ')} };`].join('\n');
}
