import { registerTranslations } from '@prefcenter/core';

/**
 * The strings of the <notification-prefs> features (quiet hours, pause, marketing,
 * category options, history, undo). Each locale is its own chunk, loaded only when that
 * locale is chosen; every feature imports this module, so using any feature registers them.
 */
const locales = {
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  de: () => import('./generated/locales/de.js'),
  ar: () => import('./generated/locales/ar.js'),
  ja: () => import('./generated/locales/ja.js'),
};

registerTranslations('notification-prefs-features', (locale) => locales[locale]());
