import fc from 'fast-check';

declare global {
  /** Set from the test runner's config (or the console) for a longer generated run; CI keeps the default. */
  var PREFS_FUZZ_RUNS: number | undefined;
}

/** The same cases on every CI run, so a failure is reproducible: fast-check prints the seed and path. */
export const fuzzSeed = 20261202;

/** Seeded, bounded settings for `fc.assert`: `numRuns` cases unless the run asked for more. */
export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
  const asked = globalThis.PREFS_FUZZ_RUNS;
  return { seed: fuzzSeed, numRuns: typeof asked === 'number' && asked > 0 ? asked : numRuns };
}

/** Ids that are names of `Object.prototype` members, which any id or key may be. */
export const prototypeNames = ['__proto__', 'constructor', 'valueOf', 'toString', 'hasOwnProperty'] as const;

const prototypes: ReadonlyArray<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
];

type Snapshot = Map<string, unknown>;

/** Every own property of the prototypes a lookup by id could reach, by name and value (or accessor). */
export function prototypeSnapshot(): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const [name, object] of prototypes) {
    for (const key of Reflect.ownKeys(object)) {
      const d = Object.getOwnPropertyDescriptor(object, key)!;
      snapshot.set(`${name}.${String(key)}`, d.get ?? d.set ?? d.value);
    }
  }
  return snapshot;
}

/** Fails when a run added, removed or replaced a property of a prototype, or made `({}).polluted`. */
export function assertNoPollution(before: Snapshot): void {
  const after = prototypeSnapshot();
  for (const [key, value] of after) {
    if (!before.has(key)) throw new Error(`${key} was added`);
    if (before.get(key) !== value) throw new Error(`${key} was replaced`);
  }
  for (const key of before.keys()) if (!after.has(key)) throw new Error(`${key} was removed`);
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('({}).polluted is set');
}
