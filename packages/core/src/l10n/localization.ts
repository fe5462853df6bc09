import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales, type PrefsLocale, type TargetLocale } from './locales.js';

/**
 * Runtime localization, set up once by the host, never on import: lit-localize keeps
 * its configuration in module state and throws when configured twice, and a host that
 * already uses it must stay in charge.
 *
 * Each package and widget keeps its own translations (its own XLIFF and generated
 * modules) and registers a loader here when its module is evaluated, so a page pays
 * only for the strings of the widgets it uses.
 */
export type LocaleTemplates = LocaleModule['templates'];
export type TranslationLoader = (locale: TargetLocale) => Promise<{ templates: LocaleTemplates }>;

const loaders = new Map<string, TranslationLoader>();
let setLitLocale: ((locale: string) => Promise<void>) | undefined;

/** Called by each package or widget with its generated locale modules. */
export function registerTranslations(name: string, loader: TranslationLoader): void {
  loaders.set(name, loader);
}

/**
 * Every registered package's templates for one locale, merged. A host that already
 * configured `@lit/localize` calls this from its own `loadLocale` and merges the result
 * with its own templates.
 */
export async function loadPrefcenterTemplates(locale: TargetLocale): Promise<LocaleTemplates> {
  const modules = await Promise.all([...loaders.values()].map((load) => load(locale)));
  return Object.assign({}, ...modules.map((m) => m.templates)) as LocaleTemplates;
}

export interface LocalizationOptions {
  /** The locale to start in; defaults to the best match for the page's `lang`, then English. */
  initialLocale?: string;
}

/**
 * Configures `@lit/localize` for @prefcenter. Call it once, before or after the
 * widgets are defined; calling it again returns the same controls.
 */
export function setupLocalization(options: LocalizationOptions = {}): {
  setLocale: (locale: string) => Promise<void>;
  getLocale: () => string;
} {
  trackLocale();
  const firstCall = !setLitLocale;
  if (!setLitLocale) {
    let controls: ReturnType<typeof configureLocalization>;
    try {
      controls = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => loadPrefcenterTemplates(locale as TargetLocale).then((templates) => ({ templates })),
      });
    } catch (error) {
      throw new Error(
        '[prefcenter] @lit/localize is already configured on this page. Instead of setupLocalization(), merge ' +
          'loadPrefcenterTemplates(locale) into your own loadLocale and switch locales with your own setLocale.',
        { cause: error },
      );
    }
    setLitLocale = controls.setLocale;
  }
  // A repeated call only switches when asked to, so it never undoes the customer's choice.
  const requested = firstCall
    ? (options.initialLocale ?? globalThis.document?.documentElement.lang ?? sourceLocale)
    : options.initialLocale;
  if (requested !== undefined) {
    const initial = matchLocale(requested);
    if (initial !== activeLocale) void setLitLocale(initial);
  }
  return { setLocale, getLocale };
}

/** Switches every widget to `locale` (a tag such as `fr-CA` falls back to `fr`). */
export async function setLocale(locale: string): Promise<void> {
  if (!setLitLocale) {
    throw new Error('[prefcenter] Call setupLocalization() once before setLocale().');
  }
  await setLitLocale(matchLocale(locale));
}

let activeLocale: string = sourceLocale;
let tracking = false;

/**
 * Follows lit-localize's own status event rather than our setup's return value, so the
 * active locale is right even when the host configured lit-localize itself.
 */
export function trackLocale(): void {
  if (tracking || typeof window === 'undefined') return;
  tracking = true;
  window.addEventListener('lit-localize-status', (event) => {
    if (event.detail.status === 'ready') activeLocale = event.detail.readyLocale;
  });
}

// Listen from the start, so that a locale the host sets before any widget exists is known.
trackLocale();

/** The locale the widgets currently render in. */
export function getLocale(): string {
  trackLocale();
  return activeLocale;
}

/** The supported locale closest to a BCP 47 tag, or English. */
export function matchLocale(tag: string): PrefsLocale {
  const lower = tag.toLowerCase();
  return allLocales.find((l) => l === lower) ?? allLocales.find((l) => l === lower.split('-')[0]) ?? sourceLocale;
}
