/**
 * The part of theming that must run before first paint, with no imports: a host can
 * bundle this module into a blocking classic script, or inline `themeBootScript()` in
 * `<head>`. It paints a `ThemePlan` (everything `applyTheme` computed, as JSON) onto an
 * element, resolving the "follow the system" choices with media queries.
 */
import type { ColorScheme, ContrastMode, Density, MotionMode } from '../domains/theme/values.js';

/** The colour variants a plan may carry. */
export type ThemeVariant = 'light' | 'dark' | 'light-more' | 'dark-more';

/**
 * A theme ready to paint, and the shape of the local cache. Token sets are keyed by
 * name without the `--prefs-` prefix: `base` always applies, then the colour variant
 * for the resolved scheme and contrast, then `full` or `reduce` for motion. Only the
 * variants the choice can reach are included.
 */
export interface ThemePlan {
  v: 1;
  scheme: ColorScheme;
  contrast: ContrastMode;
  motion: MotionMode;
  density: Density;
  textScale: number;
  /** The swatch id in use, if any. */
  accent?: string | undefined;
  sets: { base: Record<string, string> } & Partial<Record<ThemeVariant | 'full' | 'reduce', Record<string, string>>>;
}

/** What "follow the system" came to, and what was painted. */
export interface ResolvedTheme {
  scheme: 'light' | 'dark';
  contrast: 'standard' | 'more';
  motion: 'full' | 'reduce';
  density: Density;
  textScale: number;
  accent: string | undefined;
  /** The accent colour painted, after any contrast adjustment. */
  accentColor: string | undefined;
}

/** The `localStorage` key of the theme cache, unless the host names another. */
export const defaultThemeCacheKey = 'prefcenter-theme';

/** The media queries behind each "follow the system" choice; `forced-colors` counts as more contrast. */
export const systemQueries = {
  dark: '(prefers-color-scheme: dark)',
  contrast: '(prefers-contrast: more)',
  forced: '(forced-colors: active)',
  reduce: '(prefers-reduced-motion: reduce)',
} as const;

export type MediaMatcher = (query: string) => boolean;

const systemMatches: MediaMatcher = (query) => globalThis.matchMedia?.(query).matches ?? false;

/** What a plan comes to under the current system settings: the resolved choices and every token to write. */
export function resolveTheme(
  plan: ThemePlan,
  matches: MediaMatcher = systemMatches,
): { resolved: ResolvedTheme; tokens: Record<string, string> } {
  const scheme = plan.scheme === 'system' ? (matches(systemQueries.dark) ? 'dark' : 'light') : plan.scheme;
  const contrast =
    plan.contrast === 'system'
      ? matches(systemQueries.contrast) || matches(systemQueries.forced)
        ? 'more'
        : 'standard'
      : plan.contrast;
  const motion = plan.motion === 'system' ? (matches(systemQueries.reduce) ? 'reduce' : 'full') : plan.motion;
  const colors = plan.sets[contrast === 'more' ? (`${scheme}-more` as const) : scheme];
  return {
    resolved: {
      scheme,
      contrast,
      motion,
      density: plan.density,
      textScale: plan.textScale,
      accent: plan.accent,
      accentColor: colors?.['color-accent'],
    },
    tokens: { ...plan.sets.base, ...colors, ...plan.sets[motion], 'color-scheme': scheme },
  };
}

/** Resolves the plan's "system" choices and writes its tokens, `color-scheme` and data attributes onto `target`. */
export function paintTheme(plan: ThemePlan, target: HTMLElement, matches: MediaMatcher = systemMatches): ResolvedTheme {
  const { resolved, tokens } = resolveTheme(plan, matches);
  for (const [name, value] of Object.entries(tokens)) target.style.setProperty(`--prefs-${name}`, value);
  target.style.colorScheme = resolved.scheme;
  target.dataset['prefsScheme'] = resolved.scheme;
  target.dataset['prefsContrast'] = resolved.contrast;
  target.dataset['prefsMotion'] = resolved.motion;
  target.dataset['prefsDensity'] = plan.density;
  return resolved;
}

/** The cached plan, or `undefined` when there is none, storage is blocked, or it is not ours. */
export function readThemeCache(key = defaultThemeCacheKey): ThemePlan | undefined {
  try {
    const plan = JSON.parse(globalThis.localStorage?.getItem(key) ?? 'null') as ThemePlan | null;
    return plan?.v === 1 && plan.sets ? plan : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers a plan for the next page load. Storage can be full or blocked; the theme still applies this time. */
export function writeThemeCache(plan: ThemePlan, key = defaultThemeCacheKey): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(plan));
  } catch {
    // Private browsing or a full quota: nothing to remember, nothing to break.
  }
}

/** The element a boot paints: the root, or the first match of `target` once the parser has made it. */
function bootTarget(target: string | undefined): HTMLElement | null {
  if (!target) return document.documentElement;
  try {
    return document.querySelector<HTMLElement>(target);
  } catch {
    return null; // not a valid selector: nothing to paint
  }
}

/**
 * For a host that bundles its own blocking `<head>` script: paints the cached theme onto
 * the root element (or the element `target` selects, as soon as the parser makes it) at
 * once, and again whenever a system setting it follows changes.
 *
 * @param target a CSS selector, when the picker's `target` is not the root element.
 */
export function bootTheme(key = defaultThemeCacheKey, target?: string): ResolvedTheme | undefined {
  const paint = () => {
    const plan = readThemeCache(key);
    const element = bootTarget(target);
    return plan && element ? paintTheme(plan, element) : undefined;
  };
  for (const query of Object.values(systemQueries)) globalThis.matchMedia?.(query).addEventListener?.('change', paint);
  const painted = paint();
  if (target && !bootTarget(target)) whenParsed(target, paint);
  return painted;
}

/**
 * Calls `paint` once the parser has made the element `target` selects: a mutation
 * observer's callback runs before the browser renders what was parsed, so the element's
 * first paint is already themed. It stops at the page's `load`, after which the picker
 * paints its target itself.
 */
function whenParsed(target: string, paint: () => unknown): void {
  // Called after the page loaded, there is no parsing left to wait for.
  if (typeof MutationObserver === 'undefined' || document.readyState === 'complete') return;
  const observer = new MutationObserver(() => {
    if (!bootTarget(target)) return;
    observer.disconnect();
    paint();
  });
  observer.observe(document, { childList: true, subtree: true });
  globalThis.addEventListener?.('load', () => observer.disconnect(), { once: true });
}

/*
 * The same as `bootTheme`, hand-written in ES5 so that it runs as an inline classic script
 * in any browser and its text (and so a CSP hash of it) is stable across builds. A test
 * paints every variant both ways and compares.
 */
const bootSource =
  "(function(k,t){var w=window,d=document;function m(q){return!!(w.matchMedia&&w.matchMedia(q).matches)}function g(){if(!t)return d.documentElement;try{return d.querySelector(t)}catch(x){return null}}function p(){var s,e=g();if(!e)return;try{s=JSON.parse(w.localStorage.getItem(k)||'null')}catch(x){return}if(!s||s.v!==1||!s.sets)return;var h=s.scheme=='system'?m('(prefers-color-scheme: dark)')?'dark':'light':s.scheme,c=s.contrast=='system'?m('(prefers-contrast: more)')||m('(forced-colors: active)')?'more':'standard':s.contrast,o=s.motion=='system'?m('(prefers-reduced-motion: reduce)')?'reduce':'full':s.motion,l=[s.sets.base,s.sets[c=='more'?h+'-more':h],s.sets[o],{'color-scheme':h}],i,n;for(i=0;i<l.length;i++)for(n in l[i]||{})e.style.setProperty('--prefs-'+n,l[i][n]);e.style.colorScheme=h;e.setAttribute('data-prefs-scheme',h);e.setAttribute('data-prefs-contrast',c);e.setAttribute('data-prefs-motion',o);e.setAttribute('data-prefs-density',s.density)}p();if(w.matchMedia)['(prefers-color-scheme: dark)','(prefers-contrast: more)','(forced-colors: active)','(prefers-reduced-motion: reduce)'].forEach(function(q){var l=w.matchMedia(q);l.addEventListener?l.addEventListener('change',p):l.addListener(p)});if(t&&!g()&&w.MutationObserver){var b=new MutationObserver(function(){if(g()){b.disconnect();p()}});b.observe(d,{childList:true,subtree:true});w.addEventListener('load',function(){b.disconnect()})}})";

/**
 * The text of a classic script for the host's `<head>`, placed before any stylesheet
 * that uses the tokens: it applies the customer's last theme before first paint, and
 * follows the system settings the customer chose to follow. With a Content Security
 * Policy, add a nonce to the `<script>` or allow this text's hash.
 *
 * @param key the `localStorage` key; must match the picker's `storage-key`.
 * @param target a CSS selector, when the picker's `target` is not the root element: that
 *   element is painted as soon as the parser makes it, before it is first rendered.
 */
export function createThemeBootScript(key = defaultThemeCacheKey, target?: string): string {
  const literal = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `${bootSource}(${literal(key)}${target ? `,${literal(target)}` : ''});`;
}

/** The boot script for the default cache key: `<script>${themeBootScript}</script>` in `<head>`. */
export const themeBootScript: string = /* @__PURE__ */ createThemeBootScript();
