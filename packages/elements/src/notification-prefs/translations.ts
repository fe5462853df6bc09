import type { TranslationLoader } from '@prefcenter/core';

/**
 * The widget's own strings, one chunk per locale, loaded only when that locale is
 * chosen. Registered by the element module (a bare side-effect import could be dropped
 * by bundlers, since the package marks only its define modules as having side effects).
 */
const locales = {
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  de: () => import('./generated/locales/de.js'),
  ar: () => import('./generated/locales/ar.js'),
  ja: () => import('./generated/locales/ja.js'),
};

export const loadNotificationPrefsTranslations: TranslationLoader = (locale) => locales[locale]();
