import { coreMessages } from '@prefcenter/core';
import { HistoryPanel, historyStyles as kitHistoryStyles } from '@prefcenter/core/kit/history';
import type { ReactiveControllerHost } from 'lit';
import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import type { NotificationFeatureHost } from './feature-host.js';
import '../generated/translations.js';

export type { HistoryStatus } from '@prefcenter/core/kit/history';

/**
 * Core's history panel in this widget's words, over the domain's `history` action (when
 * the adapter has `getNotificationHistory`). The element calls `invalidate()` when a change
 * is saved here or elsewhere.
 */
export class HistoryFeature extends HistoryPanel {
  constructor(host: NotificationFeatureHost & ReactiveControllerHost) {
    super(host, {
      texts: {
        title: () => host.text('notification-prefs.history.title', 'History'),
        loading: () => host.text('notification-prefs.history.loading', 'Loading history…'),
        empty: () => host.text('notification-prefs.history.empty', 'No changes yet.'),
        source: (source) => host.text('notification-prefs.history.source', 'From: {source}', { source }),
        retry: () => coreMessages.retry((id, english) => host.text(id, english)),
      },
    });
  }
}

export const historyStyles = [...fieldStyles, kitHistoryStyles];
