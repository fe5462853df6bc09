// After `tsc`, minifies the CSS in Lit's css`` templates of every published package's
// dist/*.js (see scripts/lib/minify-literals.mjs). The templates are the largest
// literal text a widget ships, and a host's bundler minifies JavaScript but leaves the
// inside of template literals alone.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyTemplateLiterals } from './lib/minify-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let saved = 0;
for (const pkg of ['core', 'elements']) {
  const dist = join(root, 'packages', pkg, 'dist');
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const out = minifyTemplateLiterals(code, file);
    if (out === code) continue;
    writeFileSync(file, out);
    saved += code.length - out.length;
  }
}
console.log(`Minified the CSS in css\`\` templates of packages/*/dist: ${(saved / 1024).toFixed(1)} KiB less.`);
