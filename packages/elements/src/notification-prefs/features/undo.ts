import {
  formatMoney,
  formatNumber,
  inverseMergePatch,
  isolate,
  type NotificationFrequency,
  type NotificationPreferences,
  type PreferencesPatch,
} from '@prefcenter/core';
import { UndoRecorder, undoStyles as kitUndoStyles, type ChangeSource } from '@prefcenter/core/kit/undo';
import type { ReactiveControllerHost } from 'lit';
import type { NotificationFeatureHost } from './feature-host.js';
import { categoryOf } from '../catalog-index.js';
import { frequencyLabel } from './feature-support.js';
import '../generated/translations.js';

// Re-exported for the feature's existing importers; the function lives in core.
export { inverseMergePatch };

/**
 * Core's undo toast in this widget's words: what each change was ("SMS for Low balance:
 * off"). Given the element's resource controller as `changes`, it records every change
 * the customer makes, from the controller's change notices.
 */
export class UndoFeature extends UndoRecorder<NotificationPreferences> {
  readonly #host: NotificationFeatureHost;

  constructor(host: NotificationFeatureHost & ReactiveControllerHost, changes?: ChangeSource<NotificationPreferences>) {
    super(host, {
      changes,
      describe: (patch) => this.#describe(patch),
      texts: {
        undo: () => this.#host.text('notification-prefs.undo.undo', 'Undo'),
        undone: () => this.#host.text('notification-prefs.undo.undone', 'Change undone'),
        announce: (message, seconds) =>
          this.#host.text('notification-prefs.undo.announce', '{message}. Undo available for {seconds} seconds.', {
            message,
            seconds,
          }),
      },
    });
    this.#host = host;
  }

  /**
   * A sentence for a simple change ("SMS for Low balance: off"), else "Change made": not
   * "saved", since the save may still be on its way, may fail, or be a draft in manual mode.
   */
  #describe(patch: PreferencesPatch<NotificationPreferences>): string {
    const { catalog } = this.#host;
    // Isolated: adapter text inside our sentence, shown and announced.
    const categoryName = (id: string) => isolate(categoryOf(catalog, id)?.label ?? id);
    const keys = Object.keys(patch);
    if (patch.marketingConsent && typeof patch.marketingConsent === 'object') {
      return patch.marketingConsent.granted
        ? this.#host.text('notification-prefs.undo.marketing-on', 'Marketing allowed')
        : this.#host.text('notification-prefs.undo.marketing-off', 'Marketing turned off');
    }
    const one = <T>(record: Record<string, T> | null | undefined): [string, T] | undefined => {
      const entries = record && typeof record === 'object' ? Object.entries(record) : [];
      return entries.length === 1 ? entries[0] : undefined;
    };
    if (keys.length === 1) {
      const subscription = one(patch.subscriptions);
      const channel = subscription && one(subscription[1]);
      if (channel && typeof channel[1] === 'boolean') {
        const category = categoryName(subscription[0]);
        const channelName = isolate(catalog.channels.find((c) => c.id === channel[0])?.label ?? channel[0]);
        return channel[1]
          ? this.#host.text('notification-prefs.undo.channel-on', '{channel} for {category}: on', {
              channel: channelName,
              category,
            })
          : this.#host.text('notification-prefs.undo.channel-off', '{channel} for {category}: off', {
              channel: channelName,
              category,
            });
      }
      const frequency = one(patch.frequency);
      if (frequency && typeof frequency[1] === 'string') {
        const category = categoryName(frequency[0]);
        const how = frequencyLabel(this.#host, frequency[1] as NotificationFrequency);
        return this.#host.text('notification-prefs.undo.frequency', '{category}: {frequency}', {
          category,
          frequency: how,
        });
      }
      const threshold = one(patch.thresholds);
      if (threshold && typeof threshold[1] === 'number') {
        const category = categoryOf(catalog, threshold[0]);
        const name = categoryName(threshold[0]);
        const value =
          category?.threshold?.kind === 'payment-due-days'
            ? formatNumber(threshold[1])
            : formatMoney(threshold[1], catalog.currency);
        return this.#host.text('notification-prefs.undo.threshold', 'Threshold for {category}: {value}', {
          category: name,
          value,
        });
      }
      if ('quietHours' in patch) {
        return this.#host.text('notification-prefs.undo.quiet-hours', 'Quiet hours changed');
      }
      if ('pausedUntil' in patch) {
        return patch.pausedUntil === null
          ? this.#host.text('notification-prefs.undo.resumed', 'Notifications resumed')
          : this.#host.text('notification-prefs.undo.paused', 'Notifications paused');
      }
    }
    return this.#host.text('notification-prefs.undo.made', 'Change made');
  }
}

export const undoStyles = [kitUndoStyles];
