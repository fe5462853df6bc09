/** The locales every widget ships. English is the source; the rest are XLIFF targets. */
export const sourceLocale = 'en';
export const targetLocales = ['es', 'fr', 'de', 'ar', 'ja'] as const;
export const allLocales = [sourceLocale, ...targetLocales] as const;
export type TargetLocale = (typeof targetLocales)[number];
export type PrefsLocale = (typeof allLocales)[number];

const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/** `rtl` for right-to-left languages, judged by the language part of the tag. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
