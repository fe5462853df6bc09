// The root `engines` says the Node this repository is developed and tested on (CI runs
// Node 20). A few dev dependencies declare a newer Node than that, so `npm ci` warns
// (EBADENGINE) for them; each is listed here with the reason it stays, and this check
// (part of `npm run lint`) fails when the lockfile brings in another one, or when one
// listed here is gone (then take it off the list).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));
const { engines } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const floor = Number(engines.node.match(/^>=\s*(\d+)/)?.[1]);
if (!floor) throw new Error(`package.json engines.node is not of the form ">=N": ${engines.node}`);

/** Declares a newer Node, works on ours (the whole suite runs on it), and has no version that fits. */
const accepted = new Map([
  // Minifies the widgets' html``/css`` templates (scripts/lib/minify-templates.mjs). Every 2.x
  // declares Node 22; 1.x uses another HTML minifier and would change what the packages ship.
  ['minify-literals', 'the template minifier of the build'],
  ['html-minifier-next', "minify-literals 2's HTML minifier; every version declares Node 22"],
  ['commander', "html-minifier-next's command line parser (its CLI, which the build does not run)"],
]);

const newer = new Map();
for (const [path, entry] of Object.entries(lock.packages)) {
  const wanted = entry.engines?.node;
  // npm checks only what it installs: an optional package for another platform is skipped.
  if (!path || !wanted || (entry.optional && !existsSync(`${root}${path}`))) continue;
  // The lowest Node major each alternative of the range allows; above ours in all of them means a warning.
  const lowest = wanted.split('||').map((part) => Number(part.match(/(\d+)/)?.[1] ?? 0));
  if (Math.min(...lowest) > floor) newer.set(path.slice(path.lastIndexOf('node_modules/') + 13), wanted);
}
const problems = [];
for (const [name, wanted] of newer) {
  if (!accepted.has(name))
    problems.push(
      `${name} needs Node ${wanted}: pick a version that fits Node ${floor}, or accept it here with the reason`,
    );
}
for (const name of accepted.keys()) {
  if (!newer.has(name))
    problems.push(`${name} no longer needs a newer Node: take it off the list in scripts/check-engines.mjs`);
}
if (problems.length) {
  console.error(`Engines (package.json says Node ${engines.node}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Dev dependencies fit Node ${engines.node}, but for ${[...accepted.keys()].join(', ')} (see scripts/check-engines.mjs).`,
);
