// Everything we publish has its templates minified (scripts/lib/minify-templates.mjs, with
// the `minify-literals` library). The test server serves any source module with `?minified`
// as the build minifies it (scripts/lib/minified-modules-plugin.mjs), so these tests hold
// the minified copy of each stylesheet and widget against the original, in the browser.
import { expect, fixture, html } from '@open-wc/testing';
import { createLocalAdapter } from '@prefcenter/adapter-local';
import { render, type CSSResult, type TemplateResult } from 'lit';
import { waitUntil } from '../shared/wait.js';

type Module = Record<string, unknown>;

/** A source module as the test server serves it, the original or its minified copy. */
async function load(path: string, minify: boolean): Promise<Module> {
  const url = new URL(path, import.meta.url);
  if (minify) url.searchParams.set('minified', '');
  return (await import(url.href)) as Module;
}

/** Quotes, where they mean nothing: around a font family's name. */
const unquoted = (name: string) => (name === 'font-family' ? /["']/g : /^$/);

/**
 * A stylesheet as the browser reads it, for comparing two texts of it: each style rule's
 * selector and the computed value of every longhand it sets (Lightning CSS may write a
 * declaration differently, `background:0 0` for `background:none`, with the same result),
 * at-rules with their conditions and contents.
 */
function parsed(text: string, probe: HTMLElement): unknown[] {
  // Lightning CSS writes a media feature's range as `(width >= 40rem)`; the browser keeps each as written.
  const condition = (text: string) =>
    text.replace(
      /\((min|max)-(width|height): ([^)]+)\)/g,
      (_, m: string, f: string, v: string) => `(${f} ${m === 'min' ? '>=' : '<='} ${v})`,
    );
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  const computed = (style: CSSStyleDeclaration) => {
    probe.style.cssText = style.cssText;
    const values = getComputedStyle(probe);
    // A custom property's value is its text; white space after a comma means nothing there.
    // A zero length is a zero percentage: `background:0 0` positions as `none`'s 0% 0%.
    // A family name is the same quoted or not (Firefox keeps the quotes as written).
    const value = (name: string) =>
      name.startsWith('--')
        ? style.getPropertyValue(name).replace(/\s*,\s*/g, ',')
        : values
            .getPropertyValue(name)
            .replace(/(?<![\w.])0(?:px|%)/g, '0')
            .replace(unquoted(name), '');
    return [...style].sort().map((name) => `${name}:${value(name)}${style.getPropertyPriority(name)}`);
  };
  const read = (rules: CSSRuleList): unknown[] =>
    [...rules].map((rule) => {
      if (rule instanceof CSSStyleRule) return [rule.selectorText, computed(rule.style), read(rule.cssRules)];
      if (rule instanceof CSSConditionRule)
        return [rule.constructor.name, condition(rule.conditionText), read(rule.cssRules)];
      if (rule instanceof CSSGroupingRule) return [rule.constructor.name, read(rule.cssRules)];
      return rule.cssText;
    });
  return read(sheet.cssRules);
}

const fixtures = '../scripts/fixtures/templates.ts';

const stylesheets = [
  fixtures,
  'theme-picker/theme-picker.styles.ts',
  'notification-prefs/notification-prefs.styles.ts',
  '../../core/src/kit/field-styles.ts',
  '../../core/src/kit/switch-styles.ts',
  '../../core/src/kit/dialog.ts',
  '../../core/src/kit/undo.ts',
  '../../core/src/kit/history.ts',
];

describe('minified css`` templates', () => {
  for (const file of stylesheets) {
    it(`leave the rules the browser reads unchanged: ${file}`, async () => {
      const path = file === fixtures ? file : `../../packages/elements/src/${file}`;
      const [before, after] = await Promise.all([load(path, false), load(path, true)]);
      const sheets = (module: Module) =>
        Object.values(module)
          // A kit module may export a list of sheets (the fields with the switch).
          .flat()
          .filter((value): value is CSSResult => typeof (value as CSSResult | null)?.cssText === 'string')
          .map((sheet) => sheet.cssText);
      const [original, minified] = [sheets(before), sheets(after)];
      const probe = await fixture<HTMLElement>(html`<div></div>`);
      expect(minified).to.have.length(original.length).and.length.greaterThan(0);
      // Guards the test itself: the copy must really be the minified one.
      expect(minified.join('').length).to.be.lessThan(original.join('').length * 0.9);
      original.forEach((text, i) => {
        expect(parsed(minified[i]!, probe)).to.deep.equal(parsed(text, probe));
      });
    });
  }
});

/**
 * The rendered tree of a shadow root, for comparing two renderings: elements with their
 * attributes and the state that bindings set, and their text without the white space
 * around it, which minifying markup removes where HTML renders none (`seen` checks that
 * what stays visible is the same). Lit's markers are comments, left out.
 */
function tree(node: Node): string {
  if (node instanceof Text) {
    const text = node.data.replace(/[ \t\n\r\f]+/g, ' ').trim();
    return text ? `"${text}"` : '';
  }
  if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return '';
  const children = [...node.childNodes].map(tree).join('');
  if (node instanceof ShadowRoot) return children;
  // `selected` and `selected="selected"` are one boolean attribute; the minifier writes the second.
  const value = (a: Attr) => (a.value === a.name ? '' : a.value);
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${value(a)}"`).join('');
  const style = node instanceof HTMLElement && node.style.length ? ` [style ${node.style.cssText}]` : '';
  const state = node instanceof HTMLInputElement ? ` [value ${node.value} checked ${node.checked}]` : '';
  return `<${node.localName}${attributes}${style}${state}>${children}</${node.localName}>`;
}

/** The text a reader sees, block by block, as the browser lays it out. */
function seen(root: ShadowRoot): string[] {
  return [...root.children].filter((e) => e instanceof HTMLElement).map((e) => (e as HTMLElement).innerText);
}

type Widget = HTMLElement & { adapter: unknown; updateComplete: Promise<boolean> };

/** Each widget's class module and the class it exports. */
const widgets = [
  { name: 'theme-picker', module: 'theme-picker/theme-picker.ts', className: 'ThemePicker' },
  { name: 'notification-prefs', module: 'notification-prefs/notification-prefs.ts', className: 'NotificationPrefs' },
];

/** `element` registered under `tag`, rendered ready on the page alone, as `tree` and `seen` read it. */
async function renderReady(tag: string, element: CustomElementConstructor): Promise<[string, string[]]> {
  // A subclass, so each copy registers under a tag of its own.
  if (!customElements.get(tag)) customElements.define(tag, class extends element {});
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  el.adapter = createLocalAdapter({ storage: 'memory' });
  wrapper.append(el);
  const root = () => el.shadowRoot;
  await waitUntil(
    () => root()?.querySelector('[part="base"]') && !root()!.querySelector('[part="skeleton"]'),
    `${tag} never loaded`,
  );
  await el.updateComplete;
  expect(root()!.querySelector('[part="error"]'), `${tag} failed to load`).to.equal(null);
  // Rows off screen skip layout (content-visibility: auto), and which ones do depends on
  // when the browser last drew; laid out whole, both copies read the same wherever they are.
  const everything = new CSSStyleSheet();
  everything.replaceSync('* { content-visibility: visible !important; }');
  root()!.adoptedStyleSheets = [...root()!.adoptedStyleSheets, everything];
  const snapshot: [string, string[]] = [tree(root()!), seen(root()!)];
  wrapper.remove();
  return snapshot;
}

describe('minified html`` templates', () => {
  for (const { name, module, className } of widgets) {
    it(`render the same DOM: <${name}> when ready`, async () => {
      const path = `../../packages/elements/src/${module}`;
      const [original, copy] = await Promise.all([load(path, false), load(path, true)]);
      expect(copy[className]).to.not.equal(original[className]);
      const [treeBefore, seenBefore] = await renderReady(
        `original-${name}`,
        original[className] as CustomElementConstructor,
      );
      const [treeAfter, seenAfter] = await renderReady(`minified-${name}`, copy[className] as CustomElementConstructor);
      expect(treeAfter).to.equal(treeBefore);
      expect(seenAfter).to.deep.equal(seenBefore);
    });
  }
});

describe('minified templates, at their corners (test/scripts/fixtures/templates.ts)', () => {
  type View = (state: Record<string, unknown>) => TemplateResult;

  /** The fixture's markup rendered alone on the page, read as `tree` and `seen` read it, and its bindings tried. */
  async function rendered(view: View) {
    const inputs: string[] = [];
    const state = {
      name: 'Ada',
      disabled: false,
      value: 'typed',
      radius: 4,
      color: 'rgb(0, 90, 0)',
      onInput: (event: Event) => inputs.push((event.target as HTMLInputElement).value),
    };
    const host = await fixture<HTMLElement>(html`<div></div>`);
    render(view(state), host);
    const input = host.querySelector('input')!;
    input.value = 'changed';
    input.dispatchEvent(new Event('input'));
    render(view({ ...state, disabled: true, radius: 3 }), host);
    const drawn = tree(host);
    // WebKit's innerText counts the white space between a <select>'s options, which is never
    // drawn, and spaces either side of an inline end tag that it draws as one.
    host.querySelector('select')!.remove();
    const result = {
      tree: drawn,
      seen: host.innerText.replace(/ +/g, ' '),
      pre: host.querySelector('pre')!.textContent,
      inputs,
      colour: getComputedStyle(host.querySelector('.x')!).color,
      circle: host.querySelector('circle')?.getAttribute('r'),
      slotted: host.querySelector('slot')?.textContent,
    };
    host.remove();
    return result;
  }

  it('render the same DOM, text, styles and bindings as the originals', async () => {
    const [before, after] = await Promise.all([load(fixtures, false), load(fixtures, true)]);
    expect(after.view).to.not.equal(before.view);
    // Guards the test itself: the copy's markup must really be minified.
    expect(String(after.view).length).to.be.lessThan(String(before.view).length);
    const original = await rendered(before.view as View);
    const minified = await rendered(after.view as View);
    expect(original.inputs).to.deep.equal(['changed']);
    expect(original.colour).to.equal('rgb(0, 90, 0)');
    expect(original.circle).to.equal('3');
    expect(minified).to.deep.equal(original);
  });
});
