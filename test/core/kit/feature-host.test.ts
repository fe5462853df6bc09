import { expect } from '@open-wc/testing';
import { featureId, overridable } from '@prefcenter/core/kit/feature-host';

describe('kit: feature host helpers', () => {
  const strings = new Map([['title', 'Seuil pour {category}']]);
  const t = (key: string, fallback: string) => strings.get(key) ?? fallback;

  it("fills an override's placeholders, and leaves the translated default alone", () => {
    expect(overridable(t, 'title', 'Threshold for {x}', { category: 'Low balance' })).to.equal(
      'Seuil pour Low balance',
    );
    // No override: braces in a default (or in adapter text inside it) are not placeholders.
    expect(overridable(t, 'other', 'Alerts for {category}', { category: 'x' })).to.equal('Alerts for {category}');
  });

  it('makes DOM ids from any catalog id', () => {
    expect(featureId('pc-x', 'low-balance_2')).to.equal('pc-x-low-balance_2');
    const odd = featureId('pc-x', 'a b"c__proto__');
    expect(odd).to.match(/^pc-x-[A-Za-z0-9_-]+$/);
    expect(odd).to.not.equal(featureId('pc-x', 'a_b"c__proto__'));
  });
});
