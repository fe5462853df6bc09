// Every domain at run time, one line each; their types are listed in registry.ts, their zod schemas in schemas.ts.
export * from './history.js';
export * from './notifications/index.js';
export * from './theme/index.js';
export * from './privacy/index.js';
export * from './payments/index.js';
