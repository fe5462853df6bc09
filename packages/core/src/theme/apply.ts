import { defaultThemeChoice } from '../domains/theme/defaults.js';
import type { Swatch, ThemeCatalog, ThemeChoice } from '../domains/theme/schema.js';
import {
  darkColors,
  highContrastDarkColors,
  highContrastLightColors,
  lightColors,
  sharedTokens,
  type TokenSet,
} from '../styles/tokens.js';
import { paintTheme, systemQueries, type ResolvedTheme, type ThemePlan, type ThemeVariant } from './boot.js';
import { contrastRatio, ensureContrast, parseHex, readableOn, toHex } from './contrast.js';

export const variantColors: Record<ThemeVariant, TokenSet> = {
  light: lightColors,
  dark: darkColors,
  'light-more': highContrastLightColors,
  'dark-more': highContrastDarkColors,
};

/** The contrast an accent must reach against the background: WCAG AA for text, AAA in high contrast. */
export function minimumAccentContrast(variant: ThemeVariant): number {
  return variant.endsWith('-more') ? 7 : 4.5;
}

/** How a swatch comes out in one colour variant. */
export interface AccentResolution {
  /** The institution's colour for this scheme (`dark` falls back to `light`). */
  original: string;
  /** The colour used: `original`, or a darker or lighter version when it was not legible enough. */
  color: string;
  /** Text and icons on the accent: black or white, whichever reads better. */
  onColor: string;
  /** Contrast of `original` and of `color` against the variant's background. */
  originalRatio: number;
  ratio: number;
  adjusted: boolean;
}

/**
 * Swatches are never hidden: one that is below the required contrast against the
 * scheme's background (4.5:1, or 7:1 in high contrast) is darkened or lightened just
 * enough, and reported as `adjusted` so the picker can say so.
 */
export function resolveAccent(swatch: Swatch, variant: ThemeVariant): AccentResolution {
  const background = variantColors[variant]['color-bg']!;
  const original = (variant.startsWith('dark') ? swatch.dark : undefined) ?? swatch.light;
  const color = ensureContrast(original, background, minimumAccentContrast(variant));
  const originalRatio = contrastRatio(original, background);
  return {
    original,
    color,
    onColor: readableOn(color),
    originalRatio,
    ratio: contrastRatio(color, background),
    adjusted: color !== toHex(parseHex(original)),
  };
}

/** The swatch a choice uses: its own if the palette has it, else the palette's default, else none (core's accent). */
export function chosenSwatch(choice: Pick<ThemeChoice, 'accent'>, palette?: ThemeCatalog): Swatch | undefined {
  const swatches = palette?.swatches ?? [];
  return (
    swatches.find((s) => s.id === choice.accent) ?? swatches.find((s) => s.id === palette?.defaultAccent) ?? undefined
  );
}

function variantsFor(choice: ThemeChoice): ThemeVariant[] {
  const schemes = choice.scheme === 'system' ? (['light', 'dark'] as const) : [choice.scheme];
  const more = choice.contrast === 'system' ? [false, true] : [choice.contrast === 'more'];
  return schemes.flatMap((scheme) => more.map((m): ThemeVariant => (m ? `${scheme}-more` : scheme)));
}

const durations = ['duration-fast', 'duration-m'] as const;

/** Everything a choice needs painted, for any system setting it follows; JSON, so it is also the cache. */
export function themePlan(choice: ThemeChoice = defaultThemeChoice, palette?: ThemeCatalog): ThemePlan {
  const swatch = chosenSwatch(choice, palette);
  const sets: ThemePlan['sets'] = {
    base: { 'text-scale': String(choice.textScale), density: choice.density === 'compact' ? '0.75' : '1' },
  };
  for (const variant of variantsFor(choice)) {
    const colors = { ...variantColors[variant] };
    if (swatch) {
      const accent = resolveAccent(swatch, variant);
      colors['color-accent'] = accent.color;
      colors['color-on-accent'] = accent.onColor;
      // High contrast keeps its black or white focus ring; otherwise the ring follows the brand.
      if (!variant.endsWith('-more')) colors['color-focus'] = accent.color;
    }
    sets[variant] = colors;
  }
  // Explicit choices override the widgets' own `prefers-reduced-motion` fallback too.
  for (const motion of choice.motion === 'system' ? (['full', 'reduce'] as const) : [choice.motion]) {
    const set: Record<string, string> = {};
    for (const name of durations) {
      const value = motion === 'reduce' ? '0ms' : sharedTokens[name]!;
      set[name] = value;
      set[`${name}-reduced`] = value;
    }
    sets[motion] = set;
  }
  return {
    v: 1,
    scheme: choice.scheme,
    contrast: choice.contrast,
    motion: choice.motion,
    density: choice.density,
    textScale: choice.textScale,
    accent: swatch?.id,
    sets,
  };
}

/**
 * Applies a theme choice to `target` (the page's root element unless another is named):
 * the `--prefs-*` tokens every widget reads, `color-scheme`, and the data attributes
 * `data-prefs-scheme`, `-contrast`, `-motion` and `-density` for the host's own CSS.
 * "Follow the system" is resolved now; `watchSystemTheme` says when to apply again.
 */
export function applyTheme(
  choice: ThemeChoice = defaultThemeChoice,
  target: HTMLElement = document.documentElement,
  palette?: ThemeCatalog,
): ResolvedTheme {
  return paintTheme(themePlan(choice, palette), target);
}

/** Takes a theme off an element: every `--prefs-*` property, `color-scheme` and the `data-prefs-*` attributes. */
export function clearTheme(target: HTMLElement): void {
  for (const name of [...target.style]) if (name.startsWith('--prefs-')) target.style.removeProperty(name);
  target.style.removeProperty('color-scheme');
  for (const name of ['prefsScheme', 'prefsContrast', 'prefsMotion', 'prefsDensity']) delete target.dataset[name];
}

/** Calls `listener` whenever a system setting a theme can follow changes. Returns the unsubscribe. */
export function watchSystemTheme(listener: () => void): () => void {
  const lists = Object.values(systemQueries).flatMap((q) => globalThis.matchMedia?.(q) ?? []);
  for (const list of lists) list.addEventListener('change', listener);
  return () => {
    for (const list of lists) list.removeEventListener('change', listener);
  };
}

/** Whether a choice follows any system setting, so it must be applied again when one changes. */
export function followsSystem(choice: ThemeChoice): boolean {
  return choice.scheme === 'system' || choice.contrast === 'system' || choice.motion === 'system';
}
