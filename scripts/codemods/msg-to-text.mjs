#!/usr/bin/env node
// Converts one widget folder to the one way of saying a string (issue 13), re-runnably:
//
//   node scripts/codemods/msg-to-text.mjs packages/elements/src/<tag> [--dry-run]
//   npx prettier --write packages/elements/src/<tag>
//   npm run l10n:extract && npm run l10n:generate && npm run l10n:check
//
// What it does, in the widget folder (any depth, whatever its sub-folders are called):
//
// 1. One lit-localize unit: every `lit-localize.json` below the folder is found, and all are
//    replaced by one at the folder (inputFiles `**/*.ts`); their XLIFF files are merged, per
//    locale, into the folder's `xliff/` (trans-units by id, the first seen wins); the nested
//    configs, their `xliff/` and `generated/locales/`, a `tsconfig.l10n.json` and every
//    hand-written `*translations.ts` are deleted. Imports of a deleted translations module
//    become an import of the generated loader (`generated/translations.js`, path relative to
//    the importing file), and `registerTranslations(…)` calls with a loader are dropped.
// 2. `msg('English', { id: 'x' })` becomes `translate('x', 'English')`, and
//    `msg(str\`… ${expr} …\`, { id: 'x' })` becomes `translate('x', '… {name} …', { name: expr })`,
//    the name being the expression's identifier, or its last property name (`swatch.name` ->
//    `name`), else `value1`, `value2`…; `translate` is imported from `@prefcenter/core` and the
//    `@lit/localize` import dropped when unused. The XLIFF placeholders of each converted
//    message (`<x equiv-text="${expr}"/>`) are renamed to the same `{name}`, in source and target.
//
// Running it again finds nothing left to do. It does not unify the widget's own override
// wrappers (`this.t(key, …)`, a `#text(key, …)`, a part host's `t`): once they call
// `this.text(id, english, values)` the keys become the ids without prefix, which changes the
// widget's public `strings` keys and its tests; that is a reviewed edit, not a mechanical one.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const [folderArg, ...flags] = process.argv.slice(2);
if (!folderArg) {
  console.error('usage: node scripts/codemods/msg-to-text.mjs <widget folder> [--dry-run]');
  process.exit(2);
}
const dry = flags.includes('--dry-run');
const folder = resolve(folderArg);
const log = (message) => console.log(`${dry ? '[dry run] ' : ''}${message}`);
const write = (file, text) => {
  log(`write ${relative(process.cwd(), file)}`);
  if (!dry) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
};
const remove = (path) => {
  if (!existsSync(path)) return;
  log(`delete ${relative(process.cwd(), path)}`);
  if (!dry) rmSync(path, { recursive: true, force: true });
};

function walk(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else found.push(path);
  }
  return found;
}

const files = walk(folder);
const isSource = (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.split('/').includes('generated');

// ---------------------------------------------------------------------------------------
// 2. msg() -> translate(), remembering each message's placeholder names for the XLIFF.

/** id -> Map(expression text -> placeholder name) */
const renamed = new Map();

function placeholderName(expr, taken) {
  let name;
  if (ts.isIdentifier(expr)) name = expr.text;
  else if (ts.isPropertyAccessExpression(expr)) name = expr.name.text;
  else if (ts.isCallExpression(expr) && expr.arguments.length === 1) return placeholderName(expr.arguments[0], taken);
  let candidate = name ?? 'value1';
  for (let i = 1; taken.has(candidate); i++) candidate = `${name ?? 'value'}${i + (name ? 1 : 0)}`;
  taken.add(candidate);
  return candidate;
}

const quote = (s) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;

function convertSource(file) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes('msg(')) return;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'msg' &&
      node.arguments.length === 2 &&
      ts.isObjectLiteralExpression(node.arguments[1])
    ) {
      const [template, options] = node.arguments;
      const idProp = options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id');
      const id = idProp && ts.isStringLiteralLike(idProp.initializer) ? idProp.initializer.text : undefined;
      if (id) {
        let english;
        const values = [];
        if (ts.isStringLiteralLike(template)) english = template.text;
        else if (ts.isTaggedTemplateExpression(template) && template.tag.getText(source) === 'str') {
          const t = template.template;
          if (ts.isNoSubstitutionTemplateLiteral(t)) english = t.text;
          else {
            const taken = new Set();
            const names = new Map();
            english = t.head.text;
            for (const span of t.templateSpans) {
              const expr = span.expression.getText(source);
              const name = names.get(expr) ?? placeholderName(span.expression, taken);
              if (!names.has(expr)) {
                names.set(expr, name);
                values.push(name === expr ? name : `${name}: ${expr}`);
              }
              english += `{${name}}` + span.literal.text;
            }
            renamed.set(id, names);
          }
        }
        if (english !== undefined) {
          const desc = options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'desc');
          if (desc)
            console.warn(
              `${relative(process.cwd(), file)}: ${id}: its desc (${desc.initializer.getText(source)}) is dropped; text() has none`,
            );
          const args = [quote(id), quote(english)];
          if (values.length) args.push(`{ ${values.join(', ')} }`);
          edits.push({ start: node.getStart(source), end: node.getEnd(), text: `translate(${args.join(', ')})` });
          return;
        }
      }
      console.warn(
        `${relative(process.cwd(), file)}: left a msg() call it cannot convert: ${node.getText(source).slice(0, 80)}`,
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return;
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  // Imports: `translate` from core; `msg`/`str` from @lit/localize only while still used.
  out = out.replace(/^import \{([^}]*)\} from '@lit\/localize';\n/m, (whole, names) => {
    const kept = names
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n && new RegExp(`\\b${n}\\b`).test(out.replace(whole, '')));
    return kept.length ? `import { ${kept.join(', ')} } from '@lit/localize';\n` : '';
  });
  if (
    !/\btranslate\b[^(]/.test(
      out
        .split('\n')
        .filter((l) => l.startsWith('import'))
        .join('\n'),
    )
  ) {
    const core = out.match(/^import \{([^}]*)\} from '@prefcenter\/core';/m);
    if (core) {
      const names = core[1].trim().replace(/,$/, '');
      out = out.replace(core[0], `import { ${names}, translate } from '@prefcenter/core';`);
    } else out = `import { translate } from '@prefcenter/core';\n` + out;
  }
  write(file, out);
  log(`  ${edits.length} msg() call(s) in ${relative(folder, file)}`);
}

for (const file of files.filter(isSource)) convertSource(file);

// ---------------------------------------------------------------------------------------
// 1. One unit.

const configs = files.filter((f) => basename(f) === 'lit-localize.json').sort((a, b) => a.length - b.length);
if (!configs.length) {
  console.error(`no lit-localize.json under ${folderArg}`);
  process.exit(1);
}
const first = JSON.parse(readFileSync(configs[0], 'utf8'));
const locales = first.targetLocales;
const unitXliffDir = (config) =>
  resolve(dirname(config), JSON.parse(readFileSync(config, 'utf8')).interchange?.xliffDir ?? 'xliff');

const decodeAttr = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const encodeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A unit's placeholders renamed from `${expr}` to `{name}`, when its message was converted. */
function renamePlaceholders(id, unit) {
  const names = renamed.get(id);
  if (!names) return unit;
  return unit.replace(/equiv-text="([^"]*)"/g, (whole, equiv) => {
    const expr = decodeAttr(equiv).match(/^\$\{(.*)\}$/s)?.[1];
    if (expr === undefined) return whole;
    // A translation may carry an older expression (`${swatch.name}` for `${isolate(swatch.name)}`).
    const name = names.get(expr) ?? [...names].find(([e]) => e.includes(expr) || expr.includes(e))?.[1];
    return name ? `equiv-text="${encodeAttr(`{${name}}`)}"` : whole;
  });
}

for (const locale of locales) {
  const units = new Map();
  let head;
  for (const config of configs) {
    const file = join(unitXliffDir(config), `${locale}.xlf`);
    if (!existsSync(file)) continue;
    const xml = readFileSync(file, 'utf8');
    head ??= xml.slice(0, xml.indexOf('<body>') + '<body>'.length);
    for (const [unit, id] of xml.matchAll(/<trans-unit\b[^>]*\bid="([^"]*)"[^>]*>[\s\S]*?<\/trans-unit>/g)) {
      if (!units.has(id)) units.set(id, renamePlaceholders(decodeAttr(id), unit));
    }
  }
  if (!head) continue;
  write(
    join(folder, 'xliff', `${locale}.xlf`),
    `${head}\n${[...units.values()].join('\n')}\n</body>\n</file>\n</xliff>\n`,
  );
}

const config = {
  $schema: relative(folder, resolve('node_modules/@lit/localize-tools/config.schema.json')),
  sourceLocale: first.sourceLocale,
  targetLocales: locales,
  inputFiles: ['**/*.ts'],
  output: { mode: 'runtime', outputDir: 'generated/locales', language: 'ts' },
  interchange: { format: 'xliff', xliffDir: 'xliff' },
};
write(join(folder, 'lit-localize.json'), `${JSON.stringify(config, null, 2)}\n`);
for (const nested of configs.filter((c) => dirname(c) !== folder)) {
  remove(unitXliffDir(nested));
  remove(join(dirname(nested), 'generated', 'locales'));
  const generated = join(dirname(nested), 'generated');
  if (existsSync(generated) && !readdirSync(generated).length) remove(generated);
  remove(nested);
}
remove(join(folder, 'tsconfig.l10n.json'));

// Hand-written loaders: deleted, their importers pointed at the generated one.
const loaders = files.filter((f) => isSource(f) && basename(f).endsWith('translations.ts'));
const generatedLoader = join(folder, 'generated', 'translations.js');
for (const file of files.filter(isSource)) {
  if (loaders.includes(file) || !existsSync(file)) continue;
  let text = readFileSync(file, 'utf8');
  let changed = false;
  let imported = false;
  for (const loader of loaders) {
    const spec = relative(dirname(file), loader).replace(/\.ts$/, '.js');
    const path = spec.startsWith('.') ? spec : `./${spec}`;
    const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const pattern = new RegExp(`^import (?:\\{([^}]*)\\} from )?'${escaped}';\\n`, 'm');
    const match = text.match(pattern);
    if (!match) continue;
    changed = true;
    const target = relative(dirname(file), generatedLoader);
    const replacement = imported ? '' : `import '${target.startsWith('.') ? target : `./${target}`}';\n`;
    imported = true;
    text = text.replace(pattern, replacement);
    for (const name of (match[1] ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)) {
      text = text.replace(new RegExp(`^registerTranslations\\([^;]*\\b${name}\\b[^;]*\\);\\n`, 'm'), '');
    }
  }
  if (changed) {
    if (!/registerTranslations\(/.test(text.replace(/^import[\s\S]*?;$/gm, ''))) {
      text = text.replace(/(\n\s*)registerTranslations,(?=\s)/, '').replace(/\{\s*registerTranslations,\s*/, '{ ');
    }
    write(file, text);
  }
}
for (const loader of loaders) remove(loader);
log('done: now run prettier, npm run l10n:extract, npm run l10n:generate and npm run l10n:check');
