// Minifies the text of Lit's css`...` and html`...` templates (see ./minify-text.mjs for
// what changes). Applied to the published build (scripts/minify-dist.mjs), to the CDN
// bundle (vite.cdn.config.ts) and, identically, to what `npm run size` bundles from
// source, so the figures are those of the code a host installs.
//
// The templates are found with TypeScript's parser, not a regex, so a backtick in a
// comment or a string cannot be mistaken for one. The text around each `${...}` is
// minified piece by piece, the interpolation left as it is. Every edit is made with
// magic-string, so callers get a source map of the change to chain with their own.
import MagicString from 'magic-string';
import ts from 'typescript';
import { minifyCss, minifyHtml } from './minify-text.mjs';

const minifiers = new Map([
  ['css', minifyCss],
  ['html', minifyHtml],
]);

/**
 * `code` (TypeScript or JavaScript) with the text of every css`...` and html`...` template
 * minified, and a source map from `code` to the result; `undefined` when nothing changed.
 */
export function minifyTemplateLiteralsWithMap(code, fileName = 'file.ts') {
  if (!/\b(?:css|html)\s*`/.test(code)) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const out = new MagicString(code);
  let changed = false;
  const visit = (node) => {
    const minify = ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && minifiers.get(node.tag.text);
    if (minify) {
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const piece of pieces) {
        // The raw text sits between the piece's delimiters: ` or } before, ` or ${ after.
        const start = piece.getStart(source) + 1;
        const end = piece.getEnd() - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
        const text = code.slice(start, end);
        const minified = minify(text);
        if (minified === text) continue;
        if (minified) out.overwrite(start, end, minified);
        else out.remove(start, end);
        changed = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!changed) return undefined;
  return { code: out.toString(), map: out.generateMap({ source: fileName, includeContent: true, hires: true }) };
}

/** `code` with the text of every css`...` and html`...` template minified. */
export function minifyTemplateLiterals(code, fileName = 'file.ts') {
  return minifyTemplateLiteralsWithMap(code, fileName)?.code ?? code;
}
