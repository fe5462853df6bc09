// `prepack` of each published package (npm runs it in the package's folder before
// `npm pack` and `npm publish`): builds that package from clean, so a tarball never
// carries a stale or missing file, and copies the root LICENSE in. `--clean` (postpack)
// takes the copied LICENSE out again.
//   core           tokens.css, dist/ (ESM, .d.ts, source maps, minified templates), custom-elements.json
//   adapter-local  dist/
//   adapter-rest   dist/
//   elements       dist/, the CDN bundle and theme-boot.js in dist/cdn/, custom-elements.json,
//                  VS Code custom data and JetBrains web-types
//   react          dist/ (the @lit/react wrappers, generated from the manifests)
// A package whose workspace dependencies have no dist/ yet builds those first, in order (a
// package compiles against its dependencies' .d.ts).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const name = basename(process.cwd());
const packageDir = (pkg) => join(root, 'packages', pkg);
if (!existsSync(join(packageDir(name), 'package.json'))) {
  throw new Error(`prepack.mjs runs in a package folder under packages/, not in ${process.cwd()}.`);
}

if (process.argv.includes('--clean')) {
  rmSync(join(packageDir(name), 'LICENSE'), { force: true });
  process.exit(0);
}

function run(command, args) {
  console.log(`[prepack ${name}] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const tsc = (pkg) => {
  rmSync(join(packageDir(pkg), 'dist'), { recursive: true, force: true });
  run('npx', ['tsc', '-p', `packages/${pkg}/tsconfig.build.json`]);
};
const minify = (pkg) => run('node', ['scripts/minify-dist.mjs', pkg]);

const builds = {
  core() {
    run('node', ['scripts/build-tokens.mjs']);
    tsc('core');
    minify('core');
    run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
  },
  'adapter-local'() {
    tsc('adapter-local');
  },
  'adapter-rest'() {
    tsc('adapter-rest');
  },
  elements() {
    tsc('elements');
    minify('elements');
    run('npx', ['vite', 'build', '--config', 'vite.cdn.config.ts', '--logLevel', 'warn']);
    run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
    run('node', ['scripts/build-editor-data.mjs']);
  },
  react() {
    tsc('react');
  },
};
const needs = {
  core: [],
  'adapter-local': ['core'],
  'adapter-rest': ['core'],
  elements: ['core'],
  react: ['core', 'elements'],
};

if (!builds[name]) throw new Error(`No prepack build for packages/${name}.`);
for (const dependency of needs[name]) {
  if (!existsSync(join(packageDir(dependency), 'dist'))) builds[dependency]();
}
builds[name]();
copyFileSync(join(root, 'LICENSE'), join(packageDir(name), 'LICENSE'));
