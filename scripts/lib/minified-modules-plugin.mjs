// A plugin for the test server (@web/dev-server): a module of packages/*/src requested
// with `?minified` is served with its templates minified exactly as the build does it
// (./minify-templates.mjs), and so is every module of packages/*/src it imports, core's
// included, so a test can load a widget's minified copy next to the original and compare
// the two. Dependencies (Lit) stay the one copy a page has.
import { minifyTemplates } from './minify-templates.mjs';

/** Our sources, and the templates that test/scripts/ keeps to test the minifier on. */
const source = /\/(?:packages\/[^/]+\/src|test\/scripts\/fixtures)\/.*\.ts$/;

export function minifiedModulesPlugin() {
  return {
    name: 'prefcenter-minified-modules',
    async transform(context) {
      if (!context.URL.searchParams.has('minified') || !source.test(context.path)) return undefined;
      const minified = await minifyTemplates(String(context.body), context.path);
      return minified ? { body: minified.code } : undefined;
    },
    // Runs on specifiers already resolved to paths, so a bare `@prefcenter/core` is a path here.
    transformImport({ source: specifier, context }) {
      if (!context.URL.searchParams.has('minified')) return undefined;
      const target = new URL(specifier, context.URL);
      if (target.origin !== context.URL.origin || !source.test(target.pathname)) return undefined;
      target.searchParams.set('minified', '');
      return specifier.startsWith('/')
        ? `${target.pathname}${target.search}`
        : `${specifier.split('?')[0]}?${target.searchParams}`;
    },
  };
}
