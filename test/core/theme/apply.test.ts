import { expect } from '@open-wc/testing';
import {
  applyTheme,
  chosenSwatch,
  clearTheme,
  contrastRatio,
  lightColors,
  resolveAccent,
  themePlan,
  variantColors,
} from '@prefcenter/core';
import { palette } from './fixtures.js';

describe('core theme: plans and applyTheme', () => {
  it('reports which swatches were adjusted in which scheme', () => {
    const gold = palette.swatches[1]!;
    expect(resolveAccent(gold, 'light').adjusted).to.equal(true);
    expect(resolveAccent(gold, 'light').originalRatio).to.be.below(4.5);
    expect(resolveAccent(gold, 'dark').adjusted, 'no dark colour: the light one is legible on dark').to.equal(false);
    expect(resolveAccent(gold, 'dark').color).to.equal('#d4a017');
    for (const variant of ['light', 'dark', 'light-more', 'dark-more'] as const) {
      for (const swatch of palette.swatches) {
        const bg = variantColors[variant]['color-bg']!;
        const min = variant.endsWith('-more') ? 7 : 4.5;
        expect(contrastRatio(resolveAccent(swatch, variant).color, bg), `${swatch.id} ${variant}`).to.be.at.least(min);
      }
    }
  });

  it('falls back to the palette default, then to core, for an unknown accent', () => {
    expect(chosenSwatch({ accent: 'nope' }, palette)?.id).to.equal('harbour');
    expect(chosenSwatch({ accent: 'nope' }, { swatches: palette.swatches })).to.equal(undefined);
    const plan = themePlan({ scheme: 'light', contrast: 'standard', motion: 'full', density: 'compact', textScale: 1 });
    expect(plan.sets.light!['color-accent']).to.equal(lightColors['color-accent']);
  });

  it('includes only the variants a choice can reach', () => {
    const fixed = themePlan({ scheme: 'dark', contrast: 'more', motion: 'reduce', density: 'compact', textScale: 1.5 });
    expect(Object.keys(fixed.sets)).to.have.members(['base', 'dark-more', 'reduce']);
    const system = themePlan({
      scheme: 'system',
      contrast: 'system',
      motion: 'system',
      density: 'comfortable',
      textScale: 1,
    });
    expect(Object.keys(system.sets)).to.have.members([
      'base',
      'light',
      'dark',
      'light-more',
      'dark-more',
      'full',
      'reduce',
    ]);
  });

  it('applyTheme writes onto the page root by default, and clearTheme takes it off', () => {
    const root = document.documentElement;
    try {
      const resolved = applyTheme(
        {
          scheme: 'dark',
          contrast: 'standard',
          motion: 'reduce',
          density: 'compact',
          textScale: 1.25,
          accent: 'forest',
        },
        undefined,
        palette,
      );
      expect(resolved).to.include({ scheme: 'dark', contrast: 'standard', motion: 'reduce', accentColor: '#8fd7a0' });
      expect(root.dataset['prefsScheme']).to.equal('dark');
      expect(root.style.getPropertyValue('--prefs-text-scale')).to.equal('1.25');
      expect(getComputedStyle(root).getPropertyValue('--prefs-color-accent').trim()).to.equal('#8fd7a0');
    } finally {
      clearTheme(root);
    }
    expect(root.dataset['prefsScheme']).to.equal(undefined);
    expect(root.style.getPropertyValue('--prefs-color-accent')).to.equal('');
  });
});
