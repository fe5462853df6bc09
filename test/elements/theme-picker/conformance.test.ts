import { themeDomain, type ThemePreferences } from '@prefcenter/core';
import '../../../packages/elements/src/theme-picker/define.js';
import type { ThemePicker } from '../../../packages/elements/src/theme-picker/index.js';
import { widgetConformance } from '../../shared/widget-conformance.js';
import { initialDoc, palette, radio } from './helpers.js';

const picker = (el: HTMLElement) => el as ThemePicker;

widgetConformance({
  tag: 'theme-picker',
  definition: themeDomain,
  catalog: () => structuredClone(palette),
  document: () => initialDoc(),
  change: async (el) => radio(picker(el), 'scheme', 'dark').click(),
  changed: (el) => radio(picker(el), 'scheme', 'dark').checked,
  stored: (doc: ThemePreferences) => doc.scheme === 'dark',
  elsewhere: { scheme: 'system' },
  catalogWithText: (text) => {
    const catalog = structuredClone(palette);
    catalog.swatches[0]!.name = text;
    return catalog;
  },
  // A malformed palette falls back to the default one, by design; a malformed document cannot.
  malformed: () => ({ document: { ...initialDoc(), scheme: 'purple' }, path: 'scheme' }),
  // Painted on its own wrapper, and remembered nowhere, so tests share nothing.
  prepare: (el) => {
    picker(el).storageKey = '';
    picker(el).target = el.parentElement!;
  },
});
