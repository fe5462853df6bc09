// The one place that minifies the text of Lit's html``, svg`` and css`` templates, with
// the maintained `minify-literals` (html-minifier-next for markup, Lightning CSS for
// styles). Used for the published build (scripts/minify-dist.mjs), the CDN bundle
// (vite.cdn.config.ts), what `npm run size` bundles from source, and the test server's
// `?minified` modules (./minified-modules-plugin.mjs), so all four see the same output.
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Markup: the library's defaults (white space collapsed, comments dropped, quotes kept),
 * except `minifyCSS`. It would rewrite a `style=${…}` binding as `style=${…};`, which
 * turns a whole-attribute part into an interpolation with a `;` after it: `cssomStyle`
 * then no longer sets the style through the CSSOM alone, and Lit writes the attribute as
 * text. No widget template has a <style> element, so nothing else is lost.
 *
 * Tags are matched as substrings by the library, so they are spelled out: `css` only, not
 * its default `style`/`styles`, which would also catch a function named `styles`.
 */
const options = {
  html: { minifyCSS: false },
  htmlTags: ['html', 'svg'],
  cssTags: ['css'],
};

/**
 * `code` (TypeScript or JavaScript) with the text of its templates minified and a source
 * map from `code` to the result; `undefined` when nothing changed. Every `${…}` is left as
 * it is, and the library refuses (throws) when the minified text would lose one.
 */
export async function minifyTemplates(code, fileName) {
  if (!/\b(?:css|html|svg)\s*`/.test(code)) return undefined;
  // The library leaves every css`` of a file that calls unsafeCSS() as written (it cannot
  // know what the call inserts), and says so on every run; core's tokens are the one such
  // file, a known ~60 bytes gzipped. Asked for no CSS there, it skips them quietly.
  const css = code.includes('unsafeCSS') ? { css: false } : {};
  const result = await minifyHTMLLiterals(code, { ...options, ...css, fileName });
  if (!result) return undefined;
  return { code: result.code, map: { ...result.map, sourcesContent: [code] } };
}
