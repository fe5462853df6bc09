export { createLocalAdapter } from './local-adapter.js';
export { bankSeed } from './seed/bank.js';
export { generateNotificationSeed } from './seed/generate.js';
export { memoryStorage } from './storage.js';
export type { Latency, LocalAdapter, LocalAdapterOptions, LocalSeed, StorageLike } from './types.js';
