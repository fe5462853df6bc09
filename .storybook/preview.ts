import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { localeDirection, setupLocalization, type PrefsLocale } from '@prefcenter/core';
import '@prefcenter/core/tokens.css';
// Written by `npm run analyze`, which the storybook scripts run first.
import coreManifest from '../packages/core/custom-elements.json';
import elementsManifest from '../packages/elements/custom-elements.json';

// One manifest for the docs tables: the widgets and <prefs-provider>.
setCustomElementsManifest({
  ...elementsManifest,
  modules: [...coreManifest.modules, ...elementsManifest.modules],
});

// Every widget registers its own translations when its module loads; load them all
// before the first locale switch so a later story never misses its strings.
const widgetsReady = import('@prefcenter/elements/define-all').catch((error: unknown) => {
  console.error('[storybook] The widgets could not be loaded:', error);
});

let localization: ReturnType<typeof setupLocalization> | undefined;

type Theme = 'light' | 'dark' | 'light-more' | 'dark-more';

/** The theme toolbar sets core's data attributes on the preview root, as a host page would. */
function applyThemeGlobals(theme: Theme): void {
  const root = document.documentElement;
  const dark = theme.startsWith('dark');
  root.dataset.prefsScheme = dark ? 'dark' : 'light';
  if (theme.endsWith('-more')) root.dataset.prefsContrast = 'more';
  else delete root.dataset.prefsContrast;
  root.style.colorScheme = dark ? 'dark' : 'light';
}

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    backgrounds: { disable: true },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (RTL)' },
          { value: 'ja', title: '日本語' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Core tokens: colour scheme and contrast',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'light-more', title: 'High contrast (light)' },
          { value: 'dark-more', title: 'High contrast (dark)' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (auto follows the locale)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction from locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'auto' },
  loaders: [
    // Switch locale before the story renders, so it renders once, in the right language.
    async ({ globals }) => {
      await widgetsReady;
      localization ??= setupLocalization({ initialLocale: 'en' });
      const locale = (globals.locale as PrefsLocale | undefined) ?? 'en';
      await localization.setLocale(locale);
      return {};
    },
  ],
  decorators: [
    (story, { globals }) => {
      const locale = (globals.locale as string | undefined) ?? 'en';
      const direction = (globals.direction as string | undefined) ?? 'auto';
      const root = document.documentElement;
      root.lang = locale;
      root.dir = direction === 'auto' ? localeDirection(locale) : direction;
      applyThemeGlobals((globals.theme as Theme | undefined) ?? 'light');
      return story();
    },
  ],
};

export default preview;
