import * as z from 'zod/mini';
import { colorSchemes, contrastModes, densities, motionModes } from './values.js';
import { hexColor, id, text, uniqueBy, versionFields } from '../../schemas/common.js';

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
  // The customer's choice names a swatch by id: a repeated one would make two swatches one choice.
  swatches: uniqueBy(z.array(swatchSchema).check(z.minLength(1)), 'id'),
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
