// The template minifiers run on everything we publish (scripts/minify-dist.mjs, the CDN
// bundle) and on what `npm run size` measures. What they change must render the same.
import { expect } from '@open-wc/testing';
import { minifyCss, minifyHtml } from '../../scripts/lib/minify-text.mjs';

/** The rules of a stylesheet as the browser reads them, for comparing two texts of it. */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

describe('minifyCss', () => {
  const cases: Array<[string, string]> = [
    ['.a {\n  color: red;\n  margin: 0 auto;\n}\n', '.a{color:red;margin:0 auto}'],
    ['.a > .b,\n.c {\n  gap: 1px;\n}', '.a>.b,.c{gap:1px}'],
    // A space before `:` is a descendant combinator; a space in calc() around - and + is syntax.
    ['a :hover { inline-size: calc(100% - 1rem + 2px); }', 'a :hover{inline-size:calc(100% - 1rem + 2px)}'],
    // Strings are kept exactly: comment-like text, escaped quotes, runs of spaces.
    ['.q::before { content: "/* not a comment */"; }', '.q::before{content:"/* not a comment */"}'],
    [".q::after { content: 'it\\'s  here'; }", ".q::after{content:'it\\'s  here'}"],
    // A quote inside a comment starts no string.
    ["/* the picker's rule */ .a { color: red; }", ' .a{color:red}'],
    // A no-break space is content, not white space.
    [
      '.n {\n  font-family: "A\u00a0B";\n  word-spacing: 1px\u00a0;\n}',
      '.n{font-family:"A\u00a0B";word-spacing:1px\u00a0}',
    ],
  ];
  for (const [input, expected] of cases) {
    it(`minifies ${JSON.stringify(input.slice(0, 40))}`, () => {
      expect(minifyCss(input)).to.equal(expected);
    });
  }

  it('leaves the rules the browser reads unchanged, for a real widget stylesheet', async () => {
    const { default: styles } = await import('../../packages/elements/src/theme-picker/theme-picker.styles.js');
    const text = styles.cssText;
    const minified = minifyCss(text);
    expect(minified.length).to.be.lessThan(text.length * 0.8);
    expect(parsed(minified)).to.deep.equal(parsed(text));
  });
});

describe('minifyHtml', () => {
  it('folds the indentation around line breaks into one space, and nothing else', () => {
    expect(minifyHtml('<p>\n      Hello\n    </p>')).to.equal('<p> Hello </p>');
    expect(minifyHtml('<span>a</span> <span>b</span>')).to.equal('<span>a</span> <span>b</span>');
    expect(minifyHtml('a\u00a0\n  b')).to.equal('a\u00a0 b');
  });

  it('renders the same text as the original markup', () => {
    const markup = '<div>\n  <p>\n    One   two\n  </p>\n  <span>three</span>\n  <span>four</span>\n</div>';
    const render = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      document.body.append(host);
      const text = host.innerText;
      host.remove();
      return text;
    };
    expect(render(minifyHtml(markup))).to.equal(render(markup));
  });
});
