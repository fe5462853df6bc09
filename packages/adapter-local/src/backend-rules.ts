/**
 * A bank's rules beyond the shape of a document (catalog ids, locked choices, channels
 * not ready, card data never stored), the plain-English history and the fake payment
 * provider: what the embedded adapter enforces, exported so that the reference server
 * enforces the very same ones instead of a copy.
 */
export { Issues, looksLikeCardNumber } from './rules.js';
export { checkNotifications } from './domains/notifications.js';
export {
  addMethod,
  checkPaymentsIntegrity,
  checkPaymentsUpdate,
  isExpired,
  removeMethod,
  unusableBecause,
  verifyMethod,
} from './domains/payments.js';
export { appendConsents, checkPrivacy, consentRecords, namedSources, recordConsents } from './domains/privacy.js';
export { checkTheme } from './domains/theme.js';
export { describeNotificationChange, notificationRecord, HISTORY_LIMIT } from './history.js';
export { methodFromToken, verificationAttempts, verificationProofs } from './tokens.js';
