// A plugin for the test server (@web/dev-server): a module of packages/*/src requested
// with `?minified` is served with its templates minified exactly as the build does it
// (./minify-templates.mjs), and so are the modules it imports by a relative path, so a
// test can load a widget's minified copy next to the original and compare the two. Core
// and other packages, imported by name, stay the one shared unminified copy.
import { minifyTemplates } from './minify-templates.mjs';

const source = /\/packages\/[^/]+\/src\/.*\.ts$/;

export function minifiedModulesPlugin() {
  return {
    name: 'prefcenter-minified-modules',
    async transform(context) {
      if (!context.URL.searchParams.has('minified') || !source.test(context.path)) return undefined;
      const minified = await minifyTemplates(String(context.body), context.path);
      return minified ? { body: minified.code } : undefined;
    },
    transformImport({ source: specifier, context }) {
      if (!context.URL.searchParams.has('minified') || !specifier.startsWith('.')) return undefined;
      return `${specifier}${specifier.includes('?') ? '&' : '?'}minified`;
    },
  };
}
