// The packages as a host gets them: packs every published package (@prefcenter/core,
// -/elements, -/adapter-local, -/adapter-rest, -/react) with `npm pack` (so each one's
// prepack builds it), installs the tarballs into a fresh app in a temporary folder outside
// the workspace together with React 18 (the host's own; their other dependencies come from
// the npm registry, through the local npm cache when it has them), and checks that:
//   - every tarball carries README.md, LICENSE and package.json, and every file its
//     `exports` name (each condition: source, types, default; patterns expanded over the
//     tarball's files), a source map beside each dist/*.js and *.d.ts, the manifest
//     `customElements` names, and the elements' editor data (`web-types` included);
//   - in Node, with no DOM, every entry that needs none imports and has exports;
//   - TypeScript (strict, moduleResolution bundler) finds the types of every entry, and
//     the README's bundler example (its entry and its adapter) and @prefcenter/react's
//     README example (TSX, against React 18's types) type-check as written;
//   - in Chromium, a tiny Vite build of the app that imports every entry runs: every
//     entry has its exports and every tag in the manifests is defined; and React 18
//     renders @prefcenter/react's wrappers: `adapter` reaches the element as a property
//     (not an attribute) and an `onPrefs*` prop hears its event.
//
//   node scripts/check-packages.mjs          pack, install, check
//   node scripts/check-packages.mjs --keep   ... and leave the temporary app for a look
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['core', 'adapter-local', 'adapter-rest', 'elements', 'react'];
/** What the fresh app installs next to the tarballs: React 18 for @prefcenter/react (a peer dependency). */
const hostDependencies = ['react@^18.3.1', 'react-dom@^18.3.1', '@types/react@^18.3.0', '@types/react-dom@^18.3.0'];
const failures = [];
const fail = (message) => failures.push(message);

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

const work = mkdtempSync(join(tmpdir(), 'prefcenter-pack-'));
if (work.startsWith(root)) throw new Error('The check app must live outside the workspace.');
const app = join(work, 'app');
const tarballs = join(work, 'tarballs');
mkdirSync(app);
mkdirSync(tarballs);

try {
  // `--tarballs DIR`: check tarballs packed before (a quicker loop while working on this check).
  const given = process.argv.includes('--tarballs') ? process.argv[process.argv.indexOf('--tarballs') + 1] : null;
  if (!given) {
    console.log('Packing (each package builds in its prepack)...');
    run('npm', ['pack', '--pack-destination', tarballs, ...packages.flatMap((p) => ['-w', `packages/${p}`])], root);
  }
  const from = given ?? tarballs;
  const packed = readdirSync(from).filter((f) => /^prefcenter-.*\.tgz$/.test(f));
  if (packed.length !== packages.length) throw new Error(`Expected ${packages.length} tarballs in ${from}: ${packed}`);

  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, type: 'module' }));
  console.log(`Installing ${packed.join(', ')} into ${app}...`);
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...packed.map((file) => join(from, file)),
      ...hostDependencies,
    ],
    app,
  );

  /** Every entry of every package: `{ pkg, specifier, file, conditions }`. */
  const entries = [];
  for (const name of packages) {
    const dir = join(app, 'node_modules/@prefcenter', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
    const has = (file) => files.includes(file.replace(/^\.\//, ''));

    for (const file of ['README.md', 'LICENSE', 'package.json']) if (!has(file)) fail(`${pkg.name}: no ${file}`);
    if (pkg.customElements && !has(pkg.customElements)) fail(`${pkg.name}: no ${pkg.customElements}`);
    if (pkg['web-types'] && !has(pkg['web-types'])) fail(`${pkg.name}: no ${pkg['web-types']} ("web-types")`);
    for (const file of files) {
      if (/^dist\/.*(\.js|\.d\.ts)$/.test(file) && !file.startsWith('dist/cdn/') && !has(`${file}.map`)) {
        fail(`${pkg.name}: ${file} has no source map`);
      }
    }
    if (name === 'elements') {
      for (const file of [
        'custom-elements.json',
        'vscode.html-custom-data.json',
        'vscode.css-custom-data.json',
        'web-types.json',
        'dist/cdn/prefcenter.js',
        'dist/cdn/prefcenter.js.map',
        'dist/cdn/theme-boot.js',
        'dist/cdn/theme-boot.json',
      ]) {
        if (!has(file)) fail(`${pkg.name}: no ${file}`);
      }
    }

    // An entry run for its side effects (such as define-all) may export nothing.
    const effectful = (pkg.sideEffects || []).map(
      (glob) =>
        new RegExp(
          `^${glob
            .replace(/^\.\//, '')
            .replace(/[.]/g, '\\.')
            .replace(/\*\*\/|\*/g, (m) => (m === '*' ? '[^/]*' : '(?:.*/)?'))}$`,
        ),
    );
    const sideEffectsOf = (file) => effectful.some((re) => re.test(file.replace(/^\.\//, '')));
    for (const [key, value] of Object.entries(pkg.exports)) {
      const targets = typeof value === 'string' ? { default: value } : value;
      if (!key.includes('*')) {
        for (const [condition, target] of Object.entries(targets)) {
          if (!has(target)) fail(`${pkg.name}: export "${key}" (${condition}) names ${target}, not in the tarball`);
        }
        entries.push({
          pkg: pkg.name,
          specifier: `${pkg.name}${key.slice(1)}`,
          file: targets.default,
          sideEffects: sideEffectsOf(targets.default),
        });
        continue;
      }
      // A pattern: every file its default target matches is an entry, and its other targets must exist.
      const [before, after] = targets.default.replace(/^\.\//, '').split('*');
      const matches = files.filter(
        (f) => f.startsWith(before) && f.endsWith(after) && f.length > before.length + after.length,
      );
      if (!matches.length) fail(`${pkg.name}: export "${key}" matches no file`);
      for (const file of matches) {
        const star = file.slice(before.length, file.length - after.length);
        for (const [condition, target] of Object.entries(targets)) {
          const resolved = target.replace('*', star);
          if (!has(resolved)) fail(`${pkg.name}: export "${key}" (${condition}) for "${star}": no ${resolved}`);
        }
        entries.push({
          pkg: pkg.name,
          specifier: `${pkg.name}${key.slice(1).replace('*', star)}`,
          file,
          sideEffects: sideEffectsOf(file),
        });
      }
    }
  }

  const modules = entries.filter((e) => e.file.endsWith('.js'));
  const assets = entries.filter((e) => !e.file.endsWith('.js'));
  // Entries that draw or register elements need a DOM; the rest must load in plain Node.
  const needsDom = (e) =>
    e.pkg === '@prefcenter/elements' ||
    e.pkg === '@prefcenter/react' ||
    e.specifier.startsWith('@prefcenter/core/provider') ||
    e.specifier.endsWith('.js'); // theme-boot.js: a classic script for pages
  const nodeEntries = modules.filter((e) => !needsDom(e));
  if (process.env.DEBUG) console.log(entries);
  // The server-rendering entry needs @lit-labs/ssr (an optional peer a browser page never installs).
  // /react is JSX types only: its module has no exports to import.
  const browserEntries = modules.filter(
    (e) => !e.specifier.endsWith('theme-boot.js') && !e.specifier.endsWith('/ssr') && !e.specifier.endsWith('/react'),
  );
  console.log(
    `${entries.length} entries: ${nodeEntries.length} checked in Node, ${browserEntries.length} in Chromium, ` +
      `${assets.length} files resolved.`,
  );

  // Node, no DOM: import each entry; resolve each file export through the exports map.
  writeFileSync(
    join(app, 'node-check.mjs'),
    `import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
const require = createRequire(import.meta.url);
const out = {};
for (const specifier of ${JSON.stringify(nodeEntries.map((e) => e.specifier))}) {
  try { out[specifier] = Object.keys(await import(specifier)).length; } catch (error) { out[specifier] = String(error); }
}
for (const specifier of ${JSON.stringify([...assets, ...modules.filter((e) => e.specifier.endsWith('theme-boot.js'))].map((e) => e.specifier))}) {
  try { out[specifier] = existsSync(require.resolve(specifier)) ? 'file' : 'missing'; } catch (error) { out[specifier] = String(error); }
}
console.log(JSON.stringify(out));
`,
  );
  const nodeResult = JSON.parse(run('node', ['node-check.mjs'], app).trim().split('\n').pop());
  for (const [specifier, result] of Object.entries(nodeResult)) {
    if (result === 'file' || (typeof result === 'number' && result > 0)) continue;
    fail(`Node: ${specifier}: ${result === 0 ? 'no exports' : result}`);
  }

  // TypeScript: the types of every module entry resolve, strictly.
  writeFileSync(
    join(app, 'types-check.ts'),
    browserEntries.map((e, i) => `import * as m${i} from '${e.specifier}';\nexport { m${i} };`).join('\n'),
  );
  // The README's bundler example, as written: the page's entry and its adapter.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const readmeBlock = (marker) => {
    const match = readme.slice(readme.indexOf(`<!-- ${marker}`)).match(/```ts\n([\s\S]*?)\n```/);
    if (!readme.includes(`<!-- ${marker}`) || !match)
      throw new Error(`README.md has no ts block after <!-- ${marker} -->`);
    return match[1];
  };
  writeFileSync(join(app, 'readme-main.ts'), readmeBlock('bundler-page'));
  writeFileSync(join(app, 'adapter.ts'), readmeBlock('bundler-adapter'));
  // @prefcenter/react's README example, as written, against React 18's types.
  const reactReadme = readFileSync(join(root, 'packages/react/README.md'), 'utf8');
  const reactUse = reactReadme.slice(reactReadme.indexOf('<!-- react-usage')).match(/```tsx\n([\s\S]*?)\n```/);
  if (!reactReadme.includes('<!-- react-usage') || !reactUse) {
    throw new Error('packages/react/README.md has no tsx block after <!-- react-usage -->');
  }
  writeFileSync(join(app, 'react-use.tsx'), reactUse[1]);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ['types-check.ts', 'readme-main.ts', 'adapter.ts', 'react-use.tsx'],
    }),
  );
  const tsc = spawnSync('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: app,
    encoding: 'utf8',
  });
  if (tsc.status !== 0) fail(`TypeScript:\n${tsc.stdout}${tsc.stderr}`);

  // Chromium: a Vite build of a page importing every entry, as a host's bundler does.
  const tags = [];
  for (const name of packages) {
    const manifestFile = join(app, 'node_modules/@prefcenter', name, 'custom-elements.json');
    if (!existsSync(manifestFile)) continue;
    for (const mod of JSON.parse(readFileSync(manifestFile, 'utf8')).modules) {
      for (const d of mod.declarations ?? []) if (d.tagName) tags.push(d.tagName);
    }
  }
  writeFileSync(
    join(app, 'main.js'),
    `${browserEntries.map((e, i) => `import * as m${i} from '${e.specifier}';`).join('\n')}
const names = ${JSON.stringify(browserEntries.map((e) => e.specifier))};
const modules = [${browserEntries.map((_, i) => `m${i}`).join(', ')}];
const tags = ${JSON.stringify(tags)};

// React 18 with @prefcenter/react: the wrappers set properties and hear events.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PrefsProvider, ThemePicker } from '@prefcenter/react';
const adapter = { getThemeCatalog: () => new Promise(() => {}), getThemePreferences: () => new Promise(() => {}) };
const heard = [];
const host = document.createElement('div');
document.body.append(host);
flushSync(() =>
  createRoot(host).render(
    createElement(PrefsProvider, { adapter }, createElement(ThemePicker, { onPrefsChange: (e) => heard.push(e.type) })),
  ),
);
const provider = host.querySelector('prefs-provider');
host.querySelector('theme-picker')?.dispatchEvent(new Event('prefs-change'));
const react = {
  adapterIsProperty: provider?.adapter === adapter,
  adapterAttribute: provider?.getAttribute('adapter') ?? null,
  heard,
};

window.result = {
  exports: Object.fromEntries(names.map((name, i) => [name, Object.keys(modules[i]).length])),
  undefinedTags: tags.filter((tag) => !customElements.get(tag)),
  react,
};
`,
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pack check</title>' +
      '<script type="module" src="/main.js"></script></head><body></body></html>',
  );
  await build({ root: app, configFile: false, logLevel: 'warn', build: { outDir: 'dist', target: 'es2022' } });

  const dist = join(app, 'dist');
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => fail(`Chromium: ${error.message}`));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.result, { timeout: 30_000 });
    const result = await tab.evaluate(() => window.result);
    for (const [specifier, count] of Object.entries(result.exports)) {
      const entry = browserEntries.find((e) => e.specifier === specifier);
      if (!count && !entry.sideEffects) fail(`Chromium: ${specifier} has no exports`);
    }
    if (!tags.length) fail('The manifests name no custom element.');
    for (const tag of result.undefinedTags) fail(`Chromium: <${tag}> is not defined after importing every entry`);
    if (!result.react.adapterIsProperty) fail('React 18: <PrefsProvider adapter> did not set the property');
    if (result.react.adapterAttribute !== null) fail('React 18: <PrefsProvider adapter> set an attribute too');
    if (result.react.heard.join() !== 'prefs-change') {
      fail(`React 18: onPrefsChange heard ${JSON.stringify(result.react.heard)}, not one prefs-change`);
    }
  } finally {
    await browser.close();
    server.close();
  }
} catch (error) {
  fail(error.stack ?? String(error));
} finally {
  if (process.argv.includes('--keep')) console.log(`Left ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`Package check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  'Packed tarballs install outside the workspace; every file they name is there; every entry imports ' +
    '(Node for the DOM-free ones, TypeScript, Chromium through Vite).',
);
