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

/** Builds once per process and imports the module; the same instance is returned after. */
export function loadSsrModule() {
  loaded ??= (async () => {
    mkdirSync(outDir, { recursive: true });
    const outfile = `${outDir}/ssr-${process.pid}-${Date.now()}.mjs`;
    await build({
      entryPoints: [`${root}packages/elements/src/ssr.ts`],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      conditions: ['source'],
      tsconfig: `${root}tsconfig.base.json`,
      plugins: [dependenciesExternal],
      logLevel: 'warning',
    });
    // Once imported, Node holds the module: the file (one per process) is not left behind.
    try {
      return await import(pathToFileURL(outfile).href);
    } finally {
      rmSync(outfile, { force: true });
    }
  })();
  return loaded;
}
