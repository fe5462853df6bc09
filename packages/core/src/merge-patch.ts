import { copyOwn, ownValue, setOwn } from './safe-record.js';

/**
 * JSON Merge Patch (RFC 7396) is the one shape of change for every domain: an object
 * with only the fields that change, nested as in the document, `null` to remove a
 * field. It maps to an HTTP PATCH for any backend, merges when changes are batched,
 * and its leaf paths tell which fields two edits share when they conflict.
 */
export type MergePatch<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: MergePatch<T[K]> | null }
    : T;

type Json = unknown;

// Keys are the document's, often an adapter's ids: every read below is of own values and
// every write defines an own property (see safe-record.ts), so a key such as `__proto__`
// or `constructor` is a field like any other and no prototype ever changes.

export function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Applies a merge patch, returning a new document; the inputs are not mutated. */
export function applyMergePatch<T>(target: T, patch: object): T {
  return mergeValue(target, patch) as T;
}

function mergeValue(target: Json, patch: Json): Json {
  if (!isPlainObject(patch)) return patch;
  const result: Record<string, Json> = isPlainObject(target) ? copyOwn(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else setOwn(result, key, mergeValue(ownValue(result, key), value));
  }
  return result;
}

/** Combines two patches into one that has the effect of applying `first`, then `second`. */
export function composeMergePatches<P>(first: P, second: P): P {
  if (!isPlainObject(first) || !isPlainObject(second)) return second;
  const result: Record<string, Json> = { ...first };
  for (const [key, value] of Object.entries(second)) {
    const previous = ownValue(result, key);
    setOwn(result, key, isPlainObject(previous) && isPlainObject(value) ? composeMergePatches(previous, value) : value);
  }
  return result as P;
}

/** The paths of the fields a patch sets, e.g. `subscriptions.statements.email`. */
export function patchPaths(patch: Json, prefix: string[] = []): string[][] {
  if (!isPlainObject(patch)) return [prefix];
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(patch)) paths.push(...patchPaths(value, [...prefix, key]));
  return paths;
}

export function readPath(document: Json, path: readonly string[]): Json {
  let current = document;
  for (const key of path) {
    if (!isPlainObject(current)) return undefined;
    current = ownValue(current, key);
  }
  return current;
}

/** Structural equality for JSON data; key order does not matter. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** Keeps only the parts of `patch` whose paths satisfy `keep`; `undefined` when nothing is left. */
export function filterMergePatch<P>(patch: P, keep: (path: string[]) => boolean, prefix: string[] = []): P | undefined {
  if (!isPlainObject(patch)) return keep(prefix) ? patch : undefined;
  const result: Record<string, Json> = {};
  for (const [key, value] of Object.entries(patch)) {
    const kept = filterMergePatch(value, keep, [...prefix, key]);
    if (kept !== undefined) setOwn(result, key, kept);
  }
  return Object.keys(result).length ? (result as P) : undefined;
}

/**
 * The merge patch that takes the document after `patch` back to `before` (Undo): for
 * each field the patch sets or removes, the old value, or `null` where the field did not
 * exist. Where the patch writes an object over something that was not one (or was
 * absent), the old value is restored whole. Inputs are not mutated.
 *
 * A merge patch cannot set a field to `null`, so a field that held `null` before comes
 * back removed; preference documents have no such fields.
 */
export function inverseMergePatch<P extends object>(before: object, patch: P): P {
  return invert(before, patch as Record<string, Json>) as P;
}

function invert(before: Json, patch: Record<string, Json>): Record<string, Json> {
  const result: Record<string, Json> = {};
  for (const [key, value] of Object.entries(patch)) {
    const old = isPlainObject(before) ? ownValue(before, key) : undefined;
    if (isPlainObject(value) && isPlainObject(old)) setOwn(result, key, invert(old, value));
    else setOwn(result, key, old === undefined ? null : structuredClone(old));
  }
  return result;
}
