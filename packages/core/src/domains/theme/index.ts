// The theme domain at run time (no zod): its vocabularies, defaults, adapter interface, definition and events.
export * from './values.js';
export * from './defaults.js';
export type * from './adapter.js';
export * from './definition.js';
export * from './events.js';
