import { define } from '@prefcenter/core';
import { PrivacyLevels } from './privacy-levels.js';

/** Registers `<privacy-levels>`, or the same element under a tag name the host chooses. */
export function definePrivacyLevels(tagName = 'privacy-levels'): void {
  define(tagName, PrivacyLevels);
}

definePrivacyLevels();

// Repeated from the class module so that importing only this entry (as hosts do) brings the
// tag's type: declaration output keeps no import that types do not use.
declare global {
  interface HTMLElementTagNameMap {
    'privacy-levels': PrivacyLevels;
  }
}
