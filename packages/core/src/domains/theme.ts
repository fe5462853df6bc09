import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import type { ThemeCatalog, ThemePreferences } from '../schemas/theme.js';

export const themeDomain: DomainDefinition<ThemePreferences, ThemeCatalog> = {
  domain: 'theme',
  catalogMethod: 'getThemeCatalog',
  readMethod: 'getThemePreferences',
  writeMethod: 'updateThemePreferences',
  parsers: () => import('./theme.parsers.js'),
};

export const themeMethods: readonly AdapterMethod[] = [
  'getThemeCatalog',
  'getThemePreferences',
  'updateThemePreferences',
];
