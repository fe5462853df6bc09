// `npm test`: the whole suite, in order. A failing step does not hide the others' results:
// every step runs unless a step it needs failed (the CDN check, size and the example apps
// need the build; Storybook and the framework types need the manifest). The exit code is 1
// when anything failed. It ends with one plain line, `N passed, N failed`: the browser tests
// counted in every browser (from the test runner's own results), plus one failure for any
// other step that failed (or for the browser step itself failing with no failing test, e.g.
// coverage under its threshold).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = `${root}node_modules/.cache/prefcenter/test-results.json`;

const steps = [
  { name: 'lint', script: 'lint' },
  { name: 'translations', script: 'l10n:check' },
  { name: 'server rendering on Node', script: 'test:ssr' },
  { name: 'browser tests (Chromium, Firefox, WebKit; coverage)', script: 'test:browsers', browsers: true },
  { name: 'reference server (Node, PGlite)', script: 'test:server' },
  // Once more on a PostgreSQL server, when one is named (.ci/run starts one from Debian's packages).
  ...(process.env.PREFS_PG_URL
    ? [{ name: 'contract suite and server on PostgreSQL', script: 'test:postgres', postgres: true }]
    : []),
  { name: 'build', script: 'build' },
  { name: 'CDN bundle in Chromium', script: 'test:cdn', needs: ['build'] },
  { name: "README's no-build page and theme-boot.js under CSP in Chromium", script: 'test:no-build', needs: ['build'] },
  { name: 'size budgets', script: 'size', needs: ['build'] },
  {
    name: 'packed tarballs installed in a fresh app (Node, TypeScript, Chromium)',
    script: 'test:packages',
    needs: ['build'],
  },
  { name: 'npm start stops when its process is killed', script: 'test:start' },
  { name: 'custom elements manifest', script: 'analyze' },
  { name: 'framework types from the manifest', script: 'frameworks:check', needs: ['analyze'] },
  {
    name: 'example apps (React 19, React 18, Vue, Angular, HTML) in Chromium',
    script: 'test:examples',
    // The pack test's prepack rebuilds dist/; the examples use what it leaves.
    needs: ['build', 'test:packages'],
  },
  { name: 'Storybook build', script: 'storybook:build', needs: ['analyze'] },
];

rmSync(resultsFile, { force: true });
let passed = 0;
let failed = 0;
const report = [];

const failedScripts = new Set();

for (const step of steps) {
  const blocked = (step.needs ?? []).filter((script) => failedScripts.has(script));
  if (blocked.length) {
    failedScripts.add(step.script);
    report.push(`skip ${step.name}: needs ${blocked.join(', ')}, which failed`);
    continue;
  }
  console.log(`\n> npm run ${step.script}  (${step.name})\n`);
  const env = { ...process.env, PREFS_TEST_RESULTS: resultsFile, STORYBOOK_DISABLE_TELEMETRY: '1' };
  // Only the PostgreSQL step uses the server; every other step runs the reference server on PGlite.
  if (!step.postgres) delete env.PREFS_PG_URL;
  const run = spawnSync('npm', ['run', step.script], { cwd: root, stdio: 'inherit', env });
  const ok = run.status === 0;
  let stepFailures = 0;
  if (step.browsers && existsSync(resultsFile)) {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    passed += results.passed;
    stepFailures = results.failed;
    report.push(
      `${ok ? 'ok  ' : 'FAIL'} ${step.name}: ${results.passed} passed, ${results.failed} failed, ` +
        `${results.skipped} skipped in ${results.browsers.join(', ')}`,
      ...(results.failures ?? []).map((failure) => `       failed: ${failure}`),
    );
  } else {
    report.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name}`);
  }
  if (!ok) {
    failed += Math.max(1, stepFailures);
    failedScripts.add(step.script);
  }
}

console.log(`\n${report.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
