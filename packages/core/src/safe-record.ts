/**
 * Records keyed by outside data: ids from an adapter, keys of a host's `strings`, kinds
 * of an error. Any string may be such a key, `__proto__`, `constructor` and `toString`
 * included, so a read looks at own properties only (never at `Object.prototype`), and a
 * write defines an own property, as `JSON.parse` does, rather than assigning (assigning
 * to `__proto__` would change the object's prototype instead).
 */

/** The record's own value for `key`, or `undefined`; never something inherited. */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record !== null && record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `key` as an own, enumerable property of `record`, whatever the key. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * A shallow copy of a record's own enumerable properties: what `{ ...record }` makes. A
 * spread is copied key by key when its site has seen records of many shapes, as a merge's
 * has (0.2-0.3 ms for a thousand-key record, the largest part of a switch);
 * `Object.assign` copies the whole layout at once (a few µs). But it assigns, and
 * assigning a key that `Object.prototype` holds would not make an own property (`__proto__`
 * would set the copy's prototype; a member the page made read-only would throw), so a
 * record holding any of those keys is spread. For records of own data, as documents and
 * patches are: a getter that changed `Object.prototype` while being copied could still
 * meet what it added.
 */
export function copyOwn<T extends object>(record: T): T {
  for (const key of Reflect.ownKeys(Object.prototype)) if (Object.hasOwn(record, key)) return { ...record };
  return Object.assign({}, record);
}

/** The own value of `key`, first set to `create()` when there is none; for records of records. */
export function ownOrSet<T>(record: Record<string, T>, key: string, create: () => T): T {
  if (Object.hasOwn(record, key)) return record[key]!;
  const value = create();
  setOwn(record, key, value);
  return value;
}

/**
 * Fills `{name}` placeholders in a host's text from `values`, with own values only: a
 * `{constructor}` in an override stays as written instead of printing a function.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => ownValue(values, name) ?? whole);
}
