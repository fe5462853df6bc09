// Minifies the text of Lit's tagged templates. css`...`: comments dropped, whitespace
// collapsed, and removed where CSS never needs it. html`...`: each run of whitespace that
// spans a line break (the source's indentation) becomes one space, which HTML renders
// the same; no widget template uses `white-space: pre`. Applied to the published build (see
// scripts/minify-dist.mjs) and, identically, to what `npm run size` bundles from source,
// so the figures are those of the code a host installs.
//
// The templates are found with TypeScript's parser, not a regex, so a backtick in a
// comment or a string cannot be mistaken for one. Deliberately conservative: a space
// before `:` or `(` is kept (`a :hover` is not `a:hover`), and the text around each
// `${...}` interpolation is minified piece by piece, the interpolation left as it is.
import ts from 'typescript';

export function minifyCss(text) {
  // Quoted strings (`content: ' , '`) are kept exactly; only the CSS around them changes.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Indentation in markup: a whitespace run with a line break reads as one space. */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

const minifiers = new Map([
  ['css', minifyCss],
  ['html', minifyHtml],
]);

/** `code` (TypeScript or JavaScript) with the text of every css`...` and html`...` template minified. */
export function minifyTemplateLiterals(code, fileName = 'file.ts') {
  if (!/\b(?:css|html)\s*`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const edits = [];
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
        edits.push([start, end, minify(code.slice(start, end))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
