import { registerTranslations } from '@prefcenter/core';

/**
 * The strings of <theme-picker>. Each locale is its own chunk, loaded only when that
 * locale is chosen.
 */
const locales = {
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  de: () => import('./generated/locales/de.js'),
  ar: () => import('./generated/locales/ar.js'),
  ja: () => import('./generated/locales/ja.js'),
};

registerTranslations('theme-picker', (locale) => locales[locale]());
