// React 18 components for every @prefcenter tag, generated from the manifests by
// scripts/generate-framework-types.mjs. React 19 needs no wrapper: it sets properties and
// hears events on custom elements itself (see the types in @prefcenter/elements/react).
export * from './generated/components.js';
