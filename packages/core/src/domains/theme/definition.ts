import { requiredMethods, type DefinitionOf, type DomainSpec } from '../../controller/domain-resource.js';
import { themeCatalog, themePreferences } from '../../generated/checkers.js';
import { checkAdapterResponse } from '../../validate.js';
import type { ThemeCatalog, ThemePreferences } from './schema.js';

export const themeDomain: DefinitionOf<'theme'> = {
  domain: 'theme',
  catalogMethod: 'getThemeCatalog',
  readMethod: 'getThemePreferences',
  writeMethod: 'updateThemePreferences',
  parsers: {
    parseCatalog: (value) => checkAdapterResponse<ThemeCatalog>(themeCatalog, value, 'theme palette'),
    parseDocument: (value) => checkAdapterResponse<ThemePreferences>(themePreferences, value, 'theme preferences'),
  },
} satisfies DomainSpec<'theme'>;

/** What a theme widget cannot work without. */
export const themeMethods = requiredMethods(themeDomain);
