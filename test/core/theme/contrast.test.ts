import { expect } from '@open-wc/testing';
import { contrastRatio, ensureContrast, readableOn, relativeLuminance } from '@prefcenter/core';

describe('core theme: contrast math', () => {
  it('computes WCAG relative luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).to.equal(1);
    expect(relativeLuminance('#000')).to.equal(0);
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#ffffff', '#000000')).to.equal(21);
    // Known values: #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#777777', '#fff')).to.be.closeTo(4.48, 0.01);
  });

  it('adjusts a colour just enough to reach the ratio, keeping legible ones', () => {
    expect(ensureContrast('#0B5CAD', '#ffffff')).to.equal('#0b5cad');
    const gold = ensureContrast('#d4a017', '#ffffff');
    expect(contrastRatio(gold, '#ffffff')).to.be.at.least(4.5).and.below(4.7);
    const navyOnBlack = ensureContrast('#0b1a40', '#000000', 7);
    expect(contrastRatio(navyOnBlack, '#000000')).to.be.at.least(7).and.below(7.3);
    expect(relativeLuminance(navyOnBlack)).to.be.greaterThan(relativeLuminance('#0b1a40'));
  });

  it('picks black or white for text on an accent', () => {
    expect(readableOn('#0b5cad')).to.equal('#ffffff');
    expect(readableOn('#f2c94c')).to.equal('#000000');
  });
});
