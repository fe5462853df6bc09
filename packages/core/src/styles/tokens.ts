import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * System tokens: the first tier of custom properties, `--prefs-*`, shared by every
 * widget and usable by host pages. Component properties (the second tier, such as
 * `--notification-prefs-cell-size`) fall back to these.
 *
 * One source of values serves three uses: the fallbacks inside each widget's shadow
 * root (so a widget looks right with no host CSS), `tokens.css` for host pages, and
 * `applyTheme`, which writes a set onto the page.
 */
export type TokenSet = Record<string, string>;

/** Colours differ per scheme; everything else is shared. */
export const lightColors: TokenSet = {
  'color-bg': '#ffffff',
  'color-surface': '#f6f7f9',
  'color-surface-raised': '#ffffff',
  'color-text': '#1b1f24',
  'color-text-muted': '#525a66',
  'color-border': '#c4c9d1',
  'color-border-strong': '#6b7380',
  'color-accent': '#0b5cad',
  'color-on-accent': '#ffffff',
  'color-danger': '#b3261e',
  'color-success': '#1e6b34',
  'color-warning': '#8a5300',
  'color-focus': '#0b5cad',
  'color-skeleton': '#e6e8ec',
};

export const darkColors: TokenSet = {
  'color-bg': '#14171b',
  'color-surface': '#1d2127',
  'color-surface-raised': '#252a31',
  'color-text': '#eef0f3',
  'color-text-muted': '#aab2bd',
  'color-border': '#3d444f',
  'color-border-strong': '#8b94a1',
  'color-accent': '#7db7ff',
  'color-on-accent': '#0b1624',
  'color-danger': '#ffb4ab',
  'color-success': '#8fd7a0',
  'color-warning': '#ffcb7a',
  'color-focus': '#7db7ff',
  'color-skeleton': '#2b3038',
};

/** High contrast: pure ends of the scale and strong borders. */
export const highContrastLightColors: TokenSet = {
  ...lightColors,
  'color-surface': '#ffffff',
  'color-text': '#000000',
  'color-text-muted': '#1b1f24',
  'color-border': '#000000',
  'color-border-strong': '#000000',
  'color-accent': '#003d80',
  'color-focus': '#000000',
};

export const highContrastDarkColors: TokenSet = {
  ...darkColors,
  'color-bg': '#000000',
  'color-surface': '#000000',
  'color-surface-raised': '#000000',
  'color-text': '#ffffff',
  'color-text-muted': '#eef0f3',
  'color-border': '#ffffff',
  'color-border-strong': '#ffffff',
  'color-accent': '#a8d1ff',
  'color-focus': '#ffffff',
};

/** Sizes scale with `--prefs-text-scale` and spacing with `--prefs-density`, both set by `applyTheme`. */
export const sharedTokens: TokenSet = {
  'font-family':
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans JP", sans-serif',
  'font-size-s': 'calc(0.8125rem * var(--prefs-text-scale, 1))',
  'font-size-m': 'calc(0.9375rem * var(--prefs-text-scale, 1))',
  'font-size-l': 'calc(1.125rem * var(--prefs-text-scale, 1))',
  'font-size-xl': 'calc(1.375rem * var(--prefs-text-scale, 1))',
  'font-weight-strong': '600',
  'line-height': '1.5',
  'space-xs': 'calc(0.25rem * var(--prefs-density, 1))',
  'space-s': 'calc(0.5rem * var(--prefs-density, 1))',
  'space-m': 'calc(0.75rem * var(--prefs-density, 1))',
  'space-l': 'calc(1rem * var(--prefs-density, 1))',
  'space-xl': 'calc(1.5rem * var(--prefs-density, 1))',
  'radius-s': '4px',
  'radius-m': '8px',
  'radius-l': '12px',
  'focus-ring-width': '3px',
  'focus-ring-offset': '2px',
  'duration-fast': '120ms',
  'duration-m': '200ms',
  easing: 'cubic-bezier(0.2, 0, 0, 1)',
  'control-size': 'calc(2.75rem * var(--prefs-density, 1))',
};

export function declarations(set: TokenSet): string {
  return Object.entries(set)
    .map(([name, value]) => `--prefs-${name}:${value};`)
    .join('');
}

/** Private aliases inside a shadow root: the host's token if set, else our default. */
function fallbacks(set: TokenSet): string {
  return Object.entries(set)
    .map(([name, value]) => `--pc-${name}:var(--prefs-${name},${value});`)
    .join('');
}

/**
 * Included in every widget's styles. Widgets use `var(--pc-…)`; a host sets `--prefs-…`
 * anywhere above the widget to change it. Without host tokens, a widget follows the
 * operating system's colour scheme, contrast and motion settings on its own.
 *
 * The private `--pc-…` are set on the widget's inner box (`.base`), not on `:host`: a page
 * rule such as `* { --pc-color-text: transparent }` reaches the host element, and the
 * inner box's own values win over what it would inherit from there.
 */
export const tokenStyles: CSSResult = css`
  :host {
    /* Native controls follow the scheme a theme picker chose, else the system. */
    color-scheme: var(--prefs-color-scheme, light dark);
  }
  .base {
    ${unsafeCSS(fallbacks({ ...sharedTokens, ...lightColors }))}
  }
  @media (prefers-color-scheme: dark) {
    .base {
      ${unsafeCSS(fallbacks(darkColors))}
    }
  }
  @media (prefers-contrast: more) {
    .base {
      ${unsafeCSS(fallbacks(highContrastLightColors))}
    }
  }
  @media (prefers-contrast: more) and (prefers-color-scheme: dark) {
    .base {
      ${unsafeCSS(fallbacks(highContrastDarkColors))}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .base {
      --pc-duration-fast: var(--prefs-duration-fast-reduced, 0ms);
      --pc-duration-m: var(--prefs-duration-m-reduced, 0ms);
    }
  }
`;

/** The stylesheet text of `tokens.css`, for host pages: light by default, dark and contrast by data attribute or media. */
export function hostTokensCss(): string {
  const all = declarations({ ...sharedTokens, ...lightColors });
  return [
    `:root{${all}}`,
    `:root[data-prefs-scheme="dark"]{${declarations(darkColors)}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-prefs-scheme="light"]){${declarations(darkColors)}}}`,
    `:root[data-prefs-contrast="more"]{${declarations(highContrastLightColors)}}`,
    `:root[data-prefs-contrast="more"][data-prefs-scheme="dark"]{${declarations(highContrastDarkColors)}}`,
  ].join('\n');
}
