// Compiles core's zod schemas to the JSON Schema that core's small checker reads at run
// time (packages/core/src/validate.ts), so widgets validate adapter answers without
// shipping zod. The zod schemas stay the contract: this file is derived from them.
//
//   node scripts/compile-schemas.mjs           writes packages/core/src/generated/schemas.ts
//   node scripts/compile-schemas.mjs --check   fails (exit 1) when the committed file is stale
//
// It fails, naming the place, on any JSON Schema keyword the checker does not know, so a
// new kind of schema (a union, say) cannot silently go unchecked.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}packages/core/src/generated/schemas.ts`;

/** Exported name in generated/schemas.ts → the zod schema it is compiled from. */
const compiled = {
  themeCatalog: 'themeCatalogSchema',
  themePreferences: 'themePreferencesSchema',
  notificationCatalog: 'notificationCatalogSchema',
  notificationPreferences: 'notificationPreferencesSchema',
  changeHistory: 'changeHistorySchema',
  privacyCatalog: 'privacyCatalogSchema',
  privacyPreferences: 'privacyPreferencesSchema',
  payments: 'paymentsSchema',
};

/** The keywords validate.ts implements; see its `JsonSchema` type. */
const known = new Set([
  'type',
  'enum',
  'default',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
]);
const knownFormats = new Set(['date-time', 'uri']);

const entry = `export { toJSONSchema } from 'zod/mini';
export * from './src/schemas/common.ts';
export * from './src/schemas/theme.ts';
export * from './src/schemas/notifications.ts';
export * from './src/schemas/privacy.ts';
export * from './src/schemas/payments.ts';`;
const result = await esbuild.build({
  stdin: { contents: entry, resolveDir: `${root}packages/core`, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  write: false,
  logLevel: 'error',
});
const schemas = await import(
  `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
);

function audit(schema, where) {
  for (const [key, value] of Object.entries(schema)) {
    if (!known.has(key)) throw new Error(`${where}: validate.ts does not implement the JSON Schema keyword "${key}".`);
    if (key === 'format' && !knownFormats.has(value) && !schema.pattern) {
      throw new Error(`${where}: validate.ts cannot check the format "${value}".`);
    }
    if (key === 'properties') for (const [name, sub] of Object.entries(value)) audit(sub, `${where}.${name}`);
    else if (['additionalProperties', 'propertyNames', 'items'].includes(key)) audit(value, `${where}.${key}`);
  }
  if (schema.additionalProperties && schema.properties) {
    throw new Error(`${where}: an object with both fields and a catch-all is not supported.`);
  }
}

/** validate.ts checks `date-time` in code; zod's 400-character regex for it need not ship. */
function dropDateTimePatterns(schema) {
  if (schema.format === 'date-time') {
    const { pattern: _, ...rest } = schema;
    return rest;
  }
  const out = { ...schema };
  if (out.properties) {
    out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, dropDateTimePatterns(v)]));
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames']) {
    if (out[key]) out[key] = dropDateTimePatterns(out[key]);
  }
  return out;
}

const compiledJson = {};
for (const [name, source] of Object.entries(compiled)) {
  const zodSchema = schemas[source];
  if (!zodSchema) throw new Error(`No schema ${source} in packages/core/src/schemas.`);
  // "input": optional and defaulted fields are not required, which is what an adapter may send.
  const { $schema: _, ...json } = schemas.toJSONSchema(zodSchema, { io: 'input', unrepresentable: 'throw' });
  audit(json, name);
  compiledJson[name] = dropDateTimePatterns(json);
}

// A long subschema used more than once (the ISO date-time check is 400 characters) is
// written once, as a constant the others refer to.
const uses = new Map();
const count = (schema) => {
  const key = JSON.stringify(schema);
  uses.set(key, (uses.get(key) ?? 0) + 1);
  for (const sub of Object.values(schema.properties ?? {})) count(sub);
  for (const sub of [schema.items, schema.additionalProperties, schema.propertyNames]) if (sub) count(sub);
};
Object.values(compiledJson).forEach(count);
const shared = [...uses].filter(([key, n]) => n > 1 && key.length >= 80).map(([key]) => key);
const sharedName = (key) => `shared${shared.indexOf(key)}`;
const write = (schema) => {
  const key = JSON.stringify(schema);
  if (shared.includes(key)) return sharedName(key);
  const fields = Object.entries(schema).map(([field, value]) => {
    let text = JSON.stringify(value);
    if (field === 'properties') {
      text = `{${Object.entries(value)
        .map(([name, sub]) => `${JSON.stringify(name)}: ${write(sub)}`)
        .join(', ')}}`;
    } else if (['items', 'additionalProperties', 'propertyNames'].includes(field)) text = write(value);
    return `${field}: ${text}`;
  });
  return `{${fields.join(', ')}}`;
};

let body = '';
for (const key of shared) body += `\nconst ${sharedName(key)}: JsonSchema = ${key};\n`;
for (const [name, json] of Object.entries(compiledJson)) {
  body += `\n/** Compiled from \`${compiled[name]}\`. */\nexport const ${name}: JsonSchema = ${write(json)};\n`;
}

const header =
  '// Generated by scripts/compile-schemas.mjs from packages/core/src/schemas (zod): do not edit.\n' +
  "import type { JsonSchema } from '../validate.js';\n";
const options = (await prettier.resolveConfig(target)) ?? {};
const code = await prettier.format(`${header}${body}`, { ...options, parser: 'typescript' });

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== code) {
    console.error(`${target} is out of date. Run \`node scripts/compile-schemas.mjs\` and commit it.`);
    process.exit(1);
  }
  console.log('packages/core/src/generated/schemas.ts is current.');
} else {
  await writeFile(target, code);
  console.log('Wrote packages/core/src/generated/schemas.ts');
}
