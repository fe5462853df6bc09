// Builds every host app in examples/ (each one's own `npm run build`: its type-check, then
// its bundler) and drives each built app in headless Chromium as a customer would: the
// <theme-picker> reaches its ready state (so the framework really set `.adapter` as a
// property: an attribute would leave it unconfigured), a click on a colour scheme is heard
// by the framework's own event binding as `prefs-change` then `prefs-saved` (the app lists
// what it heard in #events), and after a reload the choice is still there (adapter-local
// keeps it in localStorage). Any page error or unexpected request fails the example.
//
//   node scripts/check-examples.mjs                 build and drive every example
//   node scripts/check-examples.mjs react19 vue     only these
//   node scripts/check-examples.mjs --no-build      drive what was built last
// Needs the packages built first (`npm run build`): examples consume them as a host would.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = join(root, 'examples');
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const only = args.filter((a) => !a.startsWith('--'));
const examples = readdirSync(examplesDir)
  .filter((name) => existsSync(join(examplesDir, name, 'package.json')))
  .filter((name) => !only.length || only.includes(name))
  .sort();

if (!existsSync(join(root, 'packages/elements/dist/index.js'))) {
  console.error('packages/elements/dist is missing: run `npm run build` first.');
  process.exit(1);
}

const types = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves a built app; unknown paths get index.html, as a host's server does for a single-page app. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** In the page: the picker's scheme inputs once it is ready, else null. Runs in the browser. */
function readySchemes() {
  const picker = document.querySelector('theme-picker');
  const shadow = picker?.shadowRoot;
  if (!shadow?.querySelector('[part~="base"]')) return null;
  if (shadow.querySelector('[part~="skeleton"], [aria-busy="true"], [part~="error"]')) return null;
  const inputs = [...shadow.querySelectorAll('input[type="radio"][name="scheme"]')];
  return inputs.length ? inputs.map((input) => ({ value: input.value, checked: input.checked })) : null;
}

async function waitForReady(tab) {
  const handle = await tab.waitForFunction(readySchemes, { timeout: 60_000, polling: 'mutation' }).catch(() => null);
  if (handle) return handle.jsonValue();
  const error = await tab.evaluate(
    () => document.querySelector('theme-picker')?.shadowRoot?.querySelector('[part~="error"]')?.textContent,
  );
  throw new Error(`<theme-picker> never became ready${error ? `: ${error.trim().replace(/\s+/g, ' ')}` : ''}`);
}

async function drive(browser, name, dist) {
  const { server, origin } = await serve(dist);
  const context = await browser.createBrowserContext();
  const problems = [];
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    tab.on('request', (request) => {
      if (!request.url().startsWith(origin)) problems.push(`unexpected request: ${request.url()}`);
    });
    await tab.goto(`${origin}/`, { waitUntil: 'load' });

    const before = await waitForReady(tab);
    const current = before.find((s) => s.checked)?.value;
    const target = current === 'dark' ? 'light' : 'dark';
    const input = await tab.evaluateHandle(
      (value) =>
        [...document.querySelector('theme-picker').shadowRoot.querySelectorAll('input[name="scheme"]')].find(
          (i) => i.value === value,
        ),
      target,
    );
    await input.asElement().click();
    const heard = await tab
      .waitForFunction(
        () => {
          const list = [...document.querySelectorAll('#events li')].map((li) => li.textContent.trim());
          return list.includes('prefs-change') && list.includes('prefs-saved') ? list : null;
        },
        { timeout: 60_000, polling: 'mutation' },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (!heard) {
      const list = await tab.$$eval('#events li', (lis) => lis.map((li) => li.textContent.trim()));
      problems.push(`the app did not hear prefs-change and prefs-saved (heard: ${list.join(', ') || 'nothing'})`);
    }

    await tab.reload({ waitUntil: 'load' });
    const after = await waitForReady(tab);
    const kept = after.find((s) => s.checked)?.value;
    if (kept !== target) problems.push(`after a reload the scheme is ${kept}, not the ${target} chosen before`);
    return { problems, detail: `${current} -> ${target}, heard ${heard?.join(', ')}, kept ${kept}` };
  } catch (error) {
    problems.push(error.message);
    return { problems };
  } finally {
    await context.close();
    server.close();
  }
}

const failures = [];
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  for (const name of examples) {
    const dir = join(examplesDir, name);
    if (build) {
      console.log(`\n> npm run build -w examples/${name}\n`);
      const run = spawnSync('npm', ['run', 'build', '-w', `examples/${name}`], { cwd: root, stdio: 'inherit' });
      if (run.status !== 0) {
        failures.push(`${name}: build failed`);
        continue;
      }
    }
    const dist = join(dir, 'dist');
    if (!existsSync(join(dist, 'index.html'))) {
      failures.push(`${name}: ${dist}/index.html is missing`);
      continue;
    }
    const { problems, detail } = await drive(browser, name, dist);
    if (problems.length) failures.push(...problems.map((p) => `${name}: ${p}`));
    else console.log(`ok   ${name}: ${detail}`);
  }
} finally {
  await browser.close();
}

if (failures.length) {
  console.error(`\nExample apps failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\n${examples.length} example apps built and driven in Chromium: ${examples.join(', ')}.`);
