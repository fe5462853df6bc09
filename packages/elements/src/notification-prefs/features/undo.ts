import { msg, str } from '@lit/localize';
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
import { frequencyLabel, featureText } from './feature-support.js';
import './features-translations.js';

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
        undo: () => this.#t('undo', msg('Undo', { id: 'notification-prefs.undo.undo' })),
        undone: () => this.#t('undone', msg('Change undone', { id: 'notification-prefs.undo.undone' })),
        announce: (message, seconds) =>
          this.#t(
            'announce',
            msg(str`${message}. Undo available for ${seconds} seconds.`, { id: 'notification-prefs.undo.announce' }),
            { message, seconds },
          ),
      },
    });
    this.#host = host;
  }

  #t(key: string, fallback: string, values?: Record<string, string>): string {
    return featureText(this.#host, `undo.${key}`, fallback, values);
  }

  /**
   * A sentence for a simple change ("SMS for Low balance: off"), else "Change made": not
   * "saved", since the save may still be on its way, may fail, or be a draft in manual mode.
   */
  #describe(patch: PreferencesPatch<NotificationPreferences>): string {
    const { catalog } = this.#host;
    // Isolated: adapter text inside our sentence, shown and announced.
    const categoryName = (id: string) => isolate(catalog.categories.find((c) => c.id === id)?.label ?? id);
    const keys = Object.keys(patch);
    if (patch.marketingConsent && typeof patch.marketingConsent === 'object') {
      return patch.marketingConsent.granted
        ? this.#t('marketing-on', msg('Marketing allowed', { id: 'notification-prefs.undo.marketing-on' }))
        : this.#t('marketing-off', msg('Marketing turned off', { id: 'notification-prefs.undo.marketing-off' }));
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
          ? this.#t(
              'channel-on',
              msg(str`${channelName} for ${category}: on`, { id: 'notification-prefs.undo.channel-on' }),
              {
                channel: channelName,
                category,
              },
            )
          : this.#t(
              'channel-off',
              msg(str`${channelName} for ${category}: off`, { id: 'notification-prefs.undo.channel-off' }),
              { channel: channelName, category },
            );
      }
      const frequency = one(patch.frequency);
      if (frequency && typeof frequency[1] === 'string') {
        const category = categoryName(frequency[0]);
        const how = frequencyLabel(this.#host, frequency[1] as NotificationFrequency);
        return this.#t('frequency', msg(str`${category}: ${how}`, { id: 'notification-prefs.undo.frequency' }), {
          category,
          frequency: how,
        });
      }
      const threshold = one(patch.thresholds);
      if (threshold && typeof threshold[1] === 'number') {
        const category = catalog.categories.find((c) => c.id === threshold[0]);
        const name = categoryName(threshold[0]);
        const value =
          category?.threshold?.kind === 'payment-due-days'
            ? formatNumber(threshold[1])
            : formatMoney(threshold[1], catalog.currency);
        return this.#t(
          'threshold',
          msg(str`Threshold for ${name}: ${value}`, { id: 'notification-prefs.undo.threshold' }),
          { category: name, value },
        );
      }
      if ('quietHours' in patch) {
        return this.#t('quiet-hours', msg('Quiet hours changed', { id: 'notification-prefs.undo.quiet-hours' }));
      }
      if ('pausedUntil' in patch) {
        return patch.pausedUntil === null
          ? this.#t('resumed', msg('Notifications resumed', { id: 'notification-prefs.undo.resumed' }))
          : this.#t('paused', msg('Notifications paused', { id: 'notification-prefs.undo.paused' }));
      }
    }
    return this.#t('made', msg('Change made', { id: 'notification-prefs.undo.made' }));
  }
}

export const undoStyles = [kitUndoStyles];
