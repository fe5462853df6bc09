import {
  defaultFields,
  expiryState,
  usable,
  type BillingAddress,
  type DefaultRole,
  type PaymentMethod,
  type Payments,
  type PreferencesPatch,
} from '@prefcenter/core';
import { currencyDigits, parseTypedNumber } from '@prefcenter/core/kit/intl-input';

/**
 * The rules of `<payment-methods>`, apart from drawing: which defaults a method holds,
 * which methods can take over, and the patches a change sends. Pure functions of the
 * document and a date. What backends must agree with (expiry, what can be charged, what
 * blocks a removal) is core's (`domains/payments/rules.ts`).
 */

type Patch = PreferencesPatch<Payments>;

/** The roles the customer chooses a method for, as the document offers them. */
export function defaultRoles(doc: Payments): DefaultRole[] {
  return doc.separateDefaults ? ['recurring', 'one-off'] : ['default'];
}

/** The method that holds `role`: a separate default falls back to the general one. */
export function defaultFor(doc: Payments, role: DefaultRole): string | undefined {
  return doc[defaultFields[role]] ?? doc.defaultMethodId;
}

/** The roles `method` holds now. */
export function rolesOf(doc: Payments, method: PaymentMethod): DefaultRole[] {
  return defaultRoles(doc).filter((role) => defaultFor(doc, role) === method.id);
}

/** The patch that makes `methodId` the method for `role`. */
export function defaultPatch(role: DefaultRole, methodId: string): Patch {
  return { [defaultFields[role]]: methodId };
}

/** The methods that can take over from `method`: usable ones other than itself. */
export function replacements(doc: Payments, method: PaymentMethod, now: Date): PaymentMethod[] {
  const candidates = doc.methods.filter((m) => m.id !== method.id && usable(m, now));
  // A card about to expire goes last: offered first, it would only move the problem.
  const soon = (m: PaymentMethod) => (expiryState(m, now) === 'soon' ? 1 : 0);
  return candidates.sort((a, b) => soon(a) - soon(b));
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
