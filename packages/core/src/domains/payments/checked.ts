// What the compile step (scripts/compile-schemas.mjs) turns into the run-time checker's JSON Schema,
// under the name generated/schemas.ts exports it by.
export { paymentsSchema as payments } from './schema.js';
