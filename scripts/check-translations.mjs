#!/usr/bin/env node
// Keeps every package's translations complete and in sync with its sources.
//
// For each `lit-localize.json` under packages/ (node_modules skipped) it runs lit-localize's
// extract and build (so the XLIFF files and the generated locale modules match the `msg()`
// calls in the sources), then fails when any trans-unit of any target locale has no
// `<target>`, an empty one, one that drops a placeholder of the source, or one identical to
// the English source (unless the id is in `sameAsSource` below, or the text is only placeholders
// and punctuation).
//
//   node scripts/check-translations.mjs               self-test, then sync and check every config
//   node scripts/check-translations.mjs --self-test   only the self-test on test/fixtures/l10n
//   node scripts/check-translations.mjs --no-sync     check the XLIFF as it is, without extract/build
//   node scripts/check-translations.mjs --sync-only   extract and build only (npm run l10n:extract, l10n:build)
//
// The lit-localize CLI must not be run on these configs: it knows only `msg()`, and would drop
// every `text()` sentence (scripts/lib/text-messages.mjs) from the XLIFF.
//
// Extract and build run in-process through lit-localize's own classes (the CLI would start
// Node and parse every type declaration twice per config).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test/fixtures/l10n');

/**
 * Messages whose translation really is the English text, by id, with the locales where that
 * holds and why. Keep it short: a brand name or an international abbreviation qualifies, a
 * word that merely looks the same in one language usually has a better native form.
 *
 * @type {Record<string, { locales: string[] | '*'; why: string }>}
 */
const sameAsSource = {
  'fixture.brand': { locales: '*', why: 'Self-test fixture: a brand name, the same in every language.' },
  'notification-prefs.marketing.title': { locales: ['fr', 'de'], why: 'French and German say “Marketing” too.' },
  'payment-methods.address.postal.eircode': {
    locales: '*',
    why: 'Eircode is the proper name of Ireland’s postcode system, the same in every language.',
  },
  'payment-methods.address.noun.postal.eircode': {
    locales: ['ja'],
    why: 'Eircode is a proper name; Japanese uses it as it is, without an article or a case ending.',
  },
};

// ---------------------------------------------------------------------------------------
// Reading the XLIFF that lit-localize writes (XLIFF 1.2, one file per target locale).

const entities = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name) => entities[name]);

/** The markup of a unit's text as a reader sees it: placeholders shown as their expression. */
function readable(markup) {
  return decode(markup.replace(/<x\b[^>]*?equiv-text="([^"]*)"[^>]*\/>/g, (_, equiv) => equiv).replace(/<[^>]+>/g, ''));
}

const placeholders = (markup) => (markup.match(/<x\b[^>]*\/>/g) ?? []).map((x) => x.match(/\bid="([^"]*)"/)?.[1]);
const normalize = (markup) => markup.replace(/\s+/g, ' ').trim();
/** Whether a text has words of its own, beside its placeholders (`${a}: ${b}` has none to translate). */
const hasWords = (markup) => /\p{L}/u.test(decode(markup.replace(/<x\b[^>]*\/>/g, '').replace(/<[^>]+>/g, '')));

/** `[{ id, source, target }]` of one XLIFF file; `target` is `undefined` when absent. */
export function readXliff(path) {
  const xml = readFileSync(path, 'utf8');
  const units = [];
  for (const [, attributes, body] of xml.matchAll(/<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g)) {
    const id = decode(attributes.match(/\bid="([^"]*)"/)?.[1] ?? '');
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/)?.[1];
    units.push({ id, source, target });
  }
  return units;
}

/**
 * Problems of one config's XLIFF: `[{ config, locale, id, source, problem }]`, and how many
 * units and locales it has.
 */
export function checkConfig(configPath, allow = sameAsSource) {
  const config = JSON.parse(readFileSync(configPath, 'utf8'));
  const xliffDir = resolve(dirname(configPath), config.interchange?.xliffDir ?? 'xliff');
  const name = relative(root, configPath);
  const problems = [];
  const ids = new Set();
  for (const locale of config.targetLocales ?? []) {
    const file = join(xliffDir, `${locale}.xlf`);
    if (!existsSync(file)) {
      problems.push({ config: name, locale, id: '*', source: '', problem: `no XLIFF file at ${relative(root, file)}` });
      continue;
    }
    for (const { id, source, target } of readXliff(file)) {
      ids.add(id);
      const report = (problem) => problems.push({ config: name, locale, id, source: readable(source), problem });
      if (target === undefined) report('missing target');
      else if (!readable(target).trim()) report('empty target');
      else {
        const missing = placeholders(source).filter((p) => !placeholders(target).includes(p));
        if (missing.length) report(`target drops placeholder ${missing.map((p) => `<x id="${p}"/>`).join(', ')}`);
        const allowed = allow[id] && (allow[id].locales === '*' || allow[id].locales.includes(locale));
        if (normalize(target) === normalize(source) && hasWords(source) && !allowed)
          report('target is the English source');
      }
    }
  }
  return { config: name, units: ids.size, locales: (config.targetLocales ?? []).length, problems };
}

// ---------------------------------------------------------------------------------------
// Syncing: lit-localize extract + build for each config, in this process. Each config gets
// its own TypeScript program, as with the CLI, but they share one compiler host that parses
// each file once: the type declarations of lit, zod and core are read once, not per config.

async function syncAll(configs) {
  const tools = (p) => import(new URL(`../node_modules/@lit/localize-tools/lib/${p}`, import.meta.url).href);
  const [{ default: ts }, { readConfigFileAndWriteSchema }, { RuntimeLitLocalizer }, { TransformLitLocalizer }] =
    await Promise.all([
      import('typescript'),
      tools('config.js'),
      tools('modes/runtime.js'),
      tools('modes/transform.js'),
    ]);
  const { extractTextMessages } = await import('./lib/text-messages.mjs');
  /** lit-localize's own `msg()` messages and our `text()` calls (scripts/lib/text-messages.mjs), as one list. */
  const withText = (Localizer) =>
    class extends Localizer {
      extractSourceMessages() {
        if (!this.withText) {
          const own = super.extractSourceMessages();
          const files = this.filesAndCompilerOptions.fileNames
            .filter((name) => !name.endsWith('.d.ts'))
            .map((name) => this.program.getSourceFile(name))
            .filter(Boolean);
          const text = extractTextMessages(ts, files);
          const ids = new Set(own.messages.map((m) => m.name));
          const twice = text.messages.filter((m) => ids.has(m.name));
          const errors = [...own.errors, ...text.errors];
          for (const m of twice) {
            errors.push({
              ...text.errors[0],
              file: m.file,
              start: m.node.getStart(m.file),
              length: m.node.getWidth(m.file),
              messageText: `${m.name} is both a msg() and a text() id`,
              category: ts.DiagnosticCategory.Error,
              code: 9002,
            });
          }
          this.withText = { messages: [...own.messages, ...text.messages.filter((m) => !ids.has(m.name))], errors };
        }
        return this.withText;
      }
    };
  const Runtime = withText(RuntimeLitLocalizer);
  const Transform = withText(TransformLitLocalizer);
  const parsed = new Map();
  let host;
  const failures = [];
  for (const configPath of configs) {
    const name = relative(root, configPath);
    try {
      const config = readConfigFileAndWriteSchema(configPath);
      const localizer = config.output.mode === 'runtime' ? new Runtime(config) : new Transform(config);
      const { fileNames, options } = localizer.filesAndCompilerOptions;
      if (!host) {
        host = ts.createCompilerHost(options);
        const read = host.getSourceFile.bind(host);
        host.getSourceFile = (file, language, ...rest) => {
          const key = `${file}|${typeof language === 'object' ? language.languageVersion : language}`;
          if (!parsed.has(key)) parsed.set(key, read(file, language, ...rest));
          return parsed.get(key);
        };
      }
      localizer._program = ts.createProgram(fileNames, options, host);
      const { errors } = localizer.extractSourceMessages();
      if (errors.length) {
        const text = ts.formatDiagnostics(errors, host);
        throw new Error(`lit-localize could not analyse the sources:\n${text}`);
      }
      await localizer.writeInterchangeFiles();
      const validation = localizer.validateTranslations();
      if (validation.errors.length) {
        throw new Error(`placeholders in the translations do not match the sources:\n${validation.errors.join('\n')}`);
      }
      // lit-localize warns once per missing message; the report below lists them with more context.
      const warn = console.warn;
      console.warn = () => {};
      try {
        await localizer.build();
      } finally {
        console.warn = warn;
      }
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures;
}

// ---------------------------------------------------------------------------------------

function findConfigs(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findConfigs(path));
    else if (entry.name === 'lit-localize.json') found.push(path);
  }
  return found.sort();
}

function printProblems(problems) {
  for (const p of problems) {
    console.error(`  ${p.config}  ${p.locale}  ${p.id}  ${JSON.stringify(p.source)}: ${p.problem}`);
  }
}

/** The checker must pass a complete fixture and catch each kind of defect in a broken one. */
function selfTest() {
  const complete = checkConfig(join(fixtures, 'complete/lit-localize.json'));
  const broken = checkConfig(join(fixtures, 'missing-target/lit-localize.json'));
  const found = broken.problems.map((p) => `${p.locale} ${p.id}: ${p.problem}`).sort();
  const expected = [
    'de fixture.greeting: target is the English source',
    'fr fixture.retry: missing target',
    'fr fixture.welcome: target drops placeholder <x id="0"/>',
    'ja *: no XLIFF file at test/fixtures/l10n/missing-target/xliff/ja.xlf',
  ];
  const errors = [];
  if (complete.problems.length) {
    errors.push('the complete fixture was reported as broken:');
    printProblems(complete.problems);
  }
  if (complete.units !== 5 || complete.locales !== 2) {
    errors.push(`the complete fixture should have 5 units × 2 locales, not ${complete.units} × ${complete.locales}`);
  }
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    errors.push(
      `the broken fixture gave\n    ${found.join('\n    ') || '(nothing)'}\n  instead of\n    ${expected.join('\n    ')}`,
    );
  }
  if (errors.length) {
    console.error(`l10n self-test FAILED: ${errors.join('\n  ')}`);
    return false;
  }
  console.log(
    'l10n self-test: the checker passes a complete fixture and catches a missing target, an English target, a dropped placeholder and a missing locale file',
  );
  return true;
}

async function main(args) {
  if (!selfTest()) return 1;
  if (args.includes('--self-test')) return 0;

  const configs = findConfigs(join(root, 'packages'));
  if (!configs.length) {
    console.error('No lit-localize.json found under packages/.');
    return 1;
  }
  if (!args.includes('--no-sync')) {
    const failures = await syncAll(configs);
    if (failures.length) {
      console.error(`lit-localize extract/build failed:\n\n${failures.join('\n\n')}`);
      return 1;
    }
    if (args.includes('--sync-only')) return 0;
  }
  const problems = [];
  for (const configPath of configs) {
    const result = checkConfig(configPath);
    const state = result.problems.length ? `${result.problems.length} problem(s)` : 'all translated';
    console.log(`${result.config}: ${result.units} units × ${result.locales} locales, ${state}`);
    problems.push(...result.problems);
  }
  if (problems.length) {
    console.error(`\nUntranslated or broken messages (config, locale, id, source: problem):`);
    printProblems(problems);
    console.error(
      `\nAdd a <target> to each in the XLIFF, then run \`npm run l10n:build\`.` +
        ` A text that really is the same in a language (a brand name) goes in \`sameAsSource\` in ${relative(root, fileURLToPath(import.meta.url))}.`,
    );
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
