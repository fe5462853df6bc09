export * from './runtime.js';
/** The domain schemas in zod: the contract, for adapters and hosts that validate with zod. */
export * from './parse.js';
export * from './schemas/common.js';
export * from './domains/schemas.js';
/** The same schemas as JSON Schema, as the checkers were generated from them: for tests and tools. */
export * as compiledSchemas from './generated/schemas.js';
