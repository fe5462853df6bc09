import { msg, str } from '@lit/localize';
import type { AdapterError, AdapterErrorKind } from '../errors.js';
import { ownValue } from '../safe-record.js';

/**
 * The sentences every widget shares. Each `msg` has a stable id, so translations survive
 * rewording of the English, and each is a function so it is read in the active locale.
 */
const errorMessages: Record<AdapterErrorKind, () => string> = {
  network: () => msg('You seem to be offline. Check your connection and try again.', { id: 'core.error.network' }),
  timeout: () => msg('The service took too long to answer. Try again.', { id: 'core.error.timeout' }),
  conflict: () => msg('These settings were changed somewhere else.', { id: 'core.error.conflict' }),
  validation: () => msg('Some of these values were not accepted.', { id: 'core.error.validation' }),
  unauthorized: () =>
    msg('Your session has ended. Sign in again to change these settings.', { id: 'core.error.unauthorized' }),
  'reauth-required': () => msg('Confirm it is you to make this change.', { id: 'core.error.reauth-required' }),
  'rate-limited': () =>
    msg('Too many changes in a short time. Wait a moment and try again.', { id: 'core.error.rate-limited' }),
  'not-found': () => msg('These settings could not be found.', { id: 'core.error.not-found' }),
  unavailable: () => msg('The service is not available right now. Try again later.', { id: 'core.error.unavailable' }),
  'invalid-response': () => msg('The service sent settings we could not read.', { id: 'core.error.invalid-response' }),
};

/**
 * What the customer is told for each kind of adapter failure. A kind from plain
 * JavaScript that is not one of ours reads as `unavailable`, as `toAdapterError` makes it,
 * and never reaches what `Object.prototype` has under that name.
 */
export function errorMessage(kind: AdapterErrorKind): string {
  return (ownValue(errorMessages, kind) ?? errorMessages.unavailable)();
}

export const coreMessages = {
  loading: () => msg('Loading settings…', { id: 'core.loading' }),
  retry: () => msg('Retry', { id: 'core.retry' }),
  dismiss: () => msg('Dismiss', { id: 'core.dismiss' }),
  save: () => msg('Save', { id: 'core.save' }),
  cancel: () => msg('Cancel', { id: 'core.cancel' }),
  saving: () => msg('Saving…', { id: 'core.saving' }),
  saved: () => msg('Saved', { id: 'core.saved' }),
  unsaved: () => msg('You have unsaved changes.', { id: 'core.unsaved' }),
  discarded: () => msg('Changes discarded.', { id: 'core.discarded' }),
  loadFailedTitle: () => msg('These settings could not be loaded', { id: 'core.load-failed.title' }),
  saveFailed: (reason: string) =>
    msg(str`Your change was not saved and has been undone. ${reason}`, { id: 'core.save-failed' }),
  conflict: () =>
    msg(
      'Someone changed these settings elsewhere. We kept their changes and re-applied yours where they did not overlap.',
      {
        id: 'core.conflict',
      },
    ),
  conflictKeepMine: () => msg('Use my changes', { id: 'core.conflict.keep-mine' }),
  conflictKeepTheirs: () => msg('Keep theirs', { id: 'core.conflict.keep-theirs' }),
  externalUpdate: () => msg('Updated with changes made elsewhere.', { id: 'core.external-update' }),
  configTitle: () => msg('This widget is not set up', { id: 'core.config.title' }),
  noAdapter: () =>
    msg('No adapter was given. Set the .adapter property or place the widget inside <prefs-provider>.', {
      id: 'core.config.no-adapter',
    }),
  missingMethods: (methods: string) =>
    msg(str`The adapter lacks these methods: ${methods}.`, { id: 'core.config.missing-methods' }),
  invalidDetail: (detail: string) => msg(str`Details: ${detail}`, { id: 'core.error.detail' }),
  /** One field a `validation` refusal named, and what the service said of it (its words, isolated). */
  refusedField: (field: string, reason: string) =>
    msg(str`${field}: ${reason}`, { id: 'core.error.field', desc: 'A refused field and the reason the service gave.' }),
  /** `when` is a time to come in words, such as "in 30 seconds" (Intl.RelativeTimeFormat). */
  tryAgainIn: (when: string) =>
    msg(str`You can try again ${when}.`, {
      id: 'core.retry-after.relative',
      desc: 'When the service allows another try; the placeholder reads like "in 30 seconds".',
    }),
  /** `time` is a time of day, such as "14:30". */
  tryAgainAt: (time: string) =>
    msg(str`You can try again after ${time}.`, {
      id: 'core.retry-after.time',
      desc: 'When the service allows another try; the placeholder is a time of day.',
    }),
  retryScheduled: () =>
    msg('We will try again then, on our own.', {
      id: 'core.retry-scheduled',
      desc: 'After the customer pressed Retry before the service allows it: the Retry waits, then goes out.',
    }),
};

export function describeError(error: AdapterError): string {
  return errorMessage(error.kind);
}
