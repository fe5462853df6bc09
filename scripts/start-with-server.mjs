// `npm run start:server`: the demo against the reference server on PGlite (in memory, or
// PREFS_PG_URL). It starts the server on the loopback address, then the demo's dev server,
// which proxies /v1 to it; each page load signs in a new demo customer.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', '--port', '8787', '--dev'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
const stop = () => server.kill();
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
server.once('exit', (code) => {
  console.error(`The reference server stopped (${code}).`);
  process.exit(1);
});
const { url, engine } = JSON.parse(
  await new Promise((resolve) => createInterface({ input: server.stdout }).once('line', resolve)),
);
console.warn(`Reference server on ${url} (${engine}); starting the demo.`);
const vite = spawn('npx', ['vite', '--config', 'vite.config.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PREFS_API_URL: url, VITE_PREFS_API: '/v1' },
});
vite.once('exit', (code) => process.exit(code ?? 0));
