import { AdapterError, formatPath } from '@prefcenter/core';

/**
 * What the domains' rules (domains/<domain>.ts) share. Like a real backend they check
 * beyond the shape of a document: ids that exist in the catalog, locked categories and
 * purposes, channels that are not ready yet, and card data that must never be stored.
 * Only what a change touches is checked, so a stored document made under an older
 * catalog can still be edited.
 */

/** Collects field messages and throws one `validation` error that names them all. */
export class Issues {
  private readonly list: { path: PropertyKey[]; message: string }[] = [];

  add(path: PropertyKey[], message: string): void {
    this.list.push({ path, message });
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  throwIfAny(what: string): void {
    const first = this.list[0];
    if (!first) return;
    const fields = Object.fromEntries(this.list.map(({ path, message }) => [formatPath(path), message]));
    throw new AdapterError(
      'validation',
      `The ${what} change is invalid at ${formatPath(first.path)}: ${first.message}`,
      {
        path: first.path,
        fields,
      },
    );
  }
}

/** A run of 12 or more digits (spaces and dashes between them allowed): core's rule, which the widgets use too. */
export { looksLikeCardNumber } from '@prefcenter/core';
