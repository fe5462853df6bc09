/**
 * A bank's rules beyond the shape of a document (catalog ids, locked choices, channels
 * not ready, card data never stored), the plain-English history and the fake payment
 * provider: what the embedded adapter enforces, exported so that the reference server
 * enforces the very same ones instead of a copy.
 */
export {
  Issues,
  checkNotifications,
  checkPaymentsIntegrity,
  checkPaymentsUpdate,
  checkPrivacy,
  checkTheme,
  consentRecords,
  looksLikeCardNumber,
} from './rules.js';
export { describeNotificationChange, notificationRecord, HISTORY_LIMIT } from './history.js';
export { methodFromToken } from './tokens.js';
