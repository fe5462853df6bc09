import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import { themeCatalog, themePreferences } from '../generated/schemas.js';
import type { ThemeCatalog, ThemePreferences } from '../schemas/theme.js';
import { conformAdapterResponse } from '../validate.js';

export const themeDomain: DomainDefinition<ThemePreferences, ThemeCatalog> = {
  domain: 'theme',
  catalogMethod: 'getThemeCatalog',
  readMethod: 'getThemePreferences',
  writeMethod: 'updateThemePreferences',
  parsers: {
    parseCatalog: (value) => conformAdapterResponse<ThemeCatalog>(themeCatalog, value, 'theme palette'),
    parseDocument: (value) => conformAdapterResponse<ThemePreferences>(themePreferences, value, 'theme preferences'),
  },
};

export const themeMethods: readonly AdapterMethod[] = [
  'getThemeCatalog',
  'getThemePreferences',
  'updateThemePreferences',
];
