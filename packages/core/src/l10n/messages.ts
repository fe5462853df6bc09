import type { AdapterError, AdapterErrorKind } from '../errors.js';
import { ownValue } from '../safe-record.js';
import { translate, type Text } from './text.js';

/**
 * The sentences every widget shares, said through `text(id, english, values)`. Each takes
 * the `text` to say it with: a widget passes its own, so a host's `strings` override them
 * by key (the id without `core.`: `retry`, `save-failed`, `error.network`…); without one
 * they are only translated. Functions, so each is read in the active locale.
 */
const errorMessages: Record<AdapterErrorKind, (text: Text) => string> = {
  network: (text) => text('core.error.network', 'You seem to be offline. Check your connection and try again.'),
  timeout: (text) => text('core.error.timeout', 'The service took too long to answer. Try again.'),
  conflict: (text) => text('core.error.conflict', 'These settings were changed somewhere else.'),
  validation: (text) => text('core.error.validation', 'Some of these values were not accepted.'),
  unauthorized: (text) =>
    text('core.error.unauthorized', 'Your session has ended. Sign in again to change these settings.'),
  'reauth-required': (text) => text('core.error.reauth-required', 'Confirm it is you to make this change.'),
  'rate-limited': (text) =>
    text('core.error.rate-limited', 'Too many changes in a short time. Wait a moment and try again.'),
  'not-found': (text) => text('core.error.not-found', 'These settings could not be found.'),
  unavailable: (text) => text('core.error.unavailable', 'The service is not available right now. Try again later.'),
  'invalid-response': (text) => text('core.error.invalid-response', 'The service sent settings we could not read.'),
};

/**
 * What the customer is told for each kind of adapter failure. A kind from plain
 * JavaScript that is not one of ours reads as `unavailable`, as `toAdapterError` makes it,
 * and never reaches what `Object.prototype` has under that name.
 */
export function errorMessage(kind: AdapterErrorKind, text: Text = translate): string {
  return (ownValue(errorMessages, kind) ?? errorMessages.unavailable)(text);
}

export const coreMessages = {
  loading: (text: Text = translate) => text('core.loading', 'Loading settings…'),
  retry: (text: Text = translate) => text('core.retry', 'Retry'),
  dismiss: (text: Text = translate) => text('core.dismiss', 'Dismiss'),
  save: (text: Text = translate) => text('core.save', 'Save'),
  cancel: (text: Text = translate) => text('core.cancel', 'Cancel'),
  saving: (text: Text = translate) => text('core.saving', 'Saving…'),
  saved: (text: Text = translate) => text('core.saved', 'Saved'),
  unsaved: (text: Text = translate) => text('core.unsaved', 'You have unsaved changes.'),
  discarded: (text: Text = translate) => text('core.discarded', 'Changes discarded.'),
  loadFailedTitle: (text: Text = translate) => text('core.load-failed.title', 'These settings could not be loaded'),
  saveFailed: (reason: string, text: Text = translate) =>
    text('core.save-failed', 'Your change was not saved and has been undone. {reason}', { reason }),
  conflict: (text: Text = translate) =>
    text(
      'core.conflict',
      'Someone changed these settings elsewhere. We kept their changes and re-applied yours where they did not overlap.',
    ),
  conflictKeepMine: (text: Text = translate) => text('core.conflict.keep-mine', 'Use my changes'),
  conflictKeepTheirs: (text: Text = translate) => text('core.conflict.keep-theirs', 'Keep theirs'),
  externalUpdate: (text: Text = translate) => text('core.external-update', 'Updated with changes made elsewhere.'),
  configTitle: (text: Text = translate) => text('core.config.title', 'This widget is not set up'),
  noAdapter: (text: Text = translate) =>
    text(
      'core.config.no-adapter',
      'No adapter was given. Set the .adapter property or place the widget inside <prefs-provider>.',
    ),
  missingMethods: (methods: string, text: Text = translate) =>
    text('core.config.missing-methods', 'The adapter lacks these methods: {methods}.', { methods }),
  invalidDetail: (detail: string, text: Text = translate) => text('core.error.detail', 'Details: {detail}', { detail }),
  /** One field a `validation` refusal named, and what the service said of it (its words, isolated). */
  refusedField: (field: string, reason: string, text: Text = translate) =>
    text('core.error.field', '{field}: {reason}', { field, reason }),
  /** `when` is a time to come in words, such as "in 30 seconds" (Intl.RelativeTimeFormat). */
  tryAgainIn: (when: string, text: Text = translate) =>
    text('core.retry-after.relative', 'You can try again {when}.', { when }),
  /** `time` is a time of day, such as "14:30". */
  tryAgainAt: (time: string, text: Text = translate) =>
    text('core.retry-after.time', 'You can try again after {time}.', { time }),
  /** After the customer pressed Retry before the service allows it: the Retry waits, then goes out. */
  retryScheduled: (text: Text = translate) => text('core.retry-scheduled', 'We will try again then, on our own.'),
};

export function describeError(error: AdapterError): string {
  return errorMessage(error.kind);
}
