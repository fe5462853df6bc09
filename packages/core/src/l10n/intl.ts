import { getLocale } from './localization.js';

/**
 * Numbers, money, dates and times in the active locale. Formatters are cached per
 * locale and options because constructing them is the expensive part.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  options: object,
  make: (locale: string) => F,
): F {
  const locale = getLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) {
    formatter = make(locale);
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('n', options, (l) => new Intl.NumberFormat(l, options)).format(value);
}

export function formatMoney(value: number, currency: string, options: Intl.NumberFormatOptions = {}): string {
  const all = { style: 'currency', currency, ...options } as const;
  return cached('n', all, (l) => new Intl.NumberFormat(l, all)).format(value);
}

export function formatDate(
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return cached('d', options, (l) => new Intl.DateTimeFormat(l, options)).format(new Date(value));
}

export function formatDateTime(
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return formatDate(value, options);
}

/** "in 30 seconds", "dans 5 minutes": a time to come, in the active locale. */
export function formatRelativeTime(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return cached('r', { unit }, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' })).format(value, unit);
}

/** Parses a number typed in the active locale ("1.234,5" in German), or `NaN`. */
export function parseLocaleNumber(input: string): number {
  const parts = cached('n', {}, (l) => new Intl.NumberFormat(l)).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const normalized = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .split(group)
    .join('')
    .replace(decimal, '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}

/** The browser's IANA time zone, e.g. `Europe/Paris`. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
