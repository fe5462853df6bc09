import { define } from '@prefcenter/core';
import { ThemePicker } from './theme-picker.js';

/** Registers `<theme-picker>`, or the same element under a tag name the host chooses. */
export function defineThemePicker(tagName = 'theme-picker'): void {
  define(tagName, ThemePicker);
}

defineThemePicker();
