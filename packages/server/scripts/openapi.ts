/**
 * `npm run openapi` writes packages/server/openapi.json from core's zod schemas;
 * `npm run openapi:check` (in `npm run lint`) fails when the checked-in file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { buildOpenApi } from '../src/openapi.js';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
const text = await prettier.format(JSON.stringify(buildOpenApi()), {
  ...(await prettier.resolveConfig(target)),
  filepath: target,
});

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error("packages/server/openapi.json is not what core's schemas make: run `npm run openapi`.");
    process.exit(1);
  }
} else {
  await writeFile(target, text);
}
