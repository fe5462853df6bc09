import {
  coreMessages,
  isolate,
  type DefaultRole,
  type PaymentMethod,
  type PaymentUsage,
  type Text,
  type VerificationStatus,
} from '@prefcenter/core';
import type { AmountProblem } from './model.js';

/** Names of the brands the widget knows; they are names, the same in every language. */
const brandNames: Readonly<Record<string, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  diners: 'Diners Club',
  'apple-pay': 'Apple Pay',
  'google-pay': 'Google Pay',
  paypal: 'PayPal',
};

/** A brand as the customer reads it: a known brand's name, else the adapter's text as it is. */
export function brandName(brand: string): string {
  return Object.hasOwn(brandNames, brand.toLowerCase()) ? brandNames[brand.toLowerCase()]! : brand;
}

/**
 * The widget's sentences, each through the element's `text(id, english, values)`, so the
 * instance's `strings` can reword any of them by the id without `payment-methods.` (listed
 * in strings.md). Functions, so each is read in the active locale at render time. Adapter
 * text (a brand, a nickname, a subscription) is isolated (FSI…PDI) in our sentences.
 * Counts are said as "Tries left: 2", which needs no plural forms in any locale.
 */
export function widgetTexts(text: Text) {
  return {
    title: () => text('payment-methods.title', 'Payment methods'),
    emptyTitle: () => text('payment-methods.empty.title', 'No saved payment methods'),
    emptyText: () => text('payment-methods.empty.text', 'Add a card, a bank account or a wallet to pay faster.'),
    /** "Visa ending 4242": how every method is named, in its group's label and in each of its buttons. */
    methodName: (method: PaymentMethod) =>
      /* l10n: {brand} is a card brand, a bank's name or a wallet; {last4} its last four digits */
      text('payment-methods.method.name', '{brand} ending {last4}', {
        brand: isolate(brandName(method.brand)),
        last4: isolate(method.last4),
      }),
    type: (type: PaymentMethod['type']) => {
      switch (type) {
        case 'card':
          return text('payment-methods.type.card', 'Card');
        case 'bank-account':
          return text('payment-methods.type.bank-account', 'Bank account');
        case 'wallet':
          return text('payment-methods.type.wallet', 'Wallet');
      }
    },
    expires: (date: string) =>
      /* l10n: {date} is a month and year, e.g. 08/2029 */
      text('payment-methods.expiry.expires', 'Expires {date}', { date }),
    expired: (date: string) => text('payment-methods.expiry.expired', 'Expired {date}', { date }),
    soonBadge: () => text('payment-methods.expiry.soon-badge', 'Expires soon'),
    expiredBadge: () => text('payment-methods.expiry.expired-badge', 'Expired'),
    failingCharges: (count: string) =>
      text('payment-methods.expiry.failing', 'Upcoming charges that would fail: {count}', { count }),
    soonHint: () => text('payment-methods.expiry.soon-hint', 'Add a new card or update this one before it expires.'),
    expiredHint: () => text('payment-methods.expiry.expired-hint', 'This card can no longer be charged.'),
    usedBy: (list: string) =>
      /* l10n: followed by a list of subscriptions and bills, e.g. "Pays for: Premium account (subscription)" */
      text('payment-methods.used-by', 'Pays for: {list}', { list }),
    usage: (usage: PaymentUsage) => {
      const label = isolate(usage.label);
      switch (usage.kind) {
        case 'subscription':
          return text('payment-methods.usage.subscription', '{label} (subscription)', { label });
        case 'bill':
          return text('payment-methods.usage.bill', '{label} (bill)', { label });
        case 'instalment':
          return text('payment-methods.usage.instalment', '{label} (instalments)', { label });
      }
    },
    role: (role: DefaultRole) => {
      switch (role) {
        case 'default':
          return text('payment-methods.role.default', 'Default');
        case 'recurring':
          return text('payment-methods.role.recurring', 'Default for subscriptions');
        case 'one-off':
          return text('payment-methods.role.one-off', 'Default for one-off payments');
      }
    },
    makeRole: (role: DefaultRole) => {
      switch (role) {
        case 'default':
          return text('payment-methods.make.default', 'Make default');
        case 'recurring':
          return text('payment-methods.make.recurring', 'Use for subscriptions');
        case 'one-off':
          return text('payment-methods.make.one-off', 'Use for one-off payments');
      }
    },
    roleChanged: (role: DefaultRole, method: string) => {
      switch (role) {
        case 'default':
          return text('payment-methods.changed.default', '{method} is now your default', { method });
        case 'recurring':
          return text('payment-methods.changed.recurring', '{method} now pays your subscriptions', { method });
        case 'one-off':
          return text('payment-methods.changed.one-off', '{method} now pays your one-off payments', { method });
      }
    },
    tokenField: () => text('payment-methods.token', 'Your payment method'),
    saveFirst: () =>
      text(
        'payment-methods.save-first',
        'Save or cancel your changes to the methods before adding, removing or verifying one.',
      ),
    defaultMissing: () =>
      text(
        'payment-methods.default.missing',
        'Your default payment method is no longer saved. Choose another one as your default.',
      ),
    nicknameFor: (method: string) => text('payment-methods.nickname.for', 'Nickname for {method}', { method }),
    editNickname: () => text('payment-methods.nickname.edit', 'Edit nickname'),
    saveNickname: () => text('payment-methods.nickname.save', 'Save nickname'),
    cancel: () => coreMessages.cancel(text),
    nicknameTooLong: () => text('payment-methods.nickname.too-long', 'Use 200 characters or fewer.'),
    noNumbers: () =>
      text(
        'payment-methods.no-numbers',
        'Never enter a card or account number here. Use a name such as "Travel card".',
      ),
    nicknameChanged: (method: string) =>
      text('payment-methods.changed.nickname', 'Nickname of {method} changed', { method }),
    remove: () => text('payment-methods.remove', 'Remove'),
    removeTitle: (method: string) => text('payment-methods.remove.title', 'Remove {method}?', { method }),
    removeText: () => text('payment-methods.remove.text', 'You can add it again later through our payment provider.'),
    removeOk: () => text('payment-methods.remove.ok', 'Remove'),
    keep: () => text('payment-methods.remove.keep', 'Keep it'),
    removing: () => text('payment-methods.removing', 'Removing…'),
    removed: (method: string) => text('payment-methods.removed', '{method} removed.', { method }),
    replaceTitle: (method: string) =>
      text('payment-methods.replace.title', 'Choose a method to take over from {method}', { method }),
    replacePaysFor: (method: string, list: string) =>
      text('payment-methods.replace.pays-for', '{method} pays for {list}.', { method, list }),
    replaceRoles: (method: string, roles: string) =>
      /* l10n: {roles} is a list such as "Default for subscriptions and Default for one-off payments" */
      text('payment-methods.replace.roles', '{method} is set as: {roles}.', { method, roles }),
    replaceChoose: () => text('payment-methods.replace.choose', 'Takes over'),
    replaceOk: () => text('payment-methods.replace.ok', 'Move and remove'),
    replaceNoneTitle: (method: string) =>
      text('payment-methods.replace.none.title', 'Add another method before removing {method}', { method }),
    replaceNoneText: () =>
      text(
        'payment-methods.replace.none.text',
        'It is in use, and no other verified method can take over. Add one, then remove this one.',
      ),
    ok: () => text('payment-methods.ok', 'OK'),
    status: (status: VerificationStatus) => {
      switch (status) {
        case 'verified':
          return text('payment-methods.status.verified', 'Verified');
        case 'pending':
          return text('payment-methods.status.pending', 'Verification pending');
        case 'required':
          return text('payment-methods.status.required', 'Needs verification');
        case 'failed':
          return text('payment-methods.status.failed', 'Verification failed');
      }
    },
    pendingDeposits: () =>
      text(
        'payment-methods.verify.pending.deposits',
        'We sent two small deposits to this account. They arrive within 1 to 2 business days; then enter their amounts here.',
      ),
    pendingCode: () =>
      text(
        'payment-methods.verify.pending.code',
        'We are sending you a code for this account. Enter it here once it arrives.',
      ),
    askDeposits: () =>
      text(
        'payment-methods.verify.ask.deposits',
        'Enter the two small deposits we sent to this account, as your statement shows them.',
      ),
    askCode: () => text('payment-methods.verify.ask.code', 'Enter the code we sent you for this account.'),
    triesLeft: (count: string) => text('payment-methods.verify.tries-left', 'Tries left: {count}', { count }),
    firstAmount: () => text('payment-methods.verify.first', 'First deposit'),
    secondAmount: () => text('payment-methods.verify.second', 'Second deposit'),
    code: () => text('payment-methods.verify.code', 'Code'),
    verify: () => text('payment-methods.verify', 'Verify'),
    verifying: () => text('payment-methods.verifying', 'Checking…'),
    amountProblem: (problem: AmountProblem, example: string, ceiling: string) => {
      switch (problem) {
        case 'empty':
          return text('payment-methods.amount.empty', 'Enter the amount.');
        case 'not-a-number':
        case 'too-precise':
          return text(
            'payment-methods.amount.format',
            'Enter the amount as your statement shows it, for example {example}.',
            {
              example,
            },
          );
        case 'out-of-range':
          return text('payment-methods.amount.range', 'A test deposit is less than {ceiling}.', { ceiling });
      }
    },
    codeProblem: () => text('payment-methods.code.problem', 'Enter the code: 4 to 12 letters or digits.'),
    mismatch: (tries: string) =>
      text('payment-methods.verify.mismatch', 'That does not match what we sent. Tries left: {tries}', { tries }),
    failedHint: () =>
      text(
        'payment-methods.verify.failed-hint',
        'We could not verify this account. Remove it and add it again, or contact us.',
      ),
    verified: (method: string) => text('payment-methods.verified', '{method} verified.', { method }),
    stepsTitle: () => text('payment-methods.verify.steps', 'Verification so far'),
    billingAddressFor: (method: string) =>
      text('payment-methods.billing.for', 'Billing address for {method}', { method }),
    noAddress: () => text('payment-methods.billing.none', 'None'),
    addressChanged: (method: string) =>
      text('payment-methods.changed.billing', 'Billing address of {method} changed', { method }),
    addressesTitle: () => text('payment-methods.addresses.title', 'Billing addresses'),
    addressesEmpty: () => text('payment-methods.addresses.empty', 'No billing addresses yet.'),
    addAddress: () => text('payment-methods.addresses.add', 'Add a billing address'),
    editAddress: () => text('payment-methods.addresses.edit', 'Edit'),
    removeAddressTitle: (name: string) => text('payment-methods.addresses.remove.title', 'Remove {name}?', { name }),
    removeAddressUsed: (methods: string) =>
      text('payment-methods.addresses.remove.used', '{methods} will have no billing address.', { methods }),
    addressRemovedElsewhere: () =>
      text(
        'payment-methods.addresses.removed-elsewhere',
        'This address was removed on another device. Save it to add it again, or cancel.',
      ),
    addressSaved: (name: string) => text('payment-methods.addresses.saved', '{name} saved', { name }),
    addressRemoved: (name: string) => text('payment-methods.addresses.removed', '{name} removed', { name }),
    addressUsedBy: (methods: string) => text('payment-methods.addresses.used-by', 'Used by {methods}', { methods }),
    formLoading: () => text('payment-methods.addresses.loading', 'Loading the address form…'),
    formFailed: () => text('payment-methods.addresses.load-failed', 'The address form could not be loaded.'),
    retry: () => coreMessages.retry(text),
    add: () => text('payment-methods.add', 'Add a payment method'),
    addTitle: () => text('payment-methods.add.title', 'Add a payment method'),
    addHint: () =>
      text(
        'payment-methods.add.hint',
        'Your card or account details go straight to our payment provider; we only keep the last four digits.',
      ),
    addUnavailable: () => text('payment-methods.add.unavailable', 'Adding a payment method is not available here.'),
    addPending: () => text('payment-methods.add.pending', 'Adding your payment method…'),
    addExternal: () =>
      text('payment-methods.add.external', 'Finish adding your payment method with our payment provider.'),
    added: (method: string) => text('payment-methods.added', '{method} added.', { method }),
    notificationsLead: () =>
      text('payment-methods.notifications.lead', 'Receipts, failed payments and upcoming charges:'),
    notificationsLink: () => text('payment-methods.notifications.link', 'choose how we tell you'),
    changeMade: () => text('payment-methods.changed', 'Your payment settings changed'),
    undo: () => text('payment-methods.undo', 'Undo'),
    undone: () => text('payment-methods.undone', 'Change undone'),
    undoAnnounce: (message: string, seconds: string) =>
      text('payment-methods.undo.announce', '{message}. Undo available for {seconds} seconds.', { message, seconds }),
  };
}

export type WidgetTexts = ReturnType<typeof widgetTexts>;
