// Loads the built CDN bundle (packages/elements/dist/cdn/prefcenter.js) with a plain
// <script type="module"> in headless Chromium and checks that it really works: every tag
// is defined, a widget given an adapter reaches its ready state, a property set through a
// decorator reflects and re-renders (so Lit's legacy decorators survived Oxc), and a
// locale chunk loads next to the bundle. Run after `npm run build`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'packages/elements/dist/cdn');
if (!existsSync(join(cdnDir, 'prefcenter.js'))) {
  console.error('packages/elements/dist/cdn/prefcenter.js is missing: run `npm run build` first.');
  process.exit(1);
}

// A host page with nothing but the script tag and the markup.
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CDN check</title>
<script type="module" src="/prefcenter.js"></script></head>
<body><prefs-provider><theme-picker mode="auto"></theme-picker></prefs-provider></body></html>`;

const types = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    return;
  }
  const file = normalize(join(cdnDir, path));
  if (!file.startsWith(cdnDir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const failures = [];
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  tab.on('request', (request) => {
    if (!request.url().startsWith(origin)) errors.push(`unexpected network request: ${request.url()}`);
  });
  await tab.goto(`${origin}/`, { waitUntil: 'load' });

  const result = await tab.evaluate(async () => {
    const out = {};
    const tags = ['prefs-provider', 'theme-picker', 'notification-prefs'];
    await Promise.race([
      Promise.all(tags.map((t) => customElements.whenDefined(t))),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]);
    out.defined = Object.fromEntries(tags.map((t) => [t, customElements.get(t) !== undefined]));
    const cdn = await import('/prefcenter.js');
    out.exports = ['setupLocalization', 'setLocale', 'applyTheme', 'AdapterError', 'PrefsChangeEvent'].filter(
      (name) => !(name in cdn),
    );
    const now = new Date().toISOString();
    const adapter = {
      getThemeCatalog: async () => ({ swatches: [{ id: 'harbour', name: 'Harbour blue', light: '#0b5cad' }] }),
      getThemePreferences: async () => ({
        version: 1,
        updatedAt: now,
        scheme: 'light',
        textScale: 1,
        contrast: 'standard',
        motion: 'system',
        density: 'comfortable',
      }),
      updateThemePreferences: async (patch, meta) => ({ ...patch, version: meta.version + 1, updatedAt: now }),
    };
    document.querySelector('prefs-provider').adapter = adapter;
    const picker = document.querySelector('theme-picker');
    const until = async (test) => {
      for (let i = 0; i < 100 && !test(); i++) {
        await picker.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return test();
    };
    await picker.updateComplete;
    const settled = () => {
      const root = picker.shadowRoot;
      return root?.querySelector('[part~="base"]') && !root.querySelector('[part~="skeleton"], [aria-busy="true"]');
    };
    out.ready = await until(() => settled() && !picker.shadowRoot.querySelector('[part~="error"]'));
    out.error = picker.shadowRoot?.querySelector('[part~="error"]')?.textContent?.trim() ?? null;
    // `mode` is an @property({ reflect: true }): setting it must reflect and render the save bar.
    picker.mode = 'manual';
    await picker.updateComplete;
    out.reflected = picker.getAttribute('mode');
    out.saveBar = Boolean(picker.shadowRoot.querySelector('[part~="save-bar"]'));
    const { setLocale } = cdn.setupLocalization();
    await setLocale('es');
    out.spanish = await until(() =>
      /Cancelar/.test(picker.shadowRoot.querySelector('[part~="save-bar"]')?.textContent ?? ''),
    );
    return out;
  });

  if (process.env.DEBUG) console.log(result);
  for (const [tag, ok] of Object.entries(result.defined)) if (!ok) failures.push(`<${tag}> is not defined`);
  if (result.exports.length) failures.push(`missing exports: ${result.exports.join(', ')}`);
  if (!result.ready) failures.push(`<theme-picker> never became ready${result.error ? `: ${result.error}` : ''}`);
  if (result.reflected !== 'manual')
    failures.push('setting .mode did not reflect to the attribute (decorators broken?)');
  if (!result.saveBar) failures.push('manual mode did not render the save bar (decorators broken?)');
  if (!result.spanish) failures.push('setLocale("es") did not load the Spanish strings next to the bundle');
  failures.push(...errors);
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`CDN bundle check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('CDN bundle works in Chromium: tags defined, widget ready, decorators live, locale chunk loaded.');
