import { parseAdapterResponse } from '../parse.js';
import { themeCatalogSchema, themePreferencesSchema } from '../schemas/theme.js';

export const parseCatalog = (value: unknown) => parseAdapterResponse(themeCatalogSchema, value, 'theme palette');
export const parseDocument = (value: unknown) =>
  parseAdapterResponse(themePreferencesSchema, value, 'theme preferences');
