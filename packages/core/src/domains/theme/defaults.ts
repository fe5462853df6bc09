import type { ThemeChoice } from './schema.js';

/** What the page looks like before the customer chooses anything: it follows the system. */
export const defaultThemeChoice: ThemeChoice = {
  scheme: 'system',
  textScale: 1,
  contrast: 'system',
  motion: 'system',
  density: 'comfortable',
};
