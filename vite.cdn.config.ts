// The CDN bundle: one minified ES module with everything inside it (Lit, @lit/context,
// @lit/localize, core and every widget), loadable with
// <script type="module" src=".../prefcenter.js">. Built by `npm run build`. Only the
// translations are split off, one small chunk per locale and package under locales/.
// Next to it, theme-boot.js: core's theme boot script as a classic file (see themeBootFile).
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import { litOxcOptions, sourceConditions } from './vite.config.js';
import { minifyTemplates } from './scripts/lib/minify-templates.mjs';
// boot.ts has no runtime imports, so the config can read it directly.
import { createThemeBootScript } from './packages/core/src/theme/boot.js';

/**
 * theme-boot.js, a classic script for a page with no build: in <head>, before the
 * stylesheets, it paints the customer's saved theme before first paint (the module bundle
 * loads too late for that). Its text is exactly `themeBootScript`, so one hash serves both
 * ways of using it under a Content Security Policy: inline the text and allow
 * 'sha256-…', or load the file with `integrity="sha256-…"`. theme-boot.json says the
 * hash, which the README quotes (and a test compares).
 */
function themeBootFile(): Plugin {
  return {
    name: 'prefcenter-theme-boot-file',
    generateBundle() {
      const source = createThemeBootScript();
      const sha256 = `sha256-${createHash('sha256').update(source).digest('base64')}`;
      this.emitFile({ type: 'asset', fileName: 'theme-boot.js', source });
      const about = { file: 'theme-boot.js', sha256, csp: `script-src '${sha256}'`, integrity: sha256 };
      this.emitFile({ type: 'asset', fileName: 'theme-boot.json', source: `${JSON.stringify(about, null, 2)}\n` });
    },
  };
}

export default defineConfig({
  root: '.',
  publicDir: false,
  // A bundle for pages: production Lit, and no `process` left in the output.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: sourceConditions },
  oxc: litOxcOptions,
  plugins: [
    themeBootFile(),
    {
      // As scripts/minify-dist.mjs does for the npm packages: the text of html``, svg`` and css`` templates.
      name: 'prefcenter-minify-literals',
      enforce: 'pre',
      async transform(code, id) {
        if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id)) return null;
        // With its source map, so the bundle's map still points into the sources.
        return (await minifyTemplates(code, id)) ?? null;
      },
    },
  ],
  build: {
    outDir: 'packages/elements/dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'packages/elements/src/cdn.ts',
      formats: ['es'],
      fileName: () => 'prefcenter.js',
    },
    rolldownOptions: {
      // Lets the locale chunks import what they share (lit-localize's `str`) from
      // prefcenter.js itself instead of from a third file that every page would fetch.
      preserveEntrySignatures: 'allow-extension',
      // Each locale's strings stay a separate chunk next to prefcenter.js, fetched only
      // when a page switches to that locale (relative to the bundle's own URL).
      // Vite keeps whitespace in an ES library (for a bundler downstream); this file
      // goes straight to browsers, so minify it fully.
      output: {
        // Translations: locales/<package or widget>.<locale>-<hash>.js, e.g. locales/theme-picker.es-1a2b3c4d.js;
        // anything else loaded on demand (such as a domain's schemas) under chunks/.
        chunkFileNames: (chunk) => {
          const m = chunk.facadeModuleId?.match(/packages\/([^/]+)\/src\/(?:(.+)\/)?generated\/locales\//);
          if (!m) return 'chunks/[name]-[hash].js';
          return `locales/${m[2]?.replaceAll('/', '-') ?? m[1]}.[name]-[hash].js`;
        },
        minify: true,
        comments: false,
      },
    },
  },
});
