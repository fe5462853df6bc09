import { AdapterError, formatPath, isAdapterError, parseAdapterResponse } from '@prefcenter/core';
import type { Slot } from './slot.js';
import type { LocalSeed, StorageLike } from './types.js';

export type State = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The whole state lives as one JSON document under one storage key, shaped like the
 * seed. Nothing is cached: every call reads storage, so a second adapter instance, a
 * reload or another tab always sees the latest writes. What is not stored yet comes
 * from the seed; what is stored but malformed is reported, never replaced silently.
 */
export class Store {
  constructor(
    private readonly storage: StorageLike,
    readonly key: string,
    private readonly seed: LocalSeed,
  ) {}

  /** The stored state, `{}` when nothing is stored; `invalid-response` when it is not a JSON object. */
  load(): State {
    const text = this.storage.getItem(this.key);
    if (text === null) return {};
    return parseState(text, this.key);
  }

  /** Reads and checks one slot of `state`, falling back to the seed when it is not stored. */
  read<T>(state: State, slot: Slot<T>): T {
    const stored = locate(state, slot.location, this.key);
    const value = stored.found
      ? stored.value
      : (locate(this.seed as unknown as State, slot.location, 'the seed').value ?? slot.fallback);
    return checkSlot(slot, value, stored.found ? `storage key "${this.key}"` : 'the seed');
  }

  /** Sets one slot of `state` (in place) and saves the whole state. */
  write(state: State, entries: [Slot<unknown>, unknown][]): void {
    for (const [slot, value] of entries) {
      let node = state;
      const path = slot.location;
      for (const key of path.slice(0, -1)) {
        if (!isObject(node[key])) node[key] = {};
        node = node[key] as State;
      }
      node[path[path.length - 1]!] = value;
    }
    this.save(state);
  }

  save(state: State): void {
    try {
      this.storage.setItem(this.key, JSON.stringify(state));
    } catch (error) {
      // Quota exceeded, or storage switched off while the page was open.
      throw new AdapterError('unavailable', 'The preferences could not be saved in browser storage.', { cause: error });
    }
  }

  remove(): void {
    this.storage.removeItem(this.key);
  }
}

export function parseState(text: string, key: string): State {
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch (error) {
    throw new AdapterError(
      'invalid-response',
      `The data stored under "${key}" is not valid JSON. Call reset() to restore the demo data.`,
      { path: [], cause: error },
    );
  }
  if (!isObject(state)) {
    throw new AdapterError(
      'invalid-response',
      `The data stored under "${key}" is not an object. Call reset() to restore the demo data.`,
      { path: [] },
    );
  }
  return state;
}

/** The value at `location`, or `found: false` when a step is missing; a step that is not an object is malformed. */
export function locate(state: State, location: readonly string[], where: string): { found: boolean; value?: unknown } {
  let node: unknown = state;
  for (const [index, key] of location.entries()) {
    if (!isObject(node)) {
      const at = formatPath(location.slice(0, index));
      throw new AdapterError('invalid-response', `The data in ${where} is malformed at ${at}: expected object.`, {
        path: [],
      });
    }
    // Own keys only: what is stored came from JSON, and `toString` is not a stored slot.
    if (!Object.hasOwn(node, key)) return { found: false };
    node = node[key];
  }
  return { found: true, value: node };
}

/** Parses a slot's value; the error keeps the path within the document and names where it is stored. */
export function checkSlot<T>(slot: Slot<T>, value: unknown, where: string): T {
  try {
    return parseAdapterResponse(slot.schema, value, slot.what) as T;
  } catch (error) {
    if (!isAdapterError(error)) throw error;
    const at = formatPath([...slot.location, ...(error.path ?? [])]);
    throw new AdapterError(
      'invalid-response',
      `Malformed ${slot.what} in ${where} at ${at}: ${error.message.replace(/^.*: /, '').replace(/\.$/, '')}. ` +
        'Call reset() to restore the demo data.',
      { path: error.path ?? [], cause: error },
    );
  }
}
