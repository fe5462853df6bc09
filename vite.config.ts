// The demo (`npm start`): Vite serving demo/ with the workspace packages read from
// their TypeScript sources. The CDN build and Storybook reuse the settings exported here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type OxcOptions, type Plugin } from 'vite';
// boot.ts has no runtime imports, so the config can read it directly.
import { createThemeBootScript } from './packages/core/src/theme/boot.js';

/** Workspace packages resolve to `src/*.ts` through their `source` export condition. */
export const sourceConditions = ['source', ...defaultClientConditions];

/**
 * Lit's decorators are TypeScript's legacy ones (`experimentalDecorators`,
 * `useDefineForClassFields: false` in tsconfig.base.json). Oxc would pick them up from
 * the nearest tsconfig, but a widget must never depend on which tsconfig a file happens
 * to find, so say it here: legacy decorators, and class fields assigned in the
 * constructor (not defined), so that Lit's reactive accessors are not shadowed.
 */
export const litOxcOptions: OxcOptions = {
  decorator: { legacy: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
  assumptions: { setPublicClassFields: true },
};

export const demoPort = 5173;

/**
 * Inlines core's theme boot script first in <head>, as a host page would, so a saved
 * theme paints before the page does (no flash of the wrong theme on reload).
 */
function themeBoot(): Plugin {
  return {
    name: 'prefcenter-theme-boot',
    transformIndexHtml: () => [
      { tag: 'script', children: createThemeBootScript('prefcenter-theme'), injectTo: 'head-prepend' },
    ],
  };
}

const tokensCss = fileURLToPath(new URL('./packages/core/tokens.css', import.meta.url));

/**
 * Serves core's tokens.css at /tokens.css (and emits it in a demo build), the way a host
 * copies the file from the package into its static assets and links it in <head>.
 */
function tokensStylesheet(): Plugin {
  return {
    name: 'prefcenter-tokens-css',
    configureServer(server) {
      server.middlewares.use('/tokens.css', (_req, res) => {
        res.setHeader('content-type', 'text/css');
        res.end(readFileSync(tokensCss));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'tokens.css', source: readFileSync(tokensCss) });
    },
  };
}

export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [themeBoot(), tokensStylesheet()],
  resolve: { conditions: sourceConditions },
  oxc: litOxcOptions,
  server: {
    port: demoPort,
    strictPort: true,
    host: '127.0.0.1',
    // The demo reads the packages' sources from outside demo/.
    fs: { allow: ['..'] },
    // `npm run start:server`: the reference server, same origin through the dev server.
    ...(process.env.PREFS_API_URL && { proxy: { '/v1': process.env.PREFS_API_URL } }),
  },
  preview: { port: demoPort, strictPort: true, host: '127.0.0.1' },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
