import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import {
  themeCatalogSchema,
  themePreferencesSchema,
  type ThemeCatalog,
  type ThemePreferences,
} from '../schemas/theme.js';

export const themeDomain: DomainDefinition<ThemePreferences, ThemeCatalog> = {
  domain: 'theme',
  catalog: { method: 'getThemeCatalog', schema: themeCatalogSchema, name: 'theme palette' },
  document: {
    read: 'getThemePreferences',
    write: 'updateThemePreferences',
    schema: themePreferencesSchema,
    name: 'theme preferences',
  },
};

export const themeMethods: readonly AdapterMethod[] = [
  'getThemeCatalog',
  'getThemePreferences',
  'updateThemePreferences',
];
