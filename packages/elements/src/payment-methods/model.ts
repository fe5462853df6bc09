import type { BillingAddress, PaymentMethod, Payments, PreferencesPatch } from '@prefcenter/core';
import { currencyDigits, parseTypedNumber } from '@prefcenter/core/kit/intl-input';

/**
 * The rules of `<payment-methods>`, apart from drawing: what a method's expiry means
 * today, which defaults it holds, what it can become, what stands in the way of removing
 * it, and the patches a change sends. Pure functions of the document and a date.
 */

type Patch = PreferencesPatch<Payments>;

/** A card's expiry as the customer should hear it: fine, within the warning window, or past. */
export type ExpiryState = 'none' | 'valid' | 'soon' | 'expired';

/** "Expires soon" starts this many days before a card's last valid day. */
export const expiryWarningDays = 60;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * A card is good to the end of its expiry month (UTC, as the networks count it). Soon:
 * within `expiryWarningDays` of that day; expired: after it. A method without an expiry
 * (a bank account, a wallet) has none.
 */
export function expiryState(method: PaymentMethod, now: Date): ExpiryState {
  if (method.expMonth === undefined || method.expYear === undefined) return 'none';
  // Day 0 of the next month is the last day of this one.
  const end = Date.UTC(method.expYear, method.expMonth, 1);
  const left = end - now.getTime();
  if (left <= 0) return 'expired';
  return left <= expiryWarningDays * dayMs ? 'soon' : 'valid';
}

/** The kinds of default a document has: one, or (where offered) one for recurring and one for one-off payments. */
export type DefaultRole = 'default' | 'recurring' | 'one-off';

/** The roles the customer chooses a method for, as the document offers them. */
export function defaultRoles(doc: Payments): DefaultRole[] {
  return doc.separateDefaults ? ['recurring', 'one-off'] : ['default'];
}

/** The method that holds `role`: a separate default falls back to the general one. */
export function defaultFor(doc: Payments, role: DefaultRole): string | undefined {
  if (role === 'recurring') return doc.defaultRecurringMethodId ?? doc.defaultMethodId;
  if (role === 'one-off') return doc.defaultOneOffMethodId ?? doc.defaultMethodId;
  return doc.defaultMethodId;
}

/** The roles `method` holds now. */
export function rolesOf(doc: Payments, method: PaymentMethod): DefaultRole[] {
  return defaultRoles(doc).filter((role) => defaultFor(doc, role) === method.id);
}

/** The patch that makes `methodId` the method for `role`. */
export function defaultPatch(role: DefaultRole, methodId: string): Patch {
  switch (role) {
    case 'recurring':
      return { defaultRecurringMethodId: methodId };
    case 'one-off':
      return { defaultOneOffMethodId: methodId };
    case 'default':
      return { defaultMethodId: methodId };
  }
}

/** A method can be charged: verified, and not an expired card. Only such a method can be a default or a replacement. */
export function usable(method: PaymentMethod, now: Date): boolean {
  return method.verification === 'verified' && expiryState(method, now) !== 'expired';
}

/** What keeps a method from being removed as it is: what it pays for, and the defaults it holds while others exist. */
export interface RemovalBlockers {
  usedBy: PaymentMethod['usedBy'];
  roles: DefaultRole[];
}

export function removalBlockers(doc: Payments, method: PaymentMethod): RemovalBlockers | undefined {
  const roles = doc.methods.length > 1 ? rolesOf(doc, method) : [];
  if (!method.usedBy.length && !roles.length) return undefined;
  return { usedBy: method.usedBy, roles };
}

/** The methods that can take over from `method`: usable ones other than itself. */
export function replacements(doc: Payments, method: PaymentMethod, now: Date): PaymentMethod[] {
  return doc.methods.filter((m) => m.id !== method.id && usable(m, now));
}

/** The methods array with one method's editable fields changed (a merge patch replaces an array whole). */
export function methodPatch(
  doc: Payments,
  methodId: string,
  fields: Partial<Pick<PaymentMethod, 'nickname' | 'billingAddressId'>>,
): Patch {
  return {
    methods: doc.methods.map((m) => {
      if (m.id !== methodId) return m;
      const next = { ...m, ...fields };
      // An emptied nickname or address is no field at all, not an empty one.
      for (const key of ['nickname', 'billingAddressId'] as const) if (!next[key]) delete next[key];
      return next;
    }),
  };
}

/** The addresses with `address` added, or put in place of the one with its id. */
export function addressSavePatch(doc: Payments, address: BillingAddress): Patch {
  const exists = doc.billingAddresses.some((a) => a.id === address.id);
  return {
    billingAddresses: exists
      ? doc.billingAddresses.map((a) => (a.id === address.id ? address : a))
      : [...doc.billingAddresses, address],
  };
}

/** The addresses without `addressId`, and the methods that used it left without one (in the same change). */
export function addressRemovePatch(doc: Payments, addressId: string): Patch {
  const linked = doc.methods.some((m) => m.billingAddressId === addressId);
  return {
    billingAddresses: doc.billingAddresses.filter((a) => a.id !== addressId),
    ...(linked && {
      methods: doc.methods.map((m) => {
        if (m.billingAddressId !== addressId) return m;
        const next = { ...m };
        delete next.billingAddressId;
        return next;
      }),
    }),
  };
}

/** The methods that use an address. */
export function methodsAt(doc: Payments, addressId: string): PaymentMethod[] {
  return doc.methods.filter((m) => m.billingAddressId === addressId);
}

/** A new address id no other address has. */
export function newAddressId(doc: Payments): string {
  const taken = new Set(doc.billingAddresses.map((a) => a.id));
  for (let n = doc.billingAddresses.length + 1; ; n++) {
    const id = `addr_${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Why an amount typed for a micro-deposit cannot be sent. */
export type AmountProblem = 'empty' | 'not-a-number' | 'too-precise' | 'out-of-range';

/**
 * An amount as the customer typed it in the active locale ("0.32", "0,32" in French,
 * native digits, "32" for yen), in the currency's minor unit (32), or why it cannot be
 * one. A test deposit is more than nothing and less than one major unit (for a currency
 * without minor units, less than 100).
 */
export function parseAmount(typed: string, currency: string): { minor: number } | { problem: AmountProblem } {
  if (!typed.trim()) return { problem: 'empty' };
  const value = parseTypedNumber(typed.trim());
  if (!Number.isFinite(value)) return { problem: 'not-a-number' };
  const digits = currencyDigits(currency);
  const scaled = value * 10 ** digits;
  const minor = Math.round(scaled);
  if (Math.abs(scaled - minor) > 1e-6) return { problem: 'too-precise' };
  if (minor < 1 || minor >= depositCeiling(currency)) return { problem: 'out-of-range' };
  return { minor };
}

/** The minor units a test deposit stays under: one major unit, or 100 for a currency without minor units. */
export function depositCeiling(currency: string): number {
  const digits = currencyDigits(currency);
  return digits === 0 ? 100 : 10 ** digits;
}

/** A verification code as the provider sends it: 4 to 12 letters or digits; spaces the customer typed are dropped. */
export function parseCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '');
  return /^[A-Za-z0-9]{4,12}$/.test(code) ? code : undefined;
}
