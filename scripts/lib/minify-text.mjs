// The text minifiers for Lit's tagged templates, one piece of template text at a time (the
// text between two `${...}`). Plain functions with no dependency, so the browser suite can
// test them; scripts/lib/minify-literals.mjs finds the templates and applies them.
//
// css`...`: comments dropped, white space collapsed, and removed where CSS never needs it.
// Deliberately conservative: a space before `:` or `(` is kept (`a :hover` is not
// `a:hover`), and so are the spaces around `+` and `-` (which `calc()` needs).
// html`...`: each run of white space that spans a line break (the source's indentation)
// becomes one space, which HTML renders the same; no widget template uses `white-space: pre`.

/** White space as CSS and HTML know it; not `\s`, which also matches a no-break space. */
const space = '[ \\t\\n\\r\\f]';

/** The CSS of one template piece, minified. */
export function minifyCss(text) {
  // Read left to right, a comment or a quoted string comes whole: a quote inside a comment
  // starts nothing, and a comment inside a string (`content: "/* x */"`) is text. Strings
  // are kept exactly, escaped quotes included; comments go; the CSS around them is minified.
  return text
    .split(/(\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) =>
      i % 2
        ? part.startsWith('/*')
          ? ''
          : part
        : part
            .replace(new RegExp(`${space}+`, 'g'), ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Indentation in markup: a whitespace run with a line break reads as one space. */
export function minifyHtml(text) {
  return text.replace(new RegExp(`${space}*\\n${space}*`, 'g'), ' ');
}
