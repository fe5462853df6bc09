// Every domain's zod schemas, one line each: the contract, for adapters and hosts that validate with zod.
export * from './notifications/schema.js';
export * from './theme/schema.js';
export * from './privacy/schema.js';
export * from './payments/schema.js';
