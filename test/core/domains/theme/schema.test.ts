import { expect } from '@open-wc/testing';
import { parseAdapterResponse, themeCatalogSchema, themePreferencesSchema } from '@prefcenter/core';
import { rejection, versioned } from '../schema-helpers.js';

const themeCatalog = { swatches: [{ id: 'blue', name: 'Harbour blue', light: '#1155cc', dark: '#8ab4f8' }] };
const themePrefs = {
  ...versioned,
  scheme: 'dark',
  accent: 'blue',
  textScale: 1.25,
  contrast: 'more',
  motion: 'reduce',
  density: 'compact',
};

describe('theme schemas', () => {
  it('accepts a valid catalog and document', () => {
    expect(parseAdapterResponse(themeCatalogSchema, themeCatalog, 'theme palette').swatches).to.have.length(1);
    expect(parseAdapterResponse(themePreferencesSchema, themePrefs, 'theme preferences').scheme).to.equal('dark');
  });

  it('names an unknown scheme, a text scale out of range, a bad colour and an empty palette', () => {
    const scheme = rejection(themePreferencesSchema, { ...themePrefs, scheme: 'sepia' }, 'theme preferences');
    expect(scheme.path).to.deep.equal(['scheme']);
    expect(scheme.message).to.equal(
      'Malformed theme preferences from the adapter at scheme: expected one of "light", "dark", "system".',
    );
    const scale = rejection(themePreferencesSchema, { ...themePrefs, textScale: 3 });
    expect(scale.path).to.deep.equal(['textScale']);
    expect(scale.message).to.contain('must be at most 1.5');
    const colour = rejection(themeCatalogSchema, { swatches: [{ id: 'x', name: 'X', light: 'blue' }] });
    expect(colour.path).to.deep.equal(['swatches', 0, 'light']);
    expect(rejection(themeCatalogSchema, { swatches: [] }).path).to.deep.equal(['swatches']);
  });
});
