// The reference for backend developers, generated from core's zod schemas (the contract)
// and scripts/lib/backend-contract.mjs:
//   docs/schemas/<document>.schema.json   JSON Schema (2020-12) of each document, by zod's toJSONSchema
//   docs/schemas/<document>.example.json  an example of each: the local adapter's demo seed,
//                                         checked against the zod schema here (it must pass)
//   docs/backend-reference.md             the documents and their fields, the error mapping, the headers
//
//   node scripts/build-backend-reference.mjs           writes them
//   node scripts/build-backend-reference.mjs --check   fails (exit 1) when a committed file is stale
//                                                      or an example is not valid (part of `npm run lint`)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import * as prettier from 'prettier';
import { documents, errorKinds, headers, otherwise, referenceBaseUrl } from './lib/backend-contract.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

// Core's public entry (where the schemas are exported from, wherever they live inside core),
// zod 4 from core's own dependencies, and the demo seed.
const entry = `export * from './src/index.ts';
export { toJSONSchema } from 'zod/mini';
export { bankSeed } from '../adapter-local/src/index.ts';
export { actionPaths, domainPaths } from '../adapter-rest/src/http-contract.ts';`;
const bundle = await esbuild.build({
  stdin: { contents: entry, resolveDir: `${root}packages/core`, loader: 'ts', sourcefile: 'reference-entry.ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  write: false,
  logLevel: 'error',
});
const core = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const problems = [];
// Every route the reference names is one @prefcenter/adapter-rest calls (and the reference server serves).
const contractPaths = new Set([
  ...Object.values(core.domainPaths).flatMap((p) => [p.document, p.catalog].filter(Boolean)),
  core.actionPaths.notificationHistory,
]);
for (const doc of documents) {
  const path = doc.route.split(' ').pop();
  if (!contractPaths.has(path)) {
    problems.push(`${doc.name}: route ${path} is not in adapter-rest's http-contract.ts (${[...contractPaths]})`);
  }
}
const files = new Map();
const prettierConfig = await prettier.resolveConfig(`${root}docs/backend-reference.md`);
const json = async (value, file) =>
  prettier.format(JSON.stringify(value), { ...prettierConfig, filepath: `${root}${file}` });

/** One line of the fields table per property, nested objects and arrays of objects indented by path. */
function fieldRows(schema, prefix = '') {
  const rows = [];
  const required = new Set(schema.required ?? []);
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push(`| \`${path}\` | ${typeOf(sub)} | ${required.has(name) ? 'yes' : 'no'} | ${rules(sub)} |`);
    const item = sub.type === 'array' ? sub.items : sub;
    if (item?.properties) rows.push(...fieldRows(item, sub.type === 'array' ? `${path}[].` : `${path}.`));
    else if (item?.additionalProperties?.properties)
      rows.push(...fieldRows(item.additionalProperties, `${path}.<id>.`));
  }
  return rows;
}
function typeOf(schema) {
  if (schema.enum) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.anyOf || schema.oneOf) return (schema.anyOf ?? schema.oneOf).map(typeOf).join(' \\| ');
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'any'}`;
  if (schema.type === 'object' && schema.additionalProperties && !schema.properties) {
    return `map of id → ${typeOf(schema.additionalProperties)}`;
  }
  if (schema.format === 'date-time') return 'date-time with offset';
  return schema.type ?? 'any';
}
function rules(schema) {
  const out = [];
  if (schema.minLength !== undefined) out.push(`length ≥ ${schema.minLength}`);
  if (schema.maxLength !== undefined) out.push(`length ≤ ${schema.maxLength}`);
  if (schema.minimum !== undefined) out.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum !== Number.MAX_SAFE_INTEGER) out.push(`≤ ${schema.maximum}`);
  if (schema.type === 'integer') out.push('integer');
  if (schema.minItems !== undefined) out.push(`at least ${schema.minItems}`);
  if (schema.uniqueBy) out.push(`\`${schema.uniqueBy}\` unique`);
  if (schema.pattern && schema.format !== 'date-time') out.push(`matches \`${schema.pattern.replaceAll('|', '\\|')}\``);
  return out.join(', ');
}

const sections = [];
for (const doc of documents) {
  const zodSchema = core[doc.schema];
  if (!zodSchema) {
    problems.push(`@prefcenter/core exports no ${doc.schema} (scripts/lib/backend-contract.mjs names it).`);
    continue;
  }
  const { $schema, ...body } = core.toJSONSchema(zodSchema, { io: 'input', unrepresentable: 'any' });
  const schema = {
    $schema,
    $id: `${doc.name}.schema.json`,
    title: doc.title,
    description: doc.about,
    ...body,
  };
  const example = doc.example(core.bankSeed);
  const verdict = zodSchema.safeParse(example);
  if (!verdict.success) {
    problems.push(`The example of ${doc.name} is not valid: ${JSON.stringify(verdict.error.issues.slice(0, 3))}`);
  }
  files.set(`docs/schemas/${doc.name}.schema.json`, await json(schema, `docs/schemas/${doc.name}.schema.json`));
  files.set(`docs/schemas/${doc.name}.example.json`, await json(example, `docs/schemas/${doc.name}.example.json`));

  const methods = [doc.read, doc.write].filter(Boolean).map((m) => `\`${m}\``);
  const item = schema.type === 'array' ? schema.items : schema;
  sections.push(
    [
      `### ${doc.title}`,
      '',
      `${doc.about} Adapter: ${methods.join(', ')}. Route: \`${doc.route}\`. ` +
        `[JSON Schema](schemas/${doc.name}.schema.json), [example](schemas/${doc.name}.example.json).`,
      '',
      ...(schema.type === 'array' ? ['A JSON array; each item:', ''] : []),
      '| Field | Type | Required | Rules |',
      '| --- | --- | --- | --- |',
      ...fieldRows(item),
    ].join('\n'),
  );
}

const markdown = `<!-- Generated by scripts/build-backend-reference.mjs from core's zod schemas and scripts/lib/backend-contract.mjs: do not edit; run \`npm run reference\`. -->

# Backend reference

What a backend serves to the @prefcenter widgets, generated from the zod schemas in \`@prefcenter/core\` (the contract),
so it cannot drift from what the widgets accept. A widget never calls the backend itself: the host's adapter does
(\`createRestAdapter\` from \`@prefcenter/adapter-rest\`, or one of your own: see "Wiring a backend" in the README),
and every answer is checked against these schemas before a widget sees it.

Every route below is under your API's base URL: \`${referenceBaseUrl}\` on the reference server (\`@prefcenter/server\`),
so the theme preferences are \`GET ${referenceBaseUrl}/theme/preferences\`. These are the routes
\`@prefcenter/adapter-rest\` calls; the whole contract, with the actions (channel verification, payment methods)
and the Server-Sent Events of \`GET /events\`, is \`packages/server/openapi.json\` (OpenAPI 3.1).

## Rules for every document

- Every preferences document carries \`version\` (an integer ≥ 0, raised by every change) and \`updatedAt\` (an ISO 8601
  date-time **with an offset**: \`2026-03-02T09:15:00.000Z\` or \`2026-03-02T10:15:00+01:00\`; a time without one is
  refused).
- A change is a \`PATCH\` whose body is a JSON Merge Patch (RFC 7396) of the document, made on the \`version\` in
  \`If-Match\`. The answer is the **whole new document**, not the patch and not an empty body.
- Ids are strings of 1 to 200 characters; ids that become keys of a document (\`categories\`, \`purposes\`, …) may not be
  \`__proto__\`. Lists keyed by id (swatches, channels, categories, methods, …) may not repeat an id.
- A field the schema does not list is allowed, and the widgets ignore it.

## Documents

${sections.join('\n\n')}

## Errors

Failures reach a widget as an \`AdapterError\` with a \`kind\`; the widget decides what the customer sees (README,
"Errors"). The adapter maps the backend's answer to the kind: a problem document's \`kind\` first (see "Headers"), else the
status, as in this table (the README's no-build adapter maps it so). A status not listed becomes \`${otherwise.serverError}\` for a \`5xx\` and \`${otherwise.clientError}\` for a \`4xx\`.

| Kind | Status | What the backend answers |
| --- | --- | --- |
${errorKinds.map((e) => `| \`${e.kind}\` | ${e.statuses.map((s) => `\`${s}\``).join(', ') || '-'} | ${e.answer} |`).join('\n')}

## Headers

| Header | On | Meaning |
| --- | --- | --- |
${headers.map((h) => `| \`${h.name}\` | ${h.on} | ${h.means} |`).join('\n')}
`;
files.set('docs/backend-reference.md', await prettier.format(markdown, { ...prettierConfig, parser: 'markdown' }));

if (problems.length) {
  console.error(`Backend reference:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const stale = [];
for (const [file, text] of files) {
  const path = `${root}${file}`;
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(file);
    continue;
  }
  mkdirSync(`${root}docs/schemas`, { recursive: true });
  writeFileSync(path, text);
}
if (stale.length) {
  console.error(`Stale, run \`npm run reference\`: ${stale.join(', ')}`);
  process.exit(1);
}
console.log(
  check
    ? `docs/backend-reference.md and ${files.size - 1} schema files are current; every example is valid.`
    : `Wrote docs/backend-reference.md and ${files.size - 1} files under docs/schemas/.`,
);
