import { isolate } from '../element/bidi.js';
import { formatNumber, parseLocaleNumber } from '../l10n/intl.js';
import { getLocale } from '../l10n/localization.js';

/**
 * What a customer types and reads in form fields, in the active locale: typed amounts
 * with the locale's separators and native digits, a currency's decimals and symbol, and
 * lists of names. Formatters are cached per locale (building one is the expensive part),
 * so a list or an amount drawn on every render costs a lookup.
 */

/** Arabic-Indic and Eastern Arabic-Indic digits, which Arabic locales format and customers type. */
const nativeDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Parses what a customer typed in the active locale, or `NaN`: the group and decimal
 * separators of the locale (through `parseLocaleNumber`) and native digits such as `١٢٥٠`.
 */
export function parseTypedNumber(input: string): number {
  const ascii = input.replace(nativeDigits, (d) => String(d.codePointAt(0)! & 0xf));
  return parseLocaleNumber(ascii);
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string): Intl.NumberFormat {
  const locale = getLocale();
  const key = `${locale}|${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    currencyFormats.set(key, format);
  }
  return format;
}

/** How many decimals an amount in `currency` has in the active locale (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  return currencyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** The symbol of `currency` in the active locale, and whether it comes after the number there. */
export function currencySymbol(currency: string): { symbol: string; after: boolean } {
  const parts = currencyFormat(currency).formatToParts(1);
  const index = parts.findIndex((p) => p.type === 'currency');
  const integer = parts.findIndex((p) => p.type === 'integer');
  return { symbol: parts[index]?.value ?? currency, after: index > integer };
}

/** `null`: the browser has no `Intl.ListFormat` for that locale, so names are joined by commas. */
const listFormats = new Map<string, Intl.ListFormat | null>();

function listFormat(locale: string): Intl.ListFormat | null {
  let format = listFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.ListFormat(locale, { type: 'conjunction' });
    } catch {
      format = null;
    }
    listFormats.set(locale, format);
  }
  return format;
}

/**
 * "A, B and C" in the active locale, each name isolated so that its direction stays its own.
 * `rest`, our own words for what is left out ("2,539 more"), ends the list unisolated.
 */
export function formatList(items: readonly string[], rest?: string): string {
  const listed = items.map(isolate);
  if (rest) listed.push(rest);
  return listFormat(getLocale())?.format(listed) ?? listed.join(', ');
}

/** The most names `listOf` writes out; beyond them it counts the rest. */
export const listedNames = 10;

/**
 * `formatList` of names picked from a source (a catalog), for a list drawn on every render.
 * At most `listedNames` names are written out and the rest counted, with `more` saying how
 * many ("A, B, … J and 2,539 more"; never "1 more" for a name that fits): a sentence of
 * hundreds of names is read by no one, and drawing each in its own `<bdi>` made such a
 * list half of a thousand-alert widget's nodes.
 *
 * The names are picked again only when the source object changes, and the list is formatted
 * again only when they, the locale or the words for the rest change: formatting on every
 * switch cost more than the switch.
 */
export function listOf<S extends object>(
  pick: (source: S) => readonly string[],
): (source: S, more?: (count: string) => string) => string {
  let last: { source: S; names: readonly string[]; key: string; list: string } | undefined;
  return (source, more) => {
    const names = last?.source === source ? last.names : pick(source);
    const left = names.length - listedNames;
    // Without words for the rest (a caller of the first version, or a host's empty override)
    // every name is written out: a list cut without saying so would read as complete.
    const rest = left > 1 && more ? more(formatNumber(left)) : '';
    const key = `${getLocale()}\u0000${rest}`;
    if (last?.names !== names || last.key !== key) {
      last = { source, names, key, list: formatList(rest ? names.slice(0, listedNames) : names, rest) };
    }
    return last.list;
  };
}
