// The one place that minifies the text of Lit's html``, svg`` and css`` templates, with
// the maintained `minify-literals` (html-minifier-next for markup, Lightning CSS for
// styles). Used for the published build (scripts/minify-dist.mjs), the CDN bundle
// (vite.cdn.config.ts), what `npm run size` bundles from source, and the test server's
// `?minified` modules (./minified-modules-plugin.mjs), so all four see the same output.
import { transform } from 'lightningcss';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * CSS: Lightning CSS, as the library does it, for a stylesheet or a list of declarations,
 * with the `${…}` parts standing in as the library's placeholders. Where Lightning CSS cannot
 * read the text (a part inside a selector, `[size=${…}]`), the library would drop its line
 * breaks, which turns `.a\n.b` into `.a.b`; here such a template stays as written. So does
 * one with a backslash: the library hands over the template's raw source text, where
 * `\u00a0` is not yet a no-break space, and CSS would read it as `u00a0`. No browser
 * targets: with them Lightning CSS rewrites `:dir(rtl)` as a list of `:lang()`s, which is not
 * the same; without, it writes `(width>=40rem)` for `(min-width: 40rem)`, which every browser
 * that reads our `:dir()` reads too.
 */
function minifyCss(text) {
  if (text.includes('\\')) return text;
  const minify = (code) =>
    transform({ filename: 'template.css', code: Buffer.from(code), minify: true }).code.toString();
  try {
    return minify(text);
  } catch {
    const rule = '.minify-templates{';
    try {
      const wrapped = minify(`${rule}${text}}`);
      if (wrapped.startsWith(rule) && wrapped.endsWith('}')) return wrapped.slice(rule.length, -1);
    } catch {
      // Falls through: not a stylesheet, nor declarations.
    }
    return text;
  }
}

/**
 * Markup: the library's defaults (white space collapsed, comments dropped, quotes kept),
 * except `minifyCSS`. It would rewrite a `style=${…}` binding as `style=${…};`, which
 * turns a whole-attribute part into an interpolation with a `;` after it: `cssomStyle`
 * then no longer sets the style through the CSSOM alone, and Lit writes the attribute as
 * text. No widget template has a <style> element, so nothing else is lost. And a <slot>
 * has no box of its own, so the white space around it is what slotted content sits next
 * to: by default the space before one was dropped, and `Label <slot>` ran into it.
 *
 * Tags are matched as substrings by the library, so they are spelled out: `css` only, not
 * its default `style`/`styles`, which would also catch a function named `styles`.
 */
const options = {
  html: { minifyCSS: false, inlineCustomElements: ['slot'] },
  css: minifyCss,
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
