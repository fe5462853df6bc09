import {
  AdapterError,
  formatPath,
  ownValue,
  type NotificationCatalog,
  type NotificationPreferences,
  type Payments,
  type PrivacyCatalog,
  type PrivacyPreferences,
  type ThemeCatalog,
  type ThemePreferences,
  type ConsentRecord,
} from '@prefcenter/core';

/**
 * What a real backend checks beyond the shape of a document: ids that exist in the
 * catalog, locked categories and purposes, channels that are not ready yet, and card
 * data that must never be stored. Only what a change touches is checked, so a stored
 * document made under an older catalog can still be edited.
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

/** A run of 12 or more digits, allowing the spaces and dashes people type in card numbers. */
export function looksLikeCardNumber(value: string): boolean {
  return /\d(?:[ -]?\d){11,}/.test(value);
}

const requirementText: Record<string, string> = {
  'verified-phone': 'a verified phone number',
  'registered-device': 'a registered device',
  'verified-email': 'a verified email address',
  'postal-address': 'a postal address',
};

export function checkNotifications(
  before: NotificationPreferences,
  after: NotificationPreferences,
  catalog: NotificationCatalog,
  issues: Issues,
): void {
  const categories = new Map(catalog.categories.map((c) => [c.id, c]));
  const channels = new Map(catalog.channels.map((c) => [c.id, c]));

  for (const [categoryId, row] of Object.entries(after.subscriptions)) {
    const category = categories.get(categoryId);
    for (const [channelId, on] of Object.entries(row)) {
      if (ownValue(ownValue(before.subscriptions, categoryId), channelId) === on) continue;
      const path = ['subscriptions', categoryId, channelId];
      const channel = channels.get(channelId);
      if (!category) issues.add(path, `there is no category "${categoryId}".`);
      else if (!channel || !category.channels.includes(channelId)) {
        issues.add(path, `${category.label} is not sent by ${channel?.label ?? channelId}.`);
      } else if (on && !channel.ready) {
        const needs = channel.requires ? requirementText[channel.requires] : 'setting up';
        issues.add(path, `${channel.label} is not ready yet: it needs ${needs}.`);
      }
    }
  }
  for (const [categoryId, row] of Object.entries(before.subscriptions)) {
    const required = categories.get(categoryId)?.required;
    if (!required) continue;
    for (const [channelId, on] of Object.entries(row)) {
      if (on && ownValue(ownValue(after.subscriptions, categoryId), channelId) !== true) {
        issues.add(['subscriptions', categoryId, channelId], `this notification is required: ${required.reason}`);
      }
    }
  }

  for (const [categoryId, frequency] of Object.entries(after.frequency)) {
    if (ownValue(before.frequency, categoryId) === frequency) continue;
    const category = categories.get(categoryId);
    const path = ['frequency', categoryId];
    if (!category) issues.add(path, `there is no category "${categoryId}".`);
    else if (!category.frequencies?.includes(frequency)) {
      issues.add(path, `${category.label} cannot be sent as "${frequency}".`);
    }
  }

  for (const [categoryId, value] of Object.entries(after.thresholds)) {
    if (ownValue(before.thresholds, categoryId) === value) continue;
    const threshold = categories.get(categoryId)?.threshold;
    const path = ['thresholds', categoryId];
    if (!threshold) issues.add(path, `"${categoryId}" has no threshold.`);
    else if (!Number.isFinite(value)) issues.add(path, 'must be a number.');
    else if (threshold.min !== undefined && value < threshold.min)
      issues.add(path, `must be at least ${threshold.min}.`);
    else if (threshold.max !== undefined && value > threshold.max)
      issues.add(path, `must be at most ${threshold.max}.`);
    else if (threshold.kind === 'payment-due-days' && !Number.isInteger(value)) issues.add(path, 'must be whole days.');
  }

  const timeZone = after.quietHours?.timeZone;
  if (timeZone && timeZone !== before.quietHours?.timeZone && !isTimeZone(timeZone)) {
    issues.add(['quietHours', 'timeZone'], `"${timeZone}" is not a known time zone.`);
  }
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function checkTheme(before: ThemePreferences, after: ThemePreferences, catalog: ThemeCatalog, issues: Issues) {
  if (after.accent !== undefined && after.accent !== before.accent) {
    if (!catalog.swatches.some((swatch) => swatch.id === after.accent)) {
      issues.add(['accent'], `there is no colour "${after.accent}" in the palette.`);
    }
  }
}

export function checkPrivacy(
  before: PrivacyPreferences,
  after: PrivacyPreferences,
  catalog: PrivacyCatalog,
  issues: Issues,
): void {
  const purposes = new Map(catalog.purposes.map((p) => [p.id, p]));
  for (const [purposeId, granted] of Object.entries(after.purposes)) {
    if (ownValue(before.purposes, purposeId) === granted) continue;
    const purpose = purposes.get(purposeId);
    if (!purpose) issues.add(['purposes', purposeId], `there is no purpose "${purposeId}".`);
    else if (purpose.essential && !granted) {
      issues.add(['purposes', purposeId], `${purpose.label} is essential and cannot be switched off.`);
    }
  }
  for (const [purposeId, granted] of Object.entries(before.purposes)) {
    // Dropped from the record altogether (a `null` in the patch).
    if (granted && purposes.get(purposeId)?.essential && ownValue(after.purposes, purposeId) === undefined) {
      issues.add(['purposes', purposeId], `${purposes.get(purposeId)!.label} is essential and cannot be switched off.`);
    }
  }
}

/** References that must hold in any payments document, and no card number in a nickname. */
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
  if (after.billingAddresses.length !== addressIds.size) {
    issues.add(['billingAddresses'], 'each billing address needs its own id.');
  }
  if (after.defaultMethodId !== undefined && !methodIds.has(after.defaultMethodId)) {
    issues.add(['defaultMethodId'], `there is no payment method "${after.defaultMethodId}".`);
  }
}

/**
 * `updatePayments` may change the default, nicknames, billing-address links and the
 * addresses themselves; methods are added from a token and removed by id, never here,
 * so no card data can travel through a merge patch.
 */
export function checkPaymentsUpdate(before: Payments, after: Payments, issues: Issues): void {
  const previous = new Map(before.methods.map((m) => [m.id, m]));
  const editable = new Set(['nickname', 'billingAddressId']);
  after.methods.forEach((method, index) => {
    const old = previous.get(method.id);
    if (!old) {
      issues.add(['methods', index], 'add a payment method with addPaymentMethod() and a token from the provider.');
      return;
    }
    const keys = new Set([...Object.keys(old), ...Object.keys(method)]);
    for (const key of keys) {
      if (editable.has(key)) continue;
      if (old[key as keyof typeof old] !== method[key as keyof typeof method]) {
        issues.add(['methods', index, key], 'cannot be changed; only the nickname and billing address can.');
      }
    }
  });
  const kept = new Set(after.methods.map((m) => m.id));
  for (const id of previous.keys()) {
    if (!kept.has(id)) issues.add(['methods'], `remove "${id}" with removePaymentMethod().`);
  }
}

/** One consent record per purpose the change switched, with the notice version the customer saw. */
export function consentRecords(
  before: PrivacyPreferences,
  after: PrivacyPreferences,
  catalog: PrivacyCatalog,
  at: string,
  source: string,
): ConsentRecord[] {
  return Object.entries(after.purposes)
    .filter(([purposeId, granted]) => ownValue(before.purposes, purposeId) !== granted)
    .map(([purposeId, granted]) => ({ purposeId, granted, at, noticeVersion: catalog.noticeVersion, source }));
}
