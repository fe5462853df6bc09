/**
 * The zod refinements that come with a JSON Schema keyword the checker reads (`uniqueBy()`
 * in common.ts adds its rule here). The compile step refuses any other refinement: JSON
 * Schema cannot say it, so the checker would let through what zod refuses.
 */
export const declaredRules = new WeakSet<object>();
