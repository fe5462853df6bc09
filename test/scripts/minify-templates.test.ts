// Everything we publish has its templates minified (scripts/lib/minify-templates.mjs, with
// the `minify-literals` library). The test server serves any source module with `?minified`
// as the build minifies it (scripts/lib/minified-modules-plugin.mjs), so these tests hold
// the minified copy of each stylesheet and widget against the original, in the browser.
import { expect, fixture, html } from '@open-wc/testing';
import { createLocalAdapter } from '@prefcenter/adapter-local';
import type { CSSResult } from 'lit';
import { waitUntil } from '../shared/wait.js';

type Module = Record<string, unknown>;

/** A source module as the test server serves it, the original or its minified copy. */
async function load(path: string, minify: boolean): Promise<Module> {
  const url = new URL(path, import.meta.url);
  if (minify) url.searchParams.set('minified', '');
  return (await import(url.href)) as Module;
}

/**
 * A stylesheet as the browser reads it, for comparing two texts of it: each style rule's
 * selector and the computed value of every longhand it sets (Lightning CSS may write a
 * declaration differently, `background:0 0` for `background:none`, with the same result),
 * at-rules with their conditions and contents.
 */
function parsed(text: string, probe: HTMLElement): unknown[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  const computed = (style: CSSStyleDeclaration) => {
    probe.style.cssText = style.cssText;
    const values = getComputedStyle(probe);
    // A custom property's value is its text; white space after a comma means nothing there.
    // A zero length is a zero percentage: `background:0 0` positions as `none`'s 0% 0%.
    const value = (name: string) =>
      name.startsWith('--')
        ? style.getPropertyValue(name).replace(/\s*,\s*/g, ',')
        : values.getPropertyValue(name).replace(/(?<![\w.])0(?:px|%)/g, '0');
    return [...style].sort().map((name) => `${name}:${value(name)}${style.getPropertyPriority(name)}`);
  };
  const read = (rules: CSSRuleList): unknown[] =>
    [...rules].map((rule) => {
      if (rule instanceof CSSStyleRule) return [rule.selectorText, computed(rule.style), read(rule.cssRules)];
      if (rule instanceof CSSConditionRule) return [rule.constructor.name, rule.conditionText, read(rule.cssRules)];
      if (rule instanceof CSSGroupingRule) return [rule.constructor.name, read(rule.cssRules)];
      return rule.cssText;
    });
  return read(sheet.cssRules);
}

const stylesheets = [
  'theme-picker/theme-picker.styles.ts',
  'notification-prefs/notification-prefs.styles.ts',
  'notification-prefs/parts/part-styles.ts',
];

describe('minified css`` templates', () => {
  for (const file of stylesheets) {
    it(`leave the rules the browser reads unchanged: ${file}`, async () => {
      const path = `../../packages/elements/src/${file}`;
      const [before, after] = await Promise.all([load(path, false), load(path, true)]);
      const sheets = (module: Module) =>
        Object.values(module)
          .filter((value): value is CSSResult => typeof (value as CSSResult | null)?.cssText === 'string')
          .map((sheet) => sheet.cssText);
      const [original, minified] = [sheets(before), sheets(after)];
      const probe = await fixture<HTMLElement>(html`<div></div>`);
      expect(minified).to.have.length(original.length).and.length.greaterThan(0);
      original.forEach((text, i) => {
        // Guards the test itself: the copy must really be the minified one.
        expect(minified[i]!.length).to.be.lessThan(text.length * 0.9);
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
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
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
