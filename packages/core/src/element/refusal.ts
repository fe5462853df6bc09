import type { AdapterError } from '../errors.js';
import { formatDate, formatRelativeTime } from '../l10n/intl.js';
import { coreMessages } from '../l10n/messages.js';
import { translate, type Text } from '../l10n/text.js';
import { isolate } from './bidi.js';

/**
 * `subscriptions.statements.email` or `items[0].id` (as `formatPath` writes a path) as
 * path segments, so a widget can name the setting. An id with a dot in it reads as two
 * segments: the widget then finds no name, and the adapter's own text is shown.
 */
export function parseFieldPath(key: string): string[] {
  if (key === '(root)') return [];
  return key.split(/\.|\[(\d+)\]/).filter((part): part is string => part !== undefined && part !== '');
}

/**
 * The fields a `validation` refusal named, each as a sentence: the widget's name for the
 * setting where it has one (`name`), else the adapter's key; and the adapter's reason.
 * Adapter text is isolated, so it keeps its direction in any sentence of ours. `text` is
 * the widget's, so a host's `strings` override of the sentence applies.
 */
export function refusedFields(
  error: AdapterError,
  name: (path: string[]) => string | undefined,
  text: Text = translate,
): string[] {
  const fields: unknown = error.fields;
  if (typeof fields !== 'object' || fields === null) return [];
  // Own entries only: a key such as `__proto__` is a key like any other here.
  return Object.entries(fields).map(([key, reason]) => {
    const field = name(parseFieldPath(key)) ?? isolate(key);
    return typeof reason === 'string' && reason.trim()
      ? coreMessages.refusedField(field, isolate(reason), text)
      : field;
  });
}

/**
 * When the service allows another try, in words: "in 30 seconds", "in 5 minutes", and a
 * time of day beyond an hour (a count of minutes that large is harder to act on), with
 * the date beyond a day (a time of day alone would read as today's). `text` is the
 * widget's, for the host's overrides.
 */
export function retryAfterSentence(at: number, text: Text = translate, now = Date.now()): string {
  const seconds = Math.max(1, Math.ceil((at - now) / 1000));
  if (seconds < 90) return coreMessages.tryAgainIn(formatRelativeTime(seconds, 'second'), text);
  if (seconds < 3600) return coreMessages.tryAgainIn(formatRelativeTime(Math.ceil(seconds / 60), 'minute'), text);
  if (seconds < 24 * 3600) return coreMessages.tryAgainAt(formatDate(at, { timeStyle: 'short' }), text);
  return coreMessages.tryAgainAt(formatDate(at, { dateStyle: 'medium', timeStyle: 'short' }), text);
}
