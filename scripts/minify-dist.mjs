// After `tsc`, minifies the text of Lit's html``, svg`` and css`` templates in every
// published package's dist/*.js (see scripts/lib/minify-templates.mjs). The
// templates are the largest literal text a widget ships, and a host's bundler minifies
// JavaScript but leaves the inside of template literals alone. Each file's source map is
// chained through the edit, so it still leads from dist/*.js back to src/*.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remapping from '@jridgewell/remapping';
import { minifyTemplates } from './lib/minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let saved = 0;
// `node scripts/minify-dist.mjs core` does one package (its prepack); no argument, both.
const packages = process.argv.slice(2).length ? process.argv.slice(2) : ['core', 'elements'];
for (const pkg of packages) {
  const dist = join(root, 'packages', pkg, 'dist');
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const minified = await minifyTemplates(code, entry.name);
    if (!minified) continue;
    writeFileSync(file, minified.code);
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) {
      // The edit's map (minified -> tsc's output), then tsc's (tsc's output -> the source).
      const chained = remapping([minified.map, JSON.parse(readFileSync(mapFile, 'utf8'))], () => null);
      writeFileSync(mapFile, JSON.stringify({ ...chained, file: entry.name }));
    }
    saved += code.length - minified.code.length;
  }
}
console.log(`Minified the templates of packages/*/dist: ${(saved / 1024).toFixed(1)} KiB less; source maps chained.`);
