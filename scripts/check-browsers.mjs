// The browser tests run in Debian's own Chromium, Firefox ESR and WebKitGTK (through its
// WebDriver and MiniBrowser), under a virtual display. No test tool downloads a browser,
// so a missing one must stop the run loudly rather than quietly test fewer browsers.
import { existsSync } from 'node:fs';

const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? 'x86_64-linux-gnu';

const required = [
  { name: 'Chromium', path: '/usr/bin/chromium', debianPackage: 'chromium' },
  { name: 'Firefox ESR', path: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
  { name: 'WebKitWebDriver', path: '/usr/bin/WebKitWebDriver', debianPackage: 'webkit2gtk-driver' },
  {
    name: 'WebKit MiniBrowser',
    path: `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`,
    debianPackage: 'webkit2gtk-driver',
  },
  { name: 'xvfb-run', path: '/usr/bin/xvfb-run', debianPackage: 'xvfb' },
];

const missing = required.filter((tool) => !existsSync(tool.path));

if (missing.length) {
  for (const tool of missing) console.error(`Missing: ${tool.name} (${tool.path})`);
  const packages = [...new Set(missing.map((tool) => tool.debianPackage))].join(' ');
  console.error('\nInstall what is missing, then run the tests again:\n');
  console.error(`  apt-get update && apt-get install -y --no-install-recommends ${packages}\n`);
  process.exit(1);
}

console.log(`Browsers found: ${required.map((tool) => tool.name).join(', ')}.`);
