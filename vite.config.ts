// The demo (`npm start`): Vite serving demo/ with the workspace packages read from
// their TypeScript sources. The CDN build and Storybook reuse the settings exported here.
import { defaultClientConditions, defineConfig, type OxcOptions } from 'vite';

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

export default defineConfig({
  root: 'demo',
  publicDir: false,
  resolve: { conditions: sourceConditions },
  oxc: litOxcOptions,
  server: {
    port: demoPort,
    strictPort: true,
    host: '127.0.0.1',
    // The demo reads core's tokens.css and the packages' sources from outside demo/.
    fs: { allow: ['..'] },
  },
  preview: { port: demoPort, strictPort: true, host: '127.0.0.1' },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
