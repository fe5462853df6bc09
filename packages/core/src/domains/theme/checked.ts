// What the compile step (scripts/compile-schemas.mjs) turns into the run-time checker's JSON Schema,
// under the name generated/schemas.ts exports it by.
export { themeCatalogSchema as themeCatalog, themePreferencesSchema as themePreferences } from './schema.js';
