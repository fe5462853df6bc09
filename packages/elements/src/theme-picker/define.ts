import { define } from '@prefcenter/core';
import { ThemePicker } from './theme-picker.js';

/** Registers `<theme-picker>`, or the same element under a tag name the host chooses. */
export function defineThemePicker(tagName = 'theme-picker'): void {
  define(tagName, ThemePicker);
}

defineThemePicker();

// Repeated from the class module so that importing only this entry (as hosts do) brings the
// tag's type: declaration output keeps no import that types do not use.
declare global {
  interface HTMLElementTagNameMap {
    'theme-picker': ThemePicker;
  }
}
