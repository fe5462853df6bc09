// A web-test-runner plugin that runs the reference server (@prefcenter/server) for the
// browser tests: started as the runner starts, without waiting for it (so a run without REST tests
// pays little), on the loopback address, on PGlite in memory, or on the PostgreSQL server
// that PREFS_PG_URL names. Each command signs in a new customer, so tests never share data.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export function prefsServerPlugin() {
  let server;
  let origins = [];

  function start() {
    server ??= new Promise((resolve, reject) => {
      const args = ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', '--port', '0', '--dev'];
      for (const origin of origins) args.push('--origin', origin);
      const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
      const stop = () => child.kill();
      process.on('exit', stop);
      child.once('exit', (code) => reject(new Error(`The reference server exited (${code}) before it listened.`)));
      createInterface({ input: child.stdout }).once('line', (line) => {
        try {
          resolve({ child, ...JSON.parse(line) });
        } catch (error) {
          reject(error);
        }
      });
    });
    return server;
  }

  return {
    name: 'prefs-server',
    serverStart({ config }) {
      origins = [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`];
      if (config.hostname && config.hostname !== 'localhost') origins.push(`http://${config.hostname}:${config.port}`);
      // PGlite takes seconds to start (longer on a busy machine): begin now, while the browsers start.
      start().catch((error) => console.error('[prefs-server]', error.message));
    },
    async serverStop() {
      if (server) (await server.catch(() => undefined))?.child.kill();
    },
    async executeCommand({ command }) {
      if (command === 'prefs-server-ready') {
        // Answers within the command timeout (20 s) whether or not the server listens yet.
        return Promise.race([
          start().then(() => true),
          new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
        ]);
      }
      if (command !== 'prefs-server') return undefined;
      const { url, engine } = await start();
      const response = await fetch(`${url}/v1/dev/sessions`, { method: 'POST' });
      if (!response.ok) throw new Error(`The reference server refused a session: ${response.status}`);
      return { baseUrl: `${url}/v1`, engine, ...(await response.json()) };
    },
  };
}
