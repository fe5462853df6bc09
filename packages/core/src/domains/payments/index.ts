// The payments domain at run time (no zod): its vocabularies, adapter interface, definition and rules.
export * from './values.js';
export type * from './adapter.js';
export * from './definition.js';
export * from './rules.js';
