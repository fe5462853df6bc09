// What the compile step (scripts/compile-schemas.mjs) turns into JSON Schema and a checker,
// under the name generated/schemas.ts and generated/checkers.ts export them by.
export { themeCatalogSchema as themeCatalog, themePreferencesSchema as themePreferences } from './schema.js';
