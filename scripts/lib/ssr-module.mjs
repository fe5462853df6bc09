// The server rendering module (packages/elements/src/ssr.ts) for Node, from the sources:
// esbuild bundles our TypeScript (the workspace packages, by their `source` condition) and
// leaves every dependency (Lit, @lit-labs/ssr, zod) to Node, so Node resolves them with its
// own conditions and Lit runs its server build, as it would for a host. Used by the Node
// test of server rendering and by the test server, which renders pages on request.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}node_modules/.cache/prefcenter/ssr`;

/** Ours (relative paths and `@prefcenter/*`) is bundled; any other bare specifier stays an import. */
const dependenciesExternal = {
  name: 'dependencies-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@prefcenter/') ? undefined : { path: args.path, external: true },
    );
  },
};

let loaded;

/**
 * Builds once per process and imports the module; the same instance is returned after.
 * Split into chunks, as a host's server bundle is: a widget's lazy parts (the address
 * form) stay their own chunks, loaded only if used, instead of wrapping every module of
 * the bundle in lazy initialisers (which breaks classes that extend one another).
 */
export function loadSsrModule() {
  loaded ??= (async () => {
    const dir = `${outDir}/ssr-${process.pid}-${Date.now()}`;
    mkdirSync(dir, { recursive: true });
    // Kept while the process runs, for a lazy chunk imported after the first render.
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await build({
      entryPoints: { ssr: `${root}packages/elements/src/ssr.ts` },
      outdir: dir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      conditions: ['source'],
      tsconfig: `${root}tsconfig.base.json`,
      plugins: [dependenciesExternal],
      logLevel: 'warning',
    });
    return import(pathToFileURL(`${dir}/ssr.mjs`).href);
  })();
  return loaded;
}
