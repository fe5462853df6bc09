import type { ChangeMeta, PreferencesPatch, ReadOptions } from '../../adapter.js';
import type { ThemeCatalog, ThemePreferences } from './schema.js';

/** What an adapter serves for the theme domain. */
export interface ThemeAdapter {
  getThemeCatalog(options: ReadOptions): Promise<ThemeCatalog>;
  getThemePreferences(options: ReadOptions): Promise<ThemePreferences>;
  updateThemePreferences(patch: PreferencesPatch<ThemePreferences>, meta: ChangeMeta): Promise<ThemePreferences>;
}
