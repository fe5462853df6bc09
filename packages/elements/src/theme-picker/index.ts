export { ThemePicker } from './theme-picker.js';
export type {
  PrefsThemeAppliedDetail,
  ResolvedTheme,
  ThemeCatalog,
  ThemeChoice,
  ThemePlan,
  ThemePreferences,
} from '@prefcenter/core';
