// Tests run in real Chromium, Firefox and WebKit, all from Debian's packages: no test
// tool may download a browser of its own. `PREFS_BROWSERS=chromium` narrows a local run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { minifiedModulesPlugin } from './scripts/lib/minified-modules-plugin.mjs';
import { serialWebdriverLauncher } from './scripts/lib/serial-webdriver-launcher.mjs';
import { ssrPagesPlugin } from './scripts/lib/ssr-pages-plugin.mjs';
import { prefsServerPlugin } from './scripts/lib/prefs-server-plugin.mjs';

const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? 'x86_64-linux-gnu';
const paths = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
  webkitDriver: '/usr/bin/WebKitWebDriver',
  webkit: `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`,
};

const wanted = (process.env.PREFS_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());

function requireBrowser(name, path, debianPackage) {
  if (!existsSync(path)) {
    throw new Error(
      `${name} is not installed at ${path}. Install it with: apt-get update && apt-get install -y ${debianPackage}`,
    );
  }
}

// The runner stops on an uncaught exception (or unhandled rejection) in this process, but
// its dynamic terminal buffers console output, and it exits before flushing it: the log
// just ends. Write the error straight to stderr first, so a CI log says what stopped it.
process.on('uncaughtExceptionMonitor', (error, origin) => {
  writeSync(2, `\n[web-test-runner] ${origin} in the runner's process:\n${error?.stack ?? error}\n`);
});

const browsers = [];

if (wanted.includes('chromium')) {
  requireBrowser('Chromium', paths.chromium, 'chromium');
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  );
}

if (wanted.includes('firefox')) {
  requireBrowser('Firefox', paths.firefox, 'firefox-esr');
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    }),
  );
}

if (wanted.includes('webkit')) {
  requireBrowser('WebKitWebDriver', paths.webkitDriver, 'webkit2gtk-driver');
  requireBrowser('WebKit MiniBrowser', paths.webkit, 'webkit2gtk-driver');
  if (!process.env.DISPLAY) {
    throw new Error(
      'WebKit needs a display. Run the tests through xvfb-run (apt-get install -y xvfb), as `npm test` does.',
    );
  }
  const port = 4444 + Math.floor(Math.random() * 500);
  const driver = spawn(paths.webkitDriver, [`--port=${port}`], { stdio: 'ignore' });
  const stop = () => driver.kill();
  process.on('exit', stop);
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  // Give the driver a moment to listen before the launcher connects.
  await new Promise((resolve) => setTimeout(resolve, 500));
  browsers.push(
    serialWebdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      // `PREFS_WDIO_LOG=<folder>` logs every WebDriver command and its answer there, with times.
      logLevel: process.env.PREFS_WDIO_LOG ? 'info' : 'error',
      ...(process.env.PREFS_WDIO_LOG && { outputDir: process.env.PREFS_WDIO_LOG }),
      capabilities: {
        // Names the browser in the runner's output; WebKitWebDriver accepts MiniBrowser's own name.
        browserName: 'MiniBrowser',
        // webdriverio would otherwise ask for BiDi, which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: paths.webkit, args: ['--automation'] },
      },
    }),
  );
}

/**
 * Counts every test in every browser and, when `PREFS_TEST_RESULTS` names a file, writes
 * `{ passed, failed, skipped, browsers, failures }` there, for the closing lines of `npm test`.
 * `failures` names each failed test (browser, file, suite path, first line of the error), so
 * the tail of a CI log says which test failed without the whole log. A test file that could
 * not run at all (a syntax error, a crashed page) counts as one failure.
 */
function resultsReporter() {
  return {
    stop({ sessions }) {
      const file = process.env.PREFS_TEST_RESULTS;
      if (!file) return;
      const totals = {
        passed: 0,
        failed: 0,
        skipped: 0,
        browsers: [...new Set(sessions.map((s) => s.browser.name))],
        failures: [],
      };
      const firstLine = (error) =>
        String(error?.message ?? error ?? 'no message')
          .split('\n')[0]
          .slice(0, 300);
      const count = (session, suite, path) => {
        for (const test of suite.tests) {
          if (test.skipped) totals.skipped++;
          else if (test.passed) totals.passed++;
          else {
            totals.failed++;
            totals.failures.push(
              `${session.browser.name} ${relative(process.cwd(), session.testFile)}: ${[...path, test.name].join(' > ')}: ${firstLine(test.error)}`,
            );
          }
        }
        for (const child of suite.suites) count(session, child, [...path, child.name]);
      };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) count(session, session.testResults, []);
        if (!session.passed && totals.failed === before) {
          totals.failed++;
          const error = session.errors?.[0];
          totals.failures.push(
            `${session.browser.name} ${relative(process.cwd(), session.testFile)}: the file failed outside its tests (or did not run): ${firstLine(error)}`,
          );
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

/**
 * `PREFS_FUZZ_RUNS=5000 npm run test:browsers` (or `npm run test:fuzz`): every generated
 * test tries that many cases instead of its bounded CI default, with the same seed.
 */
const fuzzRuns = Number(process.env.PREFS_FUZZ_RUNS) || undefined;

export default {
  ...(fuzzRuns && {
    testRunnerHtml: (testFramework) =>
      `<!doctype html><html><body><script>globalThis.PREFS_FUZZ_RUNS = ${fuzzRuns};</script>` +
      `<script type="module" src="${testFramework}"></script></body></html>`,
  }),
  // test/server holds Node tests of the reference server (`npm run test:server`).
  files: ['test/**/*.test.ts', '!test/server/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // minifiedModulesPlugin first: it minifies the TypeScript before esbuild compiles it.
  plugins: [
    minifiedModulesPlugin(),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }),
    ssrPagesPlugin(),
    // The reference server, for the tests of adapter-rest and of widgets on it.
    prefsServerPlugin(),
  ],
  browsers,
  reporters: [defaultReporter(), resultsReporter()],
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // Ceilings for a hang, not speed checks: CI runs three browsers on two shared cores, and
  // a test that took 2 s alone took over 10 s there. Speed is measured by `npm run bench`.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 60_000 } },
  coverageConfig: {
    include: ['packages/core/src/**/*.ts', 'packages/adapter-local/src/**/*.ts'],
    exclude: ['**/generated/**', '**/node_modules/**'],
    threshold: { lines: 90, statements: 0, branches: 0, functions: 0 },
    report: true,
    reportDir: 'coverage',
  },
};
