// The notification domain at run time (no zod): its vocabularies, adapter interface and definition.
export * from './values.js';
export type * from './adapter.js';
export * from './definition.js';
