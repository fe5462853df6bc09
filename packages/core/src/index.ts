export * from './runtime.js';
/** The domain schemas in zod: the contract, for adapters and hosts that validate with zod. */
export * from './parse.js';
export * from './schemas/common.js';
export * from './domains/schemas.js';
