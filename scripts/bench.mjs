#!/usr/bin/env node
// `npm run bench`: how fast <notification-prefs> is in real Chromium, for 20, 200 and 1000
// categories by 5 channels. The page (bench/page.ts) is bundled with esbuild and production
// Lit, served from 127.0.0.1 by a tiny server, and driven with puppeteer-core; nothing is
// fetched from the network. Each size is run several times in a fresh page; medians shown.
//
//   first render   element created -> grid painted (adapter answers at once)
//   switch         click on a cell -> cell updated in the DOM (and -> next frame painted)
//   switch, all    the same with every row drawn (after scrolling to the end)
//   heap           JS heap in use after garbage collection, widget mounted
//
//   node scripts/bench.mjs [--runs 7] [--sizes 20,200,1000]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '7'));
const sizes = arg('sizes', '20,200,1000').split(',').map(Number);
const targets = { firstRender: 150, switchDom: 16 };

const out = mkdtempSync(join(tmpdir(), 'prefs-bench-'));
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['bench/page.ts'],
  outfile: join(out, 'bench.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const files = {
  '/': ['text/html', readFileSync(join(root, 'bench/index.html'))],
  '/bench.js': ['text/javascript', readFileSync(join(out, 'bench.js'))],
};
const server = createServer((req, res) => {
  const file = files[new URL(req.url, 'http://x').pathname];
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const rows = [];
try {
  for (const size of sizes) {
    const results = [];
    const heaps = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 900 });
      // Anything but our own server is refused: the bench never reaches the network.
      await page.setRequestInterception(true);
      page.on('request', (request) => (request.url().startsWith(url) ? request.continue() : request.abort()));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => typeof window.runBench === 'function');
      results.push(await page.evaluate((n) => window.runBench(n), size));
      // Heap with the widget mounted again (and left mounted), after a collection.
      await page.evaluate((n) => window.mountForHeap(n), size);
      const session = await page.createCDPSession();
      await session.send('HeapProfiler.collectGarbage');
      const { JSHeapUsedSize } = await page.metrics();
      heaps.push(JSHeapUsedSize);
      await page.close();
    }
    const m = (key) => median(results.map((r) => r[key]));
    rows.push({
      size,
      firstRender: m('firstRender'),
      switchDom: m('switchDom'),
      switchFrame: m('switchFrame'),
      switchAllRows: m('switchAllRows'),
      rowsDrawn: results[0].rowsDrawn,
      heap: median(heaps),
    });
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}

const ms = (v) => `${v.toFixed(1)} ms`;
console.log(`<notification-prefs> in Chromium, ${runs} runs each, medians (production Lit)\n`);
console.log(
  ['categories', 'first render', 'switch (DOM)', 'switch (frame)', 'switch, all rows', 'heap']
    .map((h) => h.padEnd(17))
    .join(''),
);
for (const r of rows) {
  console.log(
    [
      `${r.size} × 5`,
      ms(r.firstRender),
      ms(r.switchDom),
      ms(r.switchFrame),
      `${ms(r.switchAllRows)} (${r.rowsDrawn})`,
      `${(r.heap / 1024 / 1024).toFixed(1)} MiB`,
    ]
      .map((c) => c.padEnd(17))
      .join(''),
  );
}
const largest = rows.find((r) => r.size === 1000);
if (largest) {
  const ok = largest.firstRender < targets.firstRender && largest.switchDom < targets.switchDom;
  console.log(
    `\nTargets for 1000: first render < ${targets.firstRender} ms, switch < ${targets.switchDom} ms: ${ok ? 'met' : 'NOT MET'}`,
  );
  if (!ok) process.exitCode = 1;
}
