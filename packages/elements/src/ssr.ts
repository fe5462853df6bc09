/**
 * Server rendering of the widgets, on Node, with `@lit-labs/ssr` (a peer dependency the
 * host installs, with `@lit-labs/ssr-client` for the browser). Importing this module
 * registers every widget with Lit's server DOM shim.
 *
 * A widget rendered with no data is its loading skeleton; given `initial` (the document
 * and catalog the host's server already has), it is its ready state, and the data goes
 * into the markup as the `initial` attribute, so the browser draws the same thing when it
 * hydrates (load `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the
 * widgets) and reads the data again through the adapter. The output is declarative
 * shadow DOM (`<template shadowrootmode="open">`).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { resolveTheme, themeDomain, themePlan, type ThemeChoice } from '@prefcenter/core';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import './define-all.js';

/**
 * Lit's server renderer writes a bound DOM property that has an attribute of the same name
 * as that attribute, with the value as text: `.checked=${false}` becomes `checked="false"`,
 * which checks the box until the page hydrates. Here the attribute is written as HTML
 * means it: present when true, absent when false. Attribute values never hold a raw `"`
 * or `>` (the renderer escapes them), so a start tag ends at its first `>`.
 */
function booleanProperties(markup: string): string {
  return markup.replace(/<(input|option)\b[^>]*>/g, (tag) =>
    tag.replace(/ (checked|selected)="(true|false)"/g, (_all, name: string, value: string) =>
      value === 'true' ? ` ${name}` : '',
    ),
  );
}

/**
 * The HTML of a Lit template rendered on the server, with the widgets in it as declarative
 * shadow DOM. For a host's own server templates, e.g.
 * `renderToString(html\`<theme-picker initial=${initialAttribute(data)}></theme-picker>\`)`.
 */
export async function renderToString(template: unknown): Promise<string> {
  return booleanProperties(await collectResult(render(template)));
}

/** What a widget is rendered with on the server. */
export interface RenderWidgetOptions {
  /**
   * The document (and the catalog, for widgets that have one) to render the ready state
   * with, as the adapter would answer them. Without it, the loading skeleton.
   */
  initial?: { document: unknown; catalog?: unknown };
  /** `manual` renders the Save and Cancel bar. */
  mode?: 'auto' | 'manual';
}

/** A custom element name: the only thing put into the markup unescaped, so it is checked. */
const customElementName = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * The value of a widget's `initial` attribute, for hosts that write their own server
 * templates: `html\`<theme-picker initial=${initialAttribute(data)}></theme-picker>\``.
 */
export function initialAttribute(initial: { document: unknown; catalog?: unknown }): string {
  return JSON.stringify(initial);
}

/**
 * The HTML of one widget, `tagName` (a registered tag, e.g. `theme-picker`), with its
 * shadow root declared: the skeleton, or the ready state given `options.initial`.
 */
export async function renderWidget(tagName: string, options: RenderWidgetOptions = {}): Promise<string> {
  if (!customElementName.test(tagName) || !customElements.get(tagName)) {
    throw new Error(`[prefcenter] <${tagName}> is not a registered widget.`);
  }
  const tag = unsafeStatic(tagName);
  const initial = options.initial ? initialAttribute(options.initial) : nothing;
  // A static tag (lit/static-html.js), checked above, which the template linter does not know.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return renderToString(html`<${tag} initial=${initial} mode=${options.mode ?? nothing}></${tag}>`);
}

/**
 * What the page's root element (`<html>`) needs to show a theme choice from its first
 * paint: the `--prefs-*` tokens as a `style` value and the `data-prefs-*` attributes,
 * as `<theme-picker>` paints them once it hydrates (so nothing changes then). The server
 * cannot ask the system: a choice that follows it is rendered light, standard contrast
 * and full motion, and corrected by the boot script or the picker in the browser.
 * Checked against the theme schema; throws an `invalid-response` AdapterError if it fails.
 */
export function themeRootAttributes(initial: { document: unknown; catalog?: unknown }): Record<string, string> {
  const { parseDocument, parseCatalog } = themeDomain.parsers;
  const { version: _v, updatedAt: _u, ...choice } = parseDocument(initial.document);
  const plan = themePlan(choice satisfies ThemeChoice, parseCatalog!(initial.catalog));
  const { resolved, tokens } = resolveTheme(plan, () => false);
  const style = Object.entries(tokens).map(([name, value]) => `--prefs-${name}: ${value};`);
  return {
    style: [...style, `color-scheme: ${resolved.scheme};`].join(' '),
    'data-prefs-scheme': resolved.scheme,
    'data-prefs-contrast': resolved.contrast,
    'data-prefs-motion': resolved.motion,
    'data-prefs-density': plan.density,
  };
}
