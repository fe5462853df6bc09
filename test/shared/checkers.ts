// The checker of any JSON Schema, for tests: core's committed checker
// (generated/checkers.ts) for a schema of generated/schemas.ts, otherwise the code
// schemas/emit.ts writes for it, run here. Both are what the compile step writes, so a
// test of either is a test of the one way core checks.
import { checkAdapterResponse, checkers, compiledSchemas, type Check, type JsonSchema } from '@prefcenter/core';
import * as validate from '../../packages/core/src/validate.js';
import { emitCheckers, helperNames } from '../../packages/core/src/schemas/emit.js';

const committed = new Map<JsonSchema, Check>(
  Object.entries(compiledSchemas).map(([name, schema]) => [schema, (checkers as Record<string, Check>)[name]!]),
);
const emitted = new WeakMap<JsonSchema, Check>();

/** The checker core would generate for `schema`. */
export function checkerOf(schema: JsonSchema): Check {
  let check = committed.get(schema) ?? emitted.get(schema);
  if (!check) {
    const helpers = helperNames.map((name) => validate[name]);
    // Tests run the code the compile step would commit.
    const build = new Function(...helperNames, emitCheckers({ schema }, false)) as (
      ...args: unknown[]
    ) => Record<'schema', Check>;
    check = build(...helpers).schema;
    emitted.set(schema, check);
  }
  return check;
}

/** Checks `value` against `schema`, as zod parses: throws a `SchemaMismatch` naming the first problem. */
export const conform = <T>(schema: JsonSchema, value: unknown): T => checkerOf(schema)(value) as T;

/** The same, with a mismatch as the `invalid-response` error a widget gets. */
export const conformAdapterResponse = <T>(schema: JsonSchema, value: unknown, what: string): T =>
  checkAdapterResponse<T>(checkerOf(schema), value, what);
