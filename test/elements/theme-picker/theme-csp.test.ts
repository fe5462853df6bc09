import { expect } from '@open-wc/testing';
import { lightColors, resolveAccent } from '@prefcenter/core';
import { palette } from './helpers.js';
import { pageWaitUntil, runIsolatedPage } from '../../shared/isolated-page.js';

interface CspResult {
  error?: string;
  /** Each blocked inline style: the directive and the element that carried it. */
  violations: Array<{ directive: string; sample: string; element: string }>;
  swatches: Array<{ id: string; background: string }>;
  sample: { bg: string };
}

const colour = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/**
 * A page with a strict Content-Security-Policy, as banks serve: styles only from the
 * page's own origin, no inline style attributes. The picker is loaded and rendered inside
 * it (its own realm, so every node is created under that policy), with an adapter written
 * in the page, and the page reports what the browser blocked and what the swatches show.
 */
function strictPage(): Promise<CspResult> {
  // The source module itself: the dev server compiles it, and resolves its imports, for this realm too.
  const define = new URL('../../../packages/elements/src/theme-picker/define.ts', import.meta.url).href;
  return runIsolatedPage<CspResult>({
    csp: (nonce) => `script-src 'nonce-${nonce}'; style-src 'self'`,
    body: `<div id="target"><theme-picker storage-key=""></theme-picker></div>`,
    script: `${pageWaitUntil}
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const node = e.composedPath()[0] instanceof Element ? e.composedPath()[0] : null;
    violations.push({ directive: e.effectiveDirective, sample: e.sample, element: node ? node.localName + '.' + node.className : String(e.target) });
  }, true);
  await import(${JSON.stringify(define)});
  const palette = ${JSON.stringify(palette)};
  const el = document.querySelector('theme-picker');
  el.target = document.getElementById('target');
  el.adapter = {
    getThemeCatalog: async () => JSON.parse(JSON.stringify(palette)),
    getThemePreferences: async () => ({ version: 1, updatedAt: '2024-05-01T10:00:00Z', scheme: 'light', accent: 'harbour',
      textScale: 1, contrast: 'standard', motion: 'full', density: 'comfortable' }),
    updateThemePreferences: async () => { throw new Error('not in this test'); },
  };
  const root = el.shadowRoot;
  await waitUntil(() => root.querySelector('[part="swatch"]'), 'the swatches');
  await el.updateComplete;
  // A violation is reported as a task after the blocked write.
  await new Promise((r) => setTimeout(r, 50));
  const radios = [...root.querySelectorAll('input[name="accent"]')];
  const sample = root.querySelector('[part="sample"]');
  report({
    violations,
    swatches: radios.map((r) => {
      const dot = r.parentElement.querySelector('[part="swatch"]');
      return { id: r.value, background: getComputedStyle(dot).backgroundColor };
    }),
    sample: { bg: getComputedStyle(sample).getPropertyValue('--pc-color-bg').trim() },
  });`,
  });
}

describe('<theme-picker> under a strict Content-Security-Policy', () => {
  it('colours the swatches and the preview without inline style attributes the policy blocks', async () => {
    const { error, violations, swatches, sample } = await strictPage();
    expect(error, 'the picker loads in the strict page').to.equal(undefined);
    expect(violations, 'the browser blocked no style').to.deep.equal([]);
    expect(swatches.map((s) => [s.id, s.background])).to.deep.equal(
      palette.swatches.map((s) => [s.id, colour(resolveAccent(s, 'light').color)]),
    );
    expect(sample.bg, 'the preview gets its colours').to.equal(lightColors['color-bg']);
  });
});
