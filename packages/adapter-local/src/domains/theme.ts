import { themeCatalogSchema, themePreferencesSchema, type ThemeCatalog, type ThemePreferences } from '@prefcenter/core';
import type { Issues } from '../rules.js';
import type { Slot } from '../slot.js';
import type { LocalDomain } from './domain.js';

/** The theme domain: the customer's choice, and the palette it picks an accent from. */

export const catalogSlot: Slot<ThemeCatalog> = {
  location: ['theme', 'catalog'],
  schema: themeCatalogSchema,
  what: 'theme palette',
};

export const theme: LocalDomain<'theme'> = {
  document: { location: ['theme', 'preferences'], schema: themePreferencesSchema, what: 'theme preferences' },
  rules({ before, after, issues, read }) {
    checkTheme(before, after, read(catalogSlot), issues);
  },
  methods: ({ read, write, patched }) => ({
    getThemeCatalog: (options) => read('getThemeCatalog', options, catalogSlot),
    getThemePreferences: (options) => read('getThemePreferences', options, theme.document),
    updateThemePreferences: (patch, meta) => write('updateThemePreferences', 'theme', meta, patched('theme', patch)),
  }),
};

export function checkTheme(before: ThemePreferences, after: ThemePreferences, catalog: ThemeCatalog, issues: Issues) {
  if (after.accent !== undefined && after.accent !== before.accent) {
    if (!catalog.swatches.some((swatch) => swatch.id === after.accent)) {
      issues.add(['accent'], `there is no colour "${after.accent}" in the palette.`);
    }
  }
}
