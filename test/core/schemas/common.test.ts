import { expect } from '@open-wc/testing';
import { changeHistorySchema, themePreferencesSchema } from '@prefcenter/core';
import { rejection } from '../domains/schema-helpers.js';

describe('common schemas', () => {
  it('names a change record field and rejects a non-object root', () => {
    const history = rejection(changeHistorySchema, [{ id: 'c1', at: '2024-05-01T10:00:00Z' }], 'history');
    expect(history.path).to.deep.equal([0, 'summary']);
    expect(history.message).to.contain('[0].summary');
    const root = rejection(themePreferencesSchema, null, 'theme preferences');
    expect(root.path).to.deep.equal([]);
    expect(root.message).to.contain('from the adapter at (root): expected object');
  });
});
