import { msg } from '@lit/localize';
import { fillPlaceholders, getLocale, isolate, parseLocaleNumber, type NotificationFrequency } from '@prefcenter/core';
import type { NotificationFeatureHost } from './feature-host.js';

/**
 * A visible string: the host's override for `key` when it has one, else the translated
 * `fallback`. An override may name the values of a sentence with `{name}` placeholders
 * ("Seuil pour {category}"); they are filled only in overrides, so a category label that
 * happens to contain braces is never rewritten.
 */
export function featureText(
  host: NotificationFeatureHost,
  key: string,
  fallback: string,
  values: Record<string, string> = {},
): string {
  const value = host.t(key, fallback);
  if (value === fallback) return value;
  return fillPlaceholders(value, values);
}

/**
 * A DOM id made from a catalog id. Catalog ids may hold spaces or other characters that
 * would break an `aria-describedby` list, so anything outside `[A-Za-z0-9_-]` is encoded.
 */
export function featureId(prefix: string, raw: string): string {
  return `${prefix}-${raw.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

/** Arabic-Indic and Eastern Arabic-Indic digits, which Arabic locales format and customers type. */
const nativeDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Parses what a customer typed in the active locale: group and decimal separators of the
 * locale (through core's `parseLocaleNumber`) and native digits such as `١٢٥٠`.
 */
export function parseTypedNumber(input: string): number {
  const ascii = input.replace(nativeDigits, (d) => String(d.codePointAt(0)! & 0xf));
  return parseLocaleNumber(ascii);
}

/** How many decimals an amount in `currency` has in the active locale (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat(getLocale(), { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** The symbol of `currency` in the active locale, and whether it comes after the number there. */
export function currencySymbol(currency: string): { symbol: string; after: boolean } {
  const parts = new Intl.NumberFormat(getLocale(), { style: 'currency', currency }).formatToParts(1);
  const index = parts.findIndex((p) => p.type === 'currency');
  const integer = parts.findIndex((p) => p.type === 'integer');
  return { symbol: parts[index]?.value ?? currency, after: index > integer };
}

/** A local date and time as an ISO 8601 string with the local offset, e.g. `2025-06-10T00:00:00+02:00`. */
export function isoWithOffset(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** "A, B and C" in the active locale, each name isolated so that its direction stays its own. */
export function formatList(items: string[]): string {
  items = items.map(isolate);
  try {
    return new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** How often a category is sent, in words: "Immediately", "Daily digest", "Weekly digest". */
export function frequencyLabel(host: NotificationFeatureHost, frequency: NotificationFrequency): string {
  switch (frequency) {
    case 'immediate':
      return featureText(
        host,
        'category-options.frequency.immediate',
        msg('Immediately', { id: 'notification-prefs.category-options.frequency.immediate' }),
      );
    case 'daily':
      return featureText(
        host,
        'category-options.frequency.daily',
        msg('Daily digest', { id: 'notification-prefs.category-options.frequency.daily' }),
      );
    case 'weekly':
      return featureText(
        host,
        'category-options.frequency.weekly',
        msg('Weekly digest', { id: 'notification-prefs.category-options.frequency.weekly' }),
      );
  }
}
