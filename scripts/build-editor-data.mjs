// Editor data for the widgets, generated from packages/elements/custom-elements.json (run
// `npm run analyze` first) with break-stuff's maintained generators, as Web Awesome ships:
//   vscode.html-custom-data.json, vscode.css-custom-data.json  VS Code custom data
//     (a host lists them under "html.customData" / "css.customData" in .vscode/settings.json)
//   web-types.json  JetBrains web-types (found through package.json "web-types")
// Written into packages/elements/ at pack time (`prepack`), like the manifest itself.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const manifestFile = `${dir}custom-elements.json`;
if (!existsSync(manifestFile)) {
  console.error('packages/elements/custom-elements.json is missing: run `npm run analyze` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

// The JetBrains generator reads the name and version of ./package.json as it loads.
process.chdir(dir);
const { generateVsCodeCustomElementData } = await import('custom-element-vs-code-integration');
const { generateJetBrainsWebTypes } = await import('custom-element-jet-brains-integration');

const shared = { outdir: './', descriptionSrc: 'summary', hideLogs: true };
generateVsCodeCustomElementData(manifest, {
  ...shared,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, { ...shared, webTypesFileName: 'web-types.json' });

const wrote = ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'];
for (const file of wrote) {
  if (!existsSync(`${dir}${file}`)) throw new Error(`The generator did not write packages/elements/${file}.`);
  JSON.parse(readFileSync(`${dir}${file}`, 'utf8')); // must be JSON
}
const tags = JSON.parse(readFileSync(`${dir}vscode.html-custom-data.json`, 'utf8')).tags.map((t) => t.name);
if (!tags.length) throw new Error('The editor data names no custom element.');
console.log(`Editor data for ${tags.map((t) => `<${t}>`).join(', ')}: ${wrote.join(', ')} in packages/elements/.`);
