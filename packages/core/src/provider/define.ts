import { define } from '../define.js';
import { PrefsProvider } from './prefs-provider.js';

export function definePrefsProvider(tagName = 'prefs-provider'): void {
  define(tagName, PrefsProvider);
}

definePrefsProvider();
