import { expect } from '@open-wc/testing';
import { AdapterError, parseInput, paymentTokenSchema } from '@prefcenter/core';

describe('parseInput', () => {
  it('returns a valid value and turns a bad one into a validation error with every field', () => {
    expect(parseInput(paymentTokenSchema, { token: 'tok_1' }, 'payment token').token).to.equal('tok_1');
    try {
      parseInput(paymentTokenSchema, { token: '', nickname: 5 }, 'payment token');
      expect.fail('expected a validation error');
    } catch (error) {
      const e = error as AdapterError;
      expect(e.kind).to.equal('validation');
      expect(e.path).to.deep.equal(['token']);
      expect(e.message).to.equal('Invalid payment token at token: must be at least 1.');
      expect(e.fields).to.deep.equal({ token: 'must be at least 1', nickname: 'expected string' });
    }
  });
});
