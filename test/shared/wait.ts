import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * How long a condition may take before the test fails. It is a ceiling for a hang, not a
 * speed check: CI machines have two shared cores and run three browsers at once, and
 * open-wc's default of one second fails there while nothing is wrong. Speed is measured
 * by `npm run bench`, never by a test.
 */
export const conditionCeiling = 30_000;

/** Resolves once `predicate` holds, polling; fails with `message` after `conditionCeiling`. */
export function waitUntil(predicate: () => unknown, message?: string): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: conditionCeiling, interval: 20 });
}
