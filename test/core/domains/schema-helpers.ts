// What the schema tests share: a rejection, named, and the bookkeeping every document carries.
import { expect } from '@open-wc/testing';
import { AdapterError, parseAdapterResponse } from '@prefcenter/core';

/** The error `parseAdapterResponse` throws for `value`; fails the test when it does not throw. */
export function rejection(
  schema: Parameters<typeof parseAdapterResponse>[0],
  value: unknown,
  what = 'document',
): AdapterError {
  try {
    parseAdapterResponse(schema, value, what);
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('expected the payload to be rejected');
}

export const versioned = { version: 3, updatedAt: '2024-05-01T10:00:00+02:00' };
