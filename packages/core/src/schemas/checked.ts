// What the compile step (scripts/compile-schemas.mjs) turns into JSON Schema and a checker,
// under the name generated/schemas.ts and generated/checkers.ts export them by.
export { changeHistorySchema as changeHistory } from './common.js';
