import { expect } from '@open-wc/testing';
import { AdapterError, newIdempotencyKey, type AdapterErrorKind, type ChangeMeta } from '@prefcenter/core';

export const read = () => ({ signal: new AbortController().signal });

export function meta(version: number, idempotencyKey = newIdempotencyKey()): ChangeMeta {
  return { version, idempotencyKey, signal: new AbortController().signal };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to reject, but it resolved.');
}

export async function adapterError(promise: Promise<unknown>, kind: AdapterErrorKind): Promise<AdapterError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(AdapterError);
  expect((error as AdapterError).kind, (error as Error).message).to.equal(kind);
  return error as AdapterError;
}

/** A localStorage key no other test uses; remove it in afterEach. */
export function uniqueKey(): string {
  return `prefcenter-test-${newIdempotencyKey()}`;
}

/** Runs `body` with console.warn captured. */
export async function captureWarnings(body: () => unknown): Promise<unknown[][]> {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** A fixed clock that tests can move forward. */
export function clock(start = '2026-05-01T12:00:00.000Z') {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance: (ms: number) => void (time += ms),
  };
}
