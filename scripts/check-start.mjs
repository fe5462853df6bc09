// `npm start` must stop when its process is killed by id (SIGTERM, as a supervisor or a
// test harness does) or interrupted (SIGINT): the start script execs Vite, so npm's child
// is Vite itself and the signal npm forwards reaches it (with `sh -c vite`, the shell
// died and Vite went on serving). Starts the demo on a free port, waits until it answers,
// signals npm's process id, and checks that the port stops answering.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
/** 'up' when the demo answers, 'down' when the connection is refused. */
const probe = (port) =>
  new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', timeout: 5000 }, (res) => {
      res.resume();
      resolve('up');
    });
    req.on('error', () => resolve('down'));
    req.on('timeout', () => req.destroy());
    req.end();
  });
const until = async (test, seconds) => {
  for (const end = Date.now() + seconds * 1000; Date.now() < end;) {
    if (await test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
};

const failures = [];
for (const signal of ['SIGTERM', 'SIGINT']) {
  const port = await freePort();
  // In a process group of its own, so that whatever outlives a failed check can be ended with it.
  const npm = spawn('npm', ['start', '--', '--port', String(port)], { cwd: root, stdio: 'ignore', detached: true });
  const exited = once(npm, 'exit');
  try {
    // Ceilings for a hung start, not speed checks.
    if (!(await until(async () => (await probe(port)) === 'up', 120))) {
      failures.push(`${signal}: the demo never answered on port ${port}`);
      continue;
    }
    process.kill(npm.pid, signal);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    if (npm.exitCode === null && npm.signalCode === null) failures.push(`${signal}: npm start did not exit`);
    if (!(await until(async () => (await probe(port)) === 'down', 30))) {
      failures.push(`${signal}: the demo still answers on port ${port} after npm start was killed`);
    }
  } finally {
    try {
      process.kill(-npm.pid, 'SIGKILL'); // the group: npm and anything it left running
    } catch {
      // Nothing left in the group: it stopped cleanly.
    }
  }
}
if (failures.length) {
  console.error(`npm start check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('npm start stops serving when its process id is sent SIGTERM or SIGINT.');
