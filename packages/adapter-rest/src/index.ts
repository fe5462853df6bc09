export { createRestAdapter, parseRetryAfter, type RestAdapter, type RestAdapterOptions } from './rest-adapter.js';
export { kindOfStatus, statusOfKind, type ProblemDocument } from './http-contract.js';
