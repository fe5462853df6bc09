import * as z from 'zod/mini';
import { hexColor, id, text, versionFields } from './common.js';

export const colorSchemes = ['light', 'dark', 'system'] as const;
export const contrastModes = ['standard', 'more', 'system'] as const;
export const motionModes = ['full', 'reduce', 'system'] as const;
export const densities = ['comfortable', 'compact'] as const;
/** Text size steps, as a fraction of the host's base size. */
export const textScales = [0.875, 1, 1.125, 1.25, 1.375, 1.5] as const;

export type ColorScheme = (typeof colorSchemes)[number];
export type ContrastMode = (typeof contrastModes)[number];
export type MotionMode = (typeof motionModes)[number];
export type Density = (typeof densities)[number];

export const swatchSchema = z.object({
  id,
  /** The institution's name for it, e.g. "Harbour blue". */
  name: text,
  /** The accent on light backgrounds. */
  light: hexColor,
  /** The accent on dark backgrounds; derived from `light` when absent. */
  dark: z.optional(hexColor),
});

export const themeCatalogSchema = z.object({
  swatches: z.array(swatchSchema).check(z.minLength(1)),
  defaultAccent: z.optional(id),
});

export const themePreferencesSchema = z.object({
  ...versionFields,
  scheme: z.enum(colorSchemes),
  accent: z.optional(id),
  textScale: z.number().check(z.minimum(0.875), z.maximum(1.5)),
  contrast: z.enum(contrastModes),
  motion: z.enum(motionModes),
  density: z.enum(densities),
});

export type Swatch = z.infer<typeof swatchSchema>;
export type ThemeCatalog = z.infer<typeof themeCatalogSchema>;
export type ThemePreferences = z.infer<typeof themePreferencesSchema>;
/** The customer's choice without the bookkeeping: what `applyTheme` needs. */
export type ThemeChoice = Omit<ThemePreferences, 'version' | 'updatedAt'>;

export const defaultThemeChoice: ThemeChoice = {
  scheme: 'system',
  textScale: 1,
  contrast: 'system',
  motion: 'system',
  density: 'comfortable',
};
