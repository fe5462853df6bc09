import { parseAdapterResponse } from '../parse.js';
import { privacyCatalogSchema, privacyPreferencesSchema } from '../schemas/privacy.js';

export const parseCatalog = (value: unknown) => parseAdapterResponse(privacyCatalogSchema, value, 'privacy catalog');
export const parseDocument = (value: unknown) =>
  parseAdapterResponse(privacyPreferencesSchema, value, 'privacy preferences');
