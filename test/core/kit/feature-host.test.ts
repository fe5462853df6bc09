import { expect } from '@open-wc/testing';
import { featureId } from '@prefcenter/core/kit/feature-host';

describe('kit: feature host helpers', () => {
  it('makes DOM ids from any catalog id', () => {
    expect(featureId('pc-x', 'low-balance_2')).to.equal('pc-x-low-balance_2');
    const odd = featureId('pc-x', 'a b"c__proto__');
    expect(odd).to.match(/^pc-x-[A-Za-z0-9_-]+$/);
    expect(odd).to.not.equal(featureId('pc-x', 'a_b"c__proto__'));
  });
});
