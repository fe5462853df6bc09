import type { StorageLike } from './types.js';

/** A Storage-like object in memory: what tests and non-persistent demos use. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}

let fallback: StorageLike | undefined;

/**
 * `window.localStorage` when the page may use it. Reading the property throws in a
 * sandboxed frame or with storage blocked, so fall back to memory there and say so.
 */
function browserStorage(): StorageLike {
  try {
    const storage = globalThis.localStorage;
    if (storage) return storage;
  } catch {
    // Blocked by the browser's settings or the frame's sandbox.
  }
  if (!fallback) {
    console.warn('[prefcenter] localStorage is not available; preferences are kept in memory for this page only.');
    // One for the page, so that every adapter instance here still shares the same data.
    fallback = memoryStorage();
  }
  return fallback;
}

export function resolveStorage(option: 'local' | 'memory' | StorageLike | undefined): StorageLike {
  if (option === 'memory') return memoryStorage();
  if (option === undefined || option === 'local') return browserStorage();
  return option;
}
