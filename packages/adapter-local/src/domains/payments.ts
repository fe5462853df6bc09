import {
  AdapterError,
  expiryState,
  parseInput,
  removalBlockers,
  paymentsSchema,
  removalOptionsSchema,
  verificationProofSchema,
  type PaymentMethod,
  type Payments,
} from '@prefcenter/core';
import { Issues, looksLikeCardNumber } from '../rules.js';
import { methodFromToken, verificationAttempts, verificationProofs } from '../tokens.js';
import type { LocalDomain } from './domain.js';

/** The payments domain: saved methods and billing addresses; card data never enters it. */

export const payments: LocalDomain<'payments'> = {
  document: { location: ['payments'], schema: paymentsSchema, what: 'payment methods' },
  rules({ before, after, issues, origin, at }) {
    if (origin.kind === 'patch') checkPaymentsUpdate(before, after, issues, new Date(at));
    checkPaymentsIntegrity(after, issues);
  },
  methods: ({ now, read, write, patched, settle }) => ({
    getPayments: (options) => read('getPayments', options, payments.document),
    updatePayments: (patch, meta) => write('updatePayments', 'payments', meta, patched('payments', patch)),
    addPaymentMethod: (token, meta) =>
      write('addPaymentMethod', 'payments', meta, (current, state) => {
        const candidate = addMethod(current, methodFromToken(token, current, now()), now());
        return settle('payments', state, current, candidate, { kind: 'method', source: 'web' });
      }),
    removePaymentMethod: (methodId, meta, options) =>
      write('removePaymentMethod', 'payments', meta, (current, state) => {
        const { replaceWith } = parseInput(removalOptionsSchema, options ?? {}, 'removal options');
        const candidate = removeMethod(current, methodId, replaceWith, now());
        return settle('payments', state, current, candidate, { kind: 'method', source: 'web' });
      }),
    verifyPaymentMethod: (methodId, proof, meta) =>
      write('verifyPaymentMethod', 'payments', meta, (current, state) => {
        const candidate = verifyMethod(current, methodId, proof, now());
        return settle('payments', state, current, candidate, { kind: 'method', source: 'web' });
      }),
  }),
};

/** The fields naming a default method, and what each is the default for, in messages. */
const defaultFields = {
  defaultMethodId: 'the default',
  defaultRecurringMethodId: 'the default for recurring payments',
  defaultOneOffMethodId: 'the default for one-off payments',
} as const;
type DefaultField = keyof typeof defaultFields;
const defaultFieldNames = Object.keys(defaultFields) as DefaultField[];

/** A method's fields that a patch may change; methods are added from a token and removed by id. */
const editableMethodFields: ReadonlySet<string> = new Set(['nickname', 'billingAddressId']);

/** A method's fields only the backend writes: what charges it, its verification and its account's currency. */
const backendMethodFields: ReadonlySet<string> = new Set([
  'usedBy',
  'upcomingCharges',
  'verification',
  'verificationMethod',
  'verificationAttemptsLeft',
  'verificationSteps',
  'currency',
]);

/** What a missing field stands for (the schema's defaults), so a document stored before it existed compares equal. */
const methodFieldDefaults: Readonly<Record<string, unknown>> = {
  usedBy: [],
  verificationSteps: [],
  verification: 'verified',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON values, whatever the order of an object's keys; a missing key equals `undefined`. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameJson(a[key], b[key])) return false;
  return true;
}

/** `a`, `a and b`, `a, b and c`. */
function list(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** How a message names a method: its nickname, else its brand and last four digits. */
function nameOf(method: PaymentMethod): string {
  return method.nickname ? `"${method.nickname}"` : `${method.brand} ending ${method.last4}`;
}

/** Whether a card's expiry (the end of its month) is before the month of `now` (UTC), by core's rule. */
export function isExpired(method: PaymentMethod, now: Date): boolean {
  return expiryState(method, now) === 'expired';
}

/**
 * Why a method cannot be a default, or take over another's subscriptions: it is not
 * verified, or it has expired. `undefined` when it can.
 */
export function unusableBecause(method: PaymentMethod, now: Date): string | undefined {
  const verification = method.verification ?? 'verified';
  if (verification !== 'verified') return `it is not verified (${verification})`;
  if (isExpired(method, now)) {
    return `it expired at the end of ${String(method.expMonth).padStart(2, '0')}/${method.expYear}`;
  }
  return undefined;
}

/** The index of the method named `methodId`; `not-found` when there is none. */
function indexOf(current: Payments, methodId: string): number {
  const index = current.methods.findIndex((m) => m.id === methodId);
  if (index < 0) throw new AdapterError('not-found', `There is no payment method "${String(methodId)}".`);
  return index;
}

/** References that must hold in any payments document, and no card number in a nickname or an address. */
export function checkPaymentsIntegrity(after: Payments, issues: Issues): void {
  const addressIds = new Set(after.billingAddresses.map((a) => a.id));
  const methodIds = new Set<string>();
  after.methods.forEach((method, index) => {
    if (methodIds.has(method.id)) issues.add(['methods', index, 'id'], `"${method.id}" is used twice.`);
    methodIds.add(method.id);
    if (method.nickname && looksLikeCardNumber(method.nickname)) {
      issues.add(['methods', index, 'nickname'], 'must not contain a card number.');
    }
    if (method.billingAddressId && !addressIds.has(method.billingAddressId)) {
      issues.add(['methods', index, 'billingAddressId'], `there is no billing address "${method.billingAddressId}".`);
    }
  });
  after.billingAddresses.forEach((address, index) => {
    for (const [field, value] of Object.entries(address)) {
      if (typeof value === 'string' && looksLikeCardNumber(value)) {
        issues.add(['billingAddresses', index, field], 'must not contain a card number.');
      }
    }
  });
  if (after.billingAddresses.length !== addressIds.size) {
    issues.add(['billingAddresses'], 'each billing address needs its own id.');
  }
  for (const field of defaultFieldNames) {
    const id = after[field];
    if (id !== undefined && !methodIds.has(id)) issues.add([field], `there is no payment method "${id}".`);
  }
}

/**
 * `updatePayments` may change the defaults, nicknames, a method's billing address and
 * the addresses themselves; methods are added from a token and removed by id, never
 * here, so no card data can travel through a merge patch. What charges a method, its
 * verification and currency, and whether separate defaults are offered are the
 * backend's: a patch that changes them is refused, naming the field. A default must be
 * verified and unexpired when a patch makes it one (`now` says which month it is); one
 * that expires later stays until the customer picks another.
 */
export function checkPaymentsUpdate(before: Payments, after: Payments, issues: Issues, now: Date): void {
  const previous = new Map(before.methods.map((m) => [m.id, m]));
  after.methods.forEach((method, index) => {
    const old = previous.get(method.id);
    if (!old) {
      issues.add(['methods', index], 'add a payment method with addPaymentMethod() and a token from the provider.');
      return;
    }
    const keys = new Set([...Object.keys(old), ...Object.keys(method)]);
    for (const key of keys) {
      if (editableMethodFields.has(key)) continue;
      const was = old[key as keyof PaymentMethod] ?? methodFieldDefaults[key];
      const is = method[key as keyof PaymentMethod] ?? methodFieldDefaults[key];
      if (sameJson(was, is)) continue;
      issues.add(
        ['methods', index, key],
        backendMethodFields.has(key)
          ? `"${key}" is written by the backend; a change cannot set it.`
          : 'cannot be changed; only the nickname and billing address can.',
      );
    }
  });
  const kept = new Set(after.methods.map((m) => m.id));
  for (const id of previous.keys()) {
    if (!kept.has(id)) issues.add(['methods'], `remove "${id}" with removePaymentMethod().`);
  }
  if ((before.separateDefaults ?? false) !== after.separateDefaults) {
    issues.add(['separateDefaults'], '"separateDefaults" is written by the backend; a change cannot set it.');
  }
  const methods = new Map(after.methods.map((m) => [m.id, m]));
  for (const field of defaultFieldNames) {
    const id = after[field];
    if (id === undefined || id === before[field]) continue;
    if (field !== 'defaultMethodId' && !after.separateDefaults) {
      issues.add([field], 'separate defaults for recurring and one-off payments are not offered for this account.');
      continue;
    }
    const method = methods.get(id);
    // A method that does not exist is checkPaymentsIntegrity's to report.
    const why = method && unusableBecause(method, now);
    if (why) issues.add([field], `${nameOf(method!)} cannot be ${defaultFields[field]}: ${why}.`);
  }
}

/**
 * The document with `method` added (from the provider's token). It becomes the default
 * when there is none and it can be one (verified, unexpired); a bank account waiting for
 * verification does not.
 */
export function addMethod(current: Payments, method: PaymentMethod, now: Date): Payments {
  const candidate: Payments = { ...current, methods: [...current.methods, method] };
  if (current.defaultMethodId === undefined && !unusableBecause(method, now)) candidate.defaultMethodId = method.id;
  return candidate;
}

/**
 * The document without the method `methodId`. One that something charges (`usedBy`), or
 * that is a default while other methods exist, is refused (`validation`) unless
 * `replaceWith` names another method that is verified and unexpired: that one takes over
 * what charged the removed one (appended, each id once) and every default that named it.
 * A `replaceWith` that is given must name such a method even when nothing needs it. The
 * only method, when nothing charges it, goes and takes the defaults with it. `not-found`
 * for an unknown id. The candidate still goes through the schema and the rules.
 */
export function removeMethod(
  current: Payments,
  methodId: string,
  replaceWith: string | undefined,
  now: Date,
): Payments {
  const index = indexOf(current, methodId);
  const removed = current.methods[index]!;
  const defaults = defaultFieldNames.filter((field) => current[field] === methodId);
  const others = current.methods.filter((m) => m.id !== methodId);
  const issues = new Issues();
  let replacement: PaymentMethod | undefined;
  if (replaceWith !== undefined) {
    replacement = others.find((m) => m.id === replaceWith);
    const why =
      replaceWith === methodId
        ? 'a method cannot replace itself'
        : !replacement
          ? `there is no payment method "${replaceWith}"`
          : unusableBecause(replacement, now);
    if (why) {
      issues.add(['replaceWith'], `${why}; name another verified, unexpired method.`);
      issues.throwIfAny('payment methods');
    }
  }
  const uses = removed.usedBy ?? [];
  // The rule the widget asks by (core's), so it never offers a removal this refuses.
  const inUse = removalBlockers(current, methodId) !== undefined;
  if (inUse && !replacement) {
    const what = [
      ...(uses.length ? [`used by ${list(uses.map((use) => `${use.label} (${use.kind})`))}`] : []),
      ...(defaults.length ? [list(defaults.map((field) => defaultFields[field]))] : []),
    ];
    issues.add(
      ['methods', index],
      `${nameOf(removed)} is ${what.join(', and is ')}: name the method that takes its place (replaceWith) to remove it.`,
    );
    issues.throwIfAny('payment methods');
  }
  const candidate: Payments = { ...current, methods: others };
  if (replacement) {
    const taken = new Set((replacement.usedBy ?? []).map((use) => use.id));
    const moved = { ...replacement, usedBy: [...(replacement.usedBy ?? []), ...uses.filter((u) => !taken.has(u.id))] };
    candidate.methods = others.map((m) => (m.id === moved.id ? moved : m));
    for (const field of defaults) candidate[field] = moved.id;
  } else {
    for (const field of defaults) delete candidate[field];
  }
  return candidate;
}

/**
 * The document after the customer entered `proof` for the method `methodId`: the two
 * micro-deposit amounts or the code (`verificationProofSchema`), of the kind its
 * `verificationMethod` says. The right proof verifies it; a wrong one is not an error but
 * a try used, so the document is answered with one try less (and kept), and the last try
 * fails the method. Each change of status is a step at `now`. `not-found` for an unknown
 * id; `validation` for a method that is not waiting for verification or a proof of the
 * other kind. The proofs the fake provider expects are in tokens.ts.
 */
export function verifyMethod(current: Payments, methodId: string, input: unknown, now: Date): Payments {
  const proof = parseInput(verificationProofSchema, input, 'verification proof');
  const index = indexOf(current, methodId);
  const method = current.methods[index]!;
  const issues = new Issues();
  const expected = method.verificationMethod ?? 'micro-deposits';
  const left = method.verificationAttemptsLeft ?? verificationAttempts;
  if (method.verification !== 'required') {
    issues.add(
      ['methods', index, 'verification'],
      `${nameOf(method)} is not waiting for verification (it is ${method.verification}).`,
    );
  } else if (left <= 0) {
    issues.add(['methods', index, 'verificationAttemptsLeft'], `${nameOf(method)} has no tries left.`);
  } else if ('amounts' in proof && expected !== 'micro-deposits') {
    issues.add(['amounts'], `${nameOf(method)} is verified with the code it was sent, not deposit amounts.`);
  } else if ('code' in proof && expected !== 'code') {
    issues.add(['code'], `${nameOf(method)} is verified with the two deposit amounts, not a code.`);
  }
  issues.throwIfAny('verification');
  const right =
    'amounts' in proof
      ? sameJson(
          [...proof.amounts].sort((a, b) => a - b),
          [...verificationProofs.amounts].sort((a, b) => a - b),
        )
      : proof.code === verificationProofs.code;
  const at = now.toISOString();
  const steps = method.verificationSteps ?? [];
  let next: PaymentMethod;
  if (right) {
    next = { ...method, verification: 'verified', verificationSteps: [...steps, { status: 'verified', at }] };
  } else if (left > 1) {
    next = { ...method, verificationAttemptsLeft: left - 1 };
  } else {
    next = {
      ...method,
      verification: 'failed',
      verificationAttemptsLeft: 0,
      verificationSteps: [...steps, { status: 'failed', at }],
    };
  }
  return { ...current, methods: current.methods.map((m, i) => (i === index ? next : m)) };
}
