// Server rendering on Node (`npm run test:ssr`): each widget, rendered by
// packages/elements/src/ssr.ts with Lit's server renderer, is declarative shadow DOM that
// draws its loading skeleton, or its ready state from the data it is given, with the
// data's text as text. The browsers then hydrate this markup (test/ssr/hydration.test.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it, mock } from 'node:test';
import { loadSsrModule } from '../../scripts/lib/ssr-module.mjs';

const data = JSON.parse(readFileSync(new URL('./data.json', import.meta.url), 'utf8'));
const { renderWidget, renderToString, initialAttribute, themeRootAttributes } = await loadSsrModule();
const { html } = await import('lit');

const declarativeRoot = '<template shadowroot="open" shadowrootmode="open">';

/** The markup without its `<style>` (CSS is not content) and Lit's hydration comments. */
const content = (markup) => markup.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');

/** Each start tag of `name`, whitespace folded. */
const tags = (markup, name) =>
  [...markup.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map(([tag]) => tag.replace(/\s+/g, ' '));

/** The text of an attribute value as the browser reads it back. */
const unescape = (value) =>
  value.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

function assertNoMarkupFromData(markup) {
  // The data holds `<img src=x onerror=alert(1)>` and `<b>`: both must arrive as text.
  assert.doesNotMatch(markup, /<img|<b>/);
}

describe('server rendering of the widgets (Node)', () => {
  for (const tag of ['theme-picker', 'notification-prefs', 'privacy-levels', 'payment-methods']) {
    it(`<${tag}> with no data is its loading skeleton in a declarative shadow root`, async () => {
      const markup = await renderWidget(tag);
      assert.ok(markup.includes(`<${tag}`), 'the host element');
      assert.equal(markup.split(declarativeRoot).length, 2, 'one declarative shadow root');
      assert.match(markup, /<style>[\s\S]*--pc-color-bg/, 'its styles, inside the shadow root');
      const text = content(markup);
      assert.match(text, /part="skeleton"[^>]*aria-busy="true"/);
      assert.match(text, /Loading settings…/);
      assert.match(text, /role="status" aria-live="polite"/);
      // No adapter on the server is not a configuration error: the browser brings one.
      assert.doesNotMatch(text, /This widget is not set up|role="alert"/);
      assert.doesNotMatch(markup, / initial=/);
    });
  }

  it('<theme-picker> given its data is ready: every group, the saved choice checked, names as text', async () => {
    const markup = await renderWidget('theme-picker', { initial: data.theme });
    assert.equal(markup.split(declarativeRoot).length, 2);
    const text = content(markup);
    assert.doesNotMatch(text, /part="skeleton"/);
    for (const legend of ['Colour scheme', 'Accent colour', 'High contrast', 'Motion', 'Density']) {
      assert.ok(text.includes(`<legend>${legend}</legend>`), legend);
    }
    assert.ok(text.includes('Reset to defaults'));
    // The saved choice, and only it, is checked in each group, as HTML reads `checked`.
    const checked = tags(text, 'input')
      .filter((tag) => / checked[ />]/.test(tag))
      .map((tag) => tag.match(/name="(\w+)"/)[1] + '=' + tag.match(/value="([^"]*)"/)[1]);
    assert.deepEqual(checked, [
      'scheme=light',
      'accent=forest',
      'contrast=standard',
      'motion=full',
      'density=comfortable',
    ]);
    assert.doesNotMatch(text, /checked="(true|false)"/);
    // The text size slider stands on 125 %, and the swatches carry their colours.
    assert.match(text, /type="range"[^>]*value="3"[^>]*aria-valuetext="125%"/);
    assert.match(text, /class="dot" style="background-color:#1e6b34"/);
    assert.ok(text.includes('<bdi>Forest &amp; &lt;b&gt;field&lt;/b&gt;</bdi>'));
    assert.ok(text.includes('<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>'));
    assertNoMarkupFromData(markup);
  });

  it('<privacy-levels> given its data is ready: the levels and switches in their states, text as text', async () => {
    const markup = await renderWidget('privacy-levels', { initial: data.privacy });
    const text = content(markup);
    assert.doesNotMatch(text, /part="skeleton"/);
    assert.ok(text.includes('<legend>Privacy level</legend>'));
    const checked = tags(text, 'input')
      .filter((tag) => / checked[ />]/.test(tag))
      .map((tag) => (tag.match(/name="(\w+)"/)?.[1] ?? 'switch') + '=' + (tag.match(/value="([^"]*)"/)?.[1] ?? ''));
    // Essential, functional and analytics are on; the level is balanced; contacts may see the profile.
    assert.deepEqual(checked, ['preset=balanced', 'switch=', 'switch=', 'switch=', 'visibility=contacts']);
    assert.doesNotMatch(text, /checked="(true|false)"/);
    assert.ok(text.includes('<bdi>We cannot run your account without it.</bdi>'));
    assert.ok(text.includes('<bdi>Functional &amp; &lt;b&gt;settings&lt;/b&gt;</bdi>'));
    assert.ok(text.includes('<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>'));
    assertNoMarkupFromData(markup);
  });

  it('<payment-methods> given its data is ready: each method a named group with its actions, text as text', async () => {
    const markup = await renderWidget('payment-methods', { initial: data.payments });
    const text = content(markup);
    assert.doesNotMatch(text, /part="skeleton"/);
    assert.equal(tags(text, 'div').filter((tag) => /role="group"/.test(tag) && /part="method"/.test(tag)).length, 3);
    assert.ok(text.includes('Add a payment method'), 'adding is drawn before the adapter comes');
    assert.equal((text.match(/data-action="remove"/g) ?? []).length, 3, 'every method can be removed');
    assert.ok(text.includes('First deposit'), "the bank account's verification form");
    assert.ok(text.includes('<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>'));
    assertNoMarkupFromData(markup);
  });

  it('<notification-prefs> given its data is ready: the grid, its switches in their states, text as text', async () => {
    const markup = await renderWidget('notification-prefs', { initial: data.notifications });
    const text = content(markup);
    assert.doesNotMatch(text, /part="skeleton"/);
    assert.match(text, /role="grid"[^>]*aria-label="Notification settings"/);
    for (const label of ['Account activity', 'Large transactions', 'Statements', 'New sign-in']) {
      assert.ok(text.includes(`<bdi>${label}</bdi>`), label);
    }
    const switchState = (name) => {
      const tag = tags(text, 'button').find((t) => t.includes(`aria-label="${name}"`));
      assert.ok(tag, name);
      return tag.match(/aria-checked="(\w+)"/)[1];
    };
    assert.equal(switchState('\u2068Email\u2069 for \u2068Large transactions\u2069'), 'true');
    assert.equal(switchState('\u2068Push\u2069 for \u2068Large transactions\u2069'), 'false');
    assert.equal(switchState('All channels for \u2068Statements\u2069'), 'true');
    assert.ok(text.includes('Always on: <bdi>We must tell you about new sign-ins.</bdi>'));
    assert.ok(text.includes('<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>'));
    // The quiet hours switch is off: written without `checked`, not as checked="false".
    assert.ok(tags(text, 'input').some((t) => t.includes('role="switch"') && !/ checked/.test(t)));
    assertNoMarkupFromData(markup);
  });

  it('the data travels in the `initial` attribute, escaped, and reads back as the same JSON', async () => {
    for (const [tag, initial] of [
      ['theme-picker', data.theme],
      ['notification-prefs', data.notifications],
    ]) {
      const markup = await renderWidget(tag, { initial });
      const [, value] = markup.match(new RegExp(`<${tag}[^>]* initial="([^"]*)"`));
      assert.deepEqual(JSON.parse(unescape(value)), initial);
    }
  });

  it('manual mode renders the save bar; a host template renders through renderToString', async () => {
    const manual = content(await renderWidget('notification-prefs', { initial: data.notifications, mode: 'manual' }));
    assert.match(manual, /part="save-bar"/);
    assert.match(manual, /<notification-prefs[^>]* mode="manual"/);
    const page = await renderToString(
      html`<main><theme-picker initial=${initialAttribute(data.theme)}></theme-picker></main>`,
    );
    assert.ok(page.startsWith('<!--lit-part') && page.includes('<main>'));
    assert.ok(content(page).includes('<legend>Colour scheme</legend>'));
  });

  it('data that fails the schema is not drawn: a warning names it, and the skeleton waits for the adapter', async () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      const broken = { ...data.theme, document: { ...data.theme.document, textScale: 'huge' } };
      const text = content(await renderWidget('theme-picker', { initial: broken }));
      assert.match(text, /part="skeleton"/);
      assert.equal(warn.mock.callCount(), 1);
      assert.match(String(warn.mock.calls[0].arguments[0]), /Ignored initial data that fails the schema/);
      assert.match(String(warn.mock.calls[0].arguments.at(-1)), /textScale/);
    } finally {
      warn.mock.restore();
    }
  });

  it('a tag that is not a registered widget is refused, not written into the markup', async () => {
    await assert.rejects(renderWidget('div onclick=alert(1)'), /not a registered widget/);
    await assert.rejects(renderWidget('unknown-widget'), /not a registered widget/);
  });

  it("themeRootAttributes gives the page root the saved theme's tokens, as the picker paints them", () => {
    const root = themeRootAttributes(data.theme);
    assert.equal(root['data-prefs-scheme'], 'light');
    assert.equal(root['data-prefs-contrast'], 'standard');
    assert.equal(root['data-prefs-motion'], 'full');
    assert.equal(root['data-prefs-density'], 'comfortable');
    assert.match(root.style, /--prefs-text-scale: 1\.25;/);
    assert.match(root.style, /--prefs-color-accent: #1e6b34;/);
    assert.match(root.style, /color-scheme: light;$/);
    assert.throws(() => themeRootAttributes({ document: {}, catalog: data.theme.catalog }), {
      kind: 'invalid-response',
    });
  });
});
