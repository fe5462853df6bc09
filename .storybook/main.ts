import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { litOxcOptions, sourceConditions } from '../vite.config.js';

/**
 * Storybook for designers and host developers: every widget, state, theme and locale.
 * It runs offline: no telemetry, no crash reports, no "what's new" or version checks
 * (the npm scripts also pass --disable-telemetry), and no fonts or images from the network.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  // Workspace packages from their TypeScript sources, with Lit's legacy decorators.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { conditions: sourceConditions },
      oxc: litOxcOptions,
      build: { chunkSizeWarningLimit: 2000 },
    }),
};

export default config;
