import { registerTranslations } from './localization.js';

/**
 * Core's own strings (errors, Retry, Save…). Each locale is a separate chunk, loaded
 * only when that locale is chosen. The pattern every widget copies for its own strings.
 */
const locales = {
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  de: () => import('../generated/locales/de.js'),
  ar: () => import('../generated/locales/ar.js'),
  ja: () => import('../generated/locales/ja.js'),
};

registerTranslations('core', (locale) => locales[locale]());
