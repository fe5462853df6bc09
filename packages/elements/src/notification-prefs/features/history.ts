import { msg, str } from '@lit/localize';
import { coreMessages } from '@prefcenter/core';
import { HistoryPanel, historyStyles as kitHistoryStyles } from '@prefcenter/core/kit/history';
import type { ReactiveControllerHost } from 'lit';
import { fieldStyles } from '@prefcenter/core/kit/field-styles';
import type { NotificationFeatureHost } from './feature-host.js';
import { featureText } from './feature-support.js';
import './features-translations.js';

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
        title: () => t('title', msg('History', { id: 'notification-prefs.history.title' })),
        loading: () => t('loading', msg('Loading history…', { id: 'notification-prefs.history.loading' })),
        empty: () => t('empty', msg('No changes yet.', { id: 'notification-prefs.history.empty' })),
        source: (source) =>
          t('source', msg(str`From: ${source}`, { id: 'notification-prefs.history.source' }), { source }),
        retry: () => host.t('retry', coreMessages.retry()),
      },
    });
  }
}

export const historyStyles = [...fieldStyles, kitHistoryStyles];
