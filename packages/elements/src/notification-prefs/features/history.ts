import { coreMessages, translate } from '@prefcenter/core';
import { HistoryPanel, historyStyles as kitHistoryStyles } from '@prefcenter/core/kit/history';
import type { ReactiveControllerHost } from 'lit';
import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import type { NotificationFeatureHost } from './feature-host.js';
import { featureText } from './feature-support.js';
import '../generated/translations.js';

export type { HistoryStatus } from '@prefcenter/core/kit/history';

/**
 * Core's history panel in this widget's words, over the domain's `history` action (when
 * the adapter has `getNotificationHistory`). The element calls `invalidate()` when a change
 * is saved here or elsewhere.
 */
export class HistoryFeature extends HistoryPanel {
  constructor(host: NotificationFeatureHost & ReactiveControllerHost) {
    const t = (key: string, fallback: string, values?: Record<string, string>) =>
      featureText(host, `history.${key}`, fallback, values);
    super(host, {
      texts: {
        title: () => t('title', translate('notification-prefs.history.title', 'History')),
        loading: () => t('loading', translate('notification-prefs.history.loading', 'Loading history…')),
        empty: () => t('empty', translate('notification-prefs.history.empty', 'No changes yet.')),
        source: (source) =>
          t('source', translate('notification-prefs.history.source', 'From: {source}', { source }), { source }),
        retry: () => host.t('retry', coreMessages.retry()),
      },
    });
  }
}

export const historyStyles = [...fieldStyles, kitHistoryStyles];
