import type { PaymentMethod, PaymentUsage, Payments } from './schema.js';

/**
 * The payments rules a widget and a backend must agree on, in one place (no zod): what
 * looks like a card number, when a card has expired, which methods can be charged, and
 * what keeps a method from being removed without a replacement. adapter-local and the
 * reference server refuse what `<payment-methods>` asks the customer about first.
 */

/** Separators a customer types or pastes inside a card number: any space or line break, any dash, dots, slashes, commas, underscores. */
const cardNumber = /\p{Nd}(?:[\s\p{Zs}\p{Pd}./,_]*\p{Nd}){12,}/u;
/** Invisible format characters (zero-width space, soft hyphen, word joiner), dropped before looking. */
const formatCharacters = /\p{Cf}/gu;

/**
 * Whether `value` holds what looks like a payment card number: thirteen digits or more in
 * a row, of any script (full-width, Arabic-Indic), with spaces (non-breaking ones too), line
 * breaks, dashes, dots, slashes, commas, underscores or invisible characters between them. No field of a widget, no event and no adapter call
 * may carry one; shorter numbers stay allowed ("Card ending 4242", a postcode, a street
 * number, a phone number).
 */
export function looksLikeCardNumber(value: string): boolean {
  return cardNumber.test(value.normalize('NFKC').replace(formatCharacters, ''));
}

/** A card's expiry as the customer should hear it: fine, within the warning window, or past. */
export type ExpiryState = 'none' | 'valid' | 'soon' | 'expired';

/** "Expires soon" starts this many days before a card's last valid day. */
export const expiryWarningDays = 60;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * A card is good to the end of its expiry month (UTC, as the networks count it): expired
 * from the first day of the next month, soon within `expiryWarningDays` of that day. A
 * method without an expiry (a bank account, a wallet) has none.
 */
export function expiryState(method: PaymentMethod, now: Date): ExpiryState {
  if (method.expMonth === undefined || method.expYear === undefined) return 'none';
  // Date.UTC takes months from 0, so the expiry month (from 1) names the first day of the next one.
  const end = Date.UTC(method.expYear, method.expMonth, 1);
  const left = end - now.getTime();
  if (left <= 0) return 'expired';
  return left <= expiryWarningDays * dayMs ? 'soon' : 'valid';
}

/** A method can be charged: verified, and not an expired card. Only such a method can be a default or take over. */
export function usable(method: PaymentMethod, now: Date): boolean {
  return (method.verification ?? 'verified') === 'verified' && expiryState(method, now) !== 'expired';
}

/** The kinds of default: the general one, and (where offered) one for recurring and one for one-off payments. */
export type DefaultRole = 'default' | 'recurring' | 'one-off';

/** Each default field of the document, by the role it holds. */
export const defaultFields = {
  default: 'defaultMethodId',
  recurring: 'defaultRecurringMethodId',
  'one-off': 'defaultOneOffMethodId',
} as const satisfies Record<DefaultRole, keyof Payments>;

export const defaultRolesInOrder: readonly DefaultRole[] = ['default', 'recurring', 'one-off'];

/** What keeps a method from being removed without naming the one that takes over. */
export interface RemovalBlockers {
  /** What it pays for. */
  usedBy: readonly PaymentUsage[];
  /** Every default field that names it, by role, while other methods exist. */
  roles: DefaultRole[];
}

/**
 * What the method `methodId` pays for, and the default fields that name it while other
 * methods exist (a leftover field counts: the backend would move it), or `undefined` when
 * it can simply go. The backends refuse such a removal without a replacement; the widget
 * asks for one first.
 */
export function removalBlockers(doc: Payments, methodId: string): RemovalBlockers | undefined {
  const method = doc.methods.find((m) => m.id === methodId);
  if (!method) return undefined;
  const usedBy = method.usedBy ?? [];
  const roles =
    doc.methods.length > 1 ? defaultRolesInOrder.filter((role) => doc[defaultFields[role]] === methodId) : [];
  return usedBy.length || roles.length ? { usedBy, roles } : undefined;
}
