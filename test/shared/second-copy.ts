/**
 * A second copy of the library on the page, as when the CDN bundle meets a host's bundler.
 * `test/fixtures/.second-copy/packages` is a link to `packages/`, so the same sources load
 * from other URLs and the browser makes other modules of them: their own classes, symbols
 * and module state, nothing shared with the copy the tests import. (A query string would
 * not do: only the first module would differ, its relative imports would not.) Lit and the
 * other dependencies stay shared in this realm; `secondCopyImportMap` gives a page of its
 * own a second Lit too.
 */
export const secondCopyRoot = new URL('../fixtures/.second-copy/', import.meta.url);

/** The second copy's URL of a file under `packages/`, e.g. `core/src/errors.ts`. */
export function secondCopyUrl(path: string): string {
  return new URL(`packages/${path}`, secondCopyRoot).href;
}

/** Imports a module of the second copy; type it with the first copy's module, e.g. `typeof import('…/errors.js')`. */
export function importSecondCopy<M>(path: string): Promise<M> {
  return import(/* @vite-ignore */ secondCopyUrl(path)) as Promise<M>;
}

/** The first copy's URL of a file under `packages/`, for a page of its own. */
export function firstCopyUrl(path: string): string {
  return new URL(`../../packages/${path}`, import.meta.url).href;
}

/**
 * An import map for a page of its own, in which everything the second copy imports
 * (core from the widgets, Lit, @lit/context) is the second copy's too: a CDN bundle
 * carries every dependency inside it. The dev server writes those imports as paths to
 * `/packages/` and `/node_modules/`; within the second copy they are sent back into it.
 */
export function secondCopyImportMap(): string {
  const root = secondCopyRoot.pathname;
  const inside = { '/packages/': `${root}packages/`, '/node_modules/': `${root}modules/` };
  return JSON.stringify({ scopes: { [root]: inside } });
}
