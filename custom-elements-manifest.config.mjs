// Custom Elements Manifest (`npm run analyze`): one analysis of core and elements, so that
// the widgets' manifest knows what they inherit from core's PrefsElement, then split into
// one manifest per package (packages/elements/custom-elements.json for the widgets,
// packages/core/custom-elements.json for <prefs-provider> and the base class), with paths
// relative to each package and cross-package references naming the package.
//
// Tags are registered through core's `define()` rather than a literal
// `customElements.define(...)`, which the analyzer cannot see; each class's tag is read
// from its `HTMLElementTagNameMap` entry instead.
import { writeFileSync } from 'node:fs';

const packages = [
  { dir: 'packages/core/', name: '@prefcenter/core' },
  { dir: 'packages/elements/', name: '@prefcenter/elements' },
];

function tagNamesFromTagNameMap() {
  /** class name -> tag */
  const tags = new Map();
  return {
    name: 'prefcenter-tag-name-map',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementTagNameMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
        const tag = ts.isStringLiteral(member.name) ? member.name.text : undefined;
        if (tag) tags.set(member.type.typeName.getText(), tag);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          // `dispatchEvent(new SomeEvent())` yields a nameless entry; the named one comes from `@fires`.
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          mod.exports ??= [];
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            mod.exports.push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: mod.path },
            });
          }
        }
      }
    },
  };
}

/** Rewrites `{ module: 'packages/x/src/…' }` references relative to the package that holds `fromDir`. */
function relink(value, fromDir) {
  if (Array.isArray(value)) return value.map((v) => relink(v, fromDir));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) out[key] = relink(v, fromDir);
  if (typeof out.module === 'string') {
    const owner = packages.find((p) => out.module.startsWith(p.dir));
    if (owner) {
      out.module = out.module.slice(owner.dir.length);
      if (owner.dir !== fromDir) out.package = owner.name;
    }
  }
  return out;
}

function splitPerPackage() {
  return {
    name: 'prefcenter-split-per-package',
    packageLinkPhase({ customElementsManifest }) {
      const all = customElementsManifest.modules;
      const manifests = packages.map((pkg) => ({
        ...pkg,
        modules: all
          .filter((m) => m.path.startsWith(pkg.dir))
          .map((m) => relink({ ...m, path: m.path.slice(pkg.dir.length) }, pkg.dir)),
      }));
      for (const m of manifests) {
        if (m.dir === 'packages/elements/') continue;
        const manifest = { ...customElementsManifest, modules: m.modules };
        writeFileSync(`${m.dir}custom-elements.json`, `${JSON.stringify(manifest, null, 2)}\n`);
      }
      // What the analyzer itself writes (to outdir) is the elements package's manifest.
      customElementsManifest.modules = manifests.find((m) => m.dir === 'packages/elements/').modules;
    },
  };
}

export default {
  globs: ['packages/core/src/**/*.ts', 'packages/elements/src/**/*.ts'],
  exclude: ['**/generated/**', '**/*.styles.ts', '**/*.test.ts'],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
  plugins: [tagNamesFromTagNameMap(), splitPerPackage()],
};
