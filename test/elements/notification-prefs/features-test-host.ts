import { updateWhenLocaleChanges } from '@lit/localize';
import {
  applyMergePatch,
  baseStyles,
  defaultAdapterTimeout,
  domainResource,
  errorMessage,
  notificationsDomain,
  ResourceActions,
  type ResourceNotice,
  type ResourceSpec,
  getLocale,
  localeDirection,
  notificationCatalogSchema,
  type NotificationCatalog,
  type NotificationPreferences,
  type PreferencesPatch,
  type PrefsAdapter,
  type Text,
  textWithOverrides,
} from '@prefcenter/core';
import { expect } from '@open-wc/testing';
import { html, LitElement, nothing, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { NotificationFeatureHost } from '../../../packages/elements/src/notification-prefs/features/feature-host.js';
import { categoryOptionsStyles } from '../../../packages/elements/src/notification-prefs/features/category-options.js';
import { historyStyles } from '../../../packages/elements/src/notification-prefs/features/history.js';
import { marketingStyles } from '../../../packages/elements/src/notification-prefs/features/marketing.js';
import { pauseStyles } from '../../../packages/elements/src/notification-prefs/features/pause.js';
import { undoStyles } from '../../../packages/elements/src/notification-prefs/features/undo.js';
import { quietHoursStyles } from '../../../packages/elements/src/notification-prefs/features/quiet-hours.js';

/**
 * A small stand-in for <notification-prefs>: it holds the document the test gives it,
 * applies each change as a merge patch and keeps every patch and announcement, so a test
 * can check exactly what a part asked for.
 */
export class FeaturesTestHost extends LitElement implements NotificationFeatureHost {
  static override styles: CSSResultGroup = [
    baseStyles,
    categoryOptionsStyles,
    quietHoursStyles,
    pauseStyles,
    marketingStyles,
    undoStyles,
    historyStyles,
  ];

  @property({ attribute: false }) view: NotificationPreferences = basePreferences();
  @property({ attribute: false }) catalog: NotificationCatalog = baseCatalog();
  @property({ attribute: false }) adapter: PrefsAdapter | undefined;
  @property({ type: Boolean }) disabled = false;
  @property({ attribute: false }) strings: Record<string, string> = {};
  /** What to draw: usually `() => part.render()`. */
  @property({ attribute: false }) content: () => unknown = () => nothing;
  @state() announcement = '';

  readonly patches: PreferencesPatch<NotificationPreferences>[] = [];
  readonly announcements: string[] = [];

  #spec: ResourceSpec<NotificationPreferences, NotificationCatalog> | undefined;
  #specAdapter: PrefsAdapter | undefined;
  /** The domain's actions over `adapter`, as the widget has them; failures are announced as it does. */
  readonly actions: ResourceActions<NotificationPreferences, NotificationCatalog>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    const resource = {
      spec: undefined as ResourceSpec<NotificationPreferences, NotificationCatalog> | undefined,
      timeout: defaultAdapterTimeout,
      confirmed: undefined,
      adopt: () => {},
      refresh: async () => {},
      notify: (notice: ResourceNotice) => {
        if (notice.type === 'action-failed') this.announce(errorMessage(notice.error.kind));
      },
    };
    Object.defineProperty(resource, 'spec', { get: () => this.#specFor() });
    this.actions = new ResourceActions<NotificationPreferences, NotificationCatalog>(this, resource);
  }

  #specFor(): ResourceSpec<NotificationPreferences, NotificationCatalog> | undefined {
    if (this.adapter !== this.#specAdapter) {
      this.#specAdapter = this.adapter;
      this.#spec = this.adapter && domainResource(this.adapter, notificationsDomain);
    }
    return this.#spec;
  }

  change(patch: PreferencesPatch<NotificationPreferences>, settled?: (applied: boolean) => void): void {
    this.patches.push(patch);
    this.view = applyMergePatch(this.view, patch);
    settled?.(true);
  }

  /** As the widget says a sentence: the test's override by the id without its prefix, else the translation. */
  readonly text: Text = (id, english, values) => textWithOverrides(this.strings, id, english, values);

  announce(message: string): void {
    // Kept without the marks (FSI, PDI) that isolate adapter text, to compare with plain sentences.
    this.announcements.push(message.replace(/[\u2068\u2069]/g, ''));
    this.announcement = message;
  }

  protected override render(): unknown {
    const locale = getLocale();
    return html`<div dir=${localeDirection(locale)} lang=${locale}>
      <main>${this.content()}</main>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

/** A short description of a node for assertion messages (chai's own inspection of a node in a shadow root can hang). */
export function describeNode(node: Element | null | undefined): string {
  return node ? node.outerHTML.slice(0, 300) : String(node);
}

export function expectNone(node: Element | null | undefined): void {
  expect(node ? describeNode(node) : null).to.equal(null);
}

export function expectSame(actual: Element | null | undefined, expected: Element | null | undefined): void {
  expect(actual === expected, `${describeNode(actual)} should be ${describeNode(expected)}`).to.equal(true);
}

export function basePreferences(): NotificationPreferences {
  return {
    version: 1,
    updatedAt: '2025-05-01T10:00:00Z',
    subscriptions: {
      'low-balance': { email: true, sms: false },
      'large-transaction': { email: true },
      'payment-due': { email: true },
      offers: { email: true, sms: true },
      'product-news': { email: false, push: true },
      'security-alerts': { email: true, sms: true },
    },
    frequency: { 'low-balance': 'immediate' },
    thresholds: { 'low-balance': 100 },
  };
}

export function baseCatalog(): NotificationCatalog {
  return notificationCatalogSchema.parse({
    currency: 'USD',
    sections: [
      { id: 'account', label: 'Account activity' },
      { id: 'marketing', label: 'Marketing' },
      { id: 'security', label: 'Security' },
    ],
    channels: [
      { id: 'email', label: 'Email' },
      { id: 'sms', label: 'SMS', requires: 'verified-phone' },
      { id: 'push', label: 'Push', requires: 'registered-device' },
    ],
    categories: [
      {
        id: 'low-balance',
        sectionId: 'account',
        label: 'Low balance',
        channels: ['email', 'sms', 'push'],
        frequencies: ['immediate', 'daily'],
        threshold: { kind: 'balance-below', min: 10, max: 5000, default: 100 },
      },
      {
        id: 'large-transaction',
        sectionId: 'account',
        label: 'Large transactions',
        channels: ['email', 'sms'],
        threshold: { kind: 'transaction-over', min: 0, default: 500 },
      },
      {
        id: 'payment-due',
        sectionId: 'account',
        label: 'Payment due',
        channels: ['email'],
        frequencies: ['immediate', 'daily', 'weekly'],
        threshold: { kind: 'payment-due-days', min: 1, max: 14, default: 3 },
      },
      {
        id: 'statements',
        sectionId: 'account',
        label: 'Statements',
        channels: ['email'],
      },
      { id: 'offers', sectionId: 'marketing', label: 'Offers', channels: ['email', 'sms'], marketing: true },
      {
        id: 'product-news',
        sectionId: 'marketing',
        label: 'Product news',
        channels: ['email', 'push'],
        marketing: true,
        frequencies: ['weekly'],
      },
      {
        id: 'security-alerts',
        sectionId: 'security',
        label: 'Security alerts',
        channels: ['email', 'sms'],
        critical: true,
        required: { reason: 'We must tell you about security events.' },
      },
    ],
  });
}

customElements.define('features-test-host', FeaturesTestHost);

declare global {
  interface HTMLElementTagNameMap {
    'features-test-host': FeaturesTestHost;
  }
}
