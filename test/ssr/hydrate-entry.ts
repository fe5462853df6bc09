// What a server-rendered page loads, in this order: Lit's hydration support must be
// evaluated before Lit's element class is, so that the widgets hydrate the server's
// shadow roots instead of drawing them again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@prefcenter/elements/define-all';
