/** The theme domain's fixed vocabularies, with no zod import (see notifications/values.ts). */
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
