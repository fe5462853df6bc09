import { fixture, html } from '@open-wc/testing';
import {
  notificationsDomain,
  type AdapterError,
  type NotificationCatalog,
  type NotificationPreferences,
  type NotificationsAdapter,
  type PrefsAdapter,
  type ReadOptions,
} from '@prefcenter/core';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/elements/src/notification-prefs/define.js';
import type { NotificationPrefs } from '../../../packages/elements/src/notification-prefs/index.js';
import type { Deferred } from '../../shared/deferred.js';
import { FakeBackend, type FakeSave } from '../../shared/fake-backend.js';
import { waitUntil } from '../../shared/wait.js';

export { Deferred } from '../../shared/deferred.js';

export const xssName = '<img src=x onerror=alert(1)>';

/** A small bank: SMS needs a verified phone, one required and one security category, marketing. */
export function smallCatalog(): NotificationCatalog {
  return {
    currency: 'USD',
    sections: [
      { id: 'account', label: 'Account activity', description: 'Money coming in and going out.' },
      { id: 'security', label: 'Security' },
      { id: 'marketing', label: 'Offers and news' },
    ],
    channels: [
      { id: 'email', label: 'Email', ready: true },
      { id: 'sms', label: 'SMS', requires: 'verified-phone', ready: false },
      { id: 'push', label: 'Push', ready: true },
    ],
    categories: [
      {
        id: 'large-transaction',
        sectionId: 'account',
        label: 'Large transactions',
        description: 'A payment over your limit.',
        channels: ['email', 'sms', 'push'],
        threshold: { kind: 'transaction-over', min: 0, default: 500 },
        frequencies: ['immediate', 'daily'],
      },
      {
        id: 'statements',
        sectionId: 'account',
        label: 'Statements',
        description: 'Your monthly statement is ready.',
        channels: ['email', 'push'],
      },
      {
        id: 'sign-in',
        sectionId: 'security',
        label: 'New sign-in',
        channels: ['email', 'sms'],
        required: { reason: 'We must tell you about new sign-ins.' },
        security: true,
      },
      {
        id: 'password',
        sectionId: 'security',
        label: 'Password changed',
        channels: ['email', 'push'],
        security: true,
      },
      { id: 'offers', sectionId: 'marketing', label: 'Offers', channels: ['email', 'push'], marketing: true },
      { id: 'xss', sectionId: 'marketing', label: xssName, description: xssName, channels: ['email'] },
    ],
  };
}

export function smallPreferences(): NotificationPreferences {
  return {
    version: 1,
    updatedAt: '2025-05-01T10:00:00Z',
    subscriptions: {
      'large-transaction': { email: true, push: false },
      statements: { email: true, push: true },
      'sign-in': { email: true },
      password: { email: true, push: true },
      offers: { email: false },
    },
    frequency: {},
    thresholds: {},
  };
}

/** `count` categories over seven sections and five ready channels. */
export function manyCatalog(count: number): NotificationCatalog {
  const channels = ['email', 'sms', 'push', 'in-app', 'postal'];
  const sections = Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, label: `Section ${i + 1}` }));
  return {
    currency: 'USD',
    sections,
    channels: channels.map((id) => ({ id, label: id.toUpperCase(), ready: true })),
    categories: Array.from({ length: count }, (_, i) => ({
      id: `c${i}`,
      sectionId: `s${Math.floor((i * 7) / count)}`,
      label: `Category ${i + 1}`,
      description: i % 2 ? 'Odd one' : 'Even one',
      channels: i % 3 ? channels : channels.slice(0, 3),
    })),
  };
}

export type SaveCall = FakeSave<NotificationPreferences>;

/**
 * The shared fake backend for the notification domain, handed to the widget as the
 * adapter itself (its adapter's methods are copied onto the instance). It offers no
 * actions: a test that wants the host's verification step sets
 * `verifyNotificationChannel` on it. The accessors below keep the names these tests use.
 */
export class FakeAdapter extends FakeBackend<NotificationPreferences> implements NotificationsAdapter {
  declare getNotificationCatalog: NotificationsAdapter['getNotificationCatalog'];
  declare getNotificationPreferences: NotificationsAdapter['getNotificationPreferences'];
  declare updateNotificationPreferences: NotificationsAdapter['updateNotificationPreferences'];
  /** Set it to offer the host's verification step through the adapter. */
  declare verifyNotificationChannel?: (channelId: string, options: ReadOptions) => Promise<void>;

  constructor(catalog: unknown = smallCatalog(), doc: NotificationPreferences = smallPreferences()) {
    super(notificationsDomain, catalog, doc, { actions: [] });
    Object.assign(this, this.adapter);
  }

  get doc(): NotificationPreferences {
    return this.document;
  }
  set doc(doc: NotificationPreferences) {
    this.document = doc;
  }

  /** Saves confirm at once; off, each waits for the test to settle it. */
  get autoConfirm(): boolean {
    return !this.holdSaves;
  }
  set autoConfirm(on: boolean) {
    this.holdSaves = !on;
  }

  /** Fails the next save with this error. */
  get failNext(): AdapterError | undefined {
    return this.failNextSave;
  }
  set failNext(error: AdapterError | undefined) {
    this.failNextSave = error;
  }

  /** Makes every load wait on this. */
  get holdLoad(): Deferred<void> | undefined {
    return this.holdLoads;
  }
  set holdLoad(hold: Deferred<void> | undefined) {
    this.holdLoads = hold;
  }

  get catalogReads(): number {
    return this.catalogLoads;
  }

  /** The idempotency key of every save, in order. */
  get idempotencyKeys(): string[] {
    return this.saves.map((save) => save.meta.idempotencyKey);
  }

  /** Settles with the first save that arrives after this is read. */
  get nextSave(): { promise: Promise<SaveCall> } {
    return { promise: this.save(this.saves.length + 1) };
  }
}

export async function mount(
  adapter: PrefsAdapter,
  template = html`<notification-prefs></notification-prefs>`,
): Promise<NotificationPrefs> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('notification-prefs')!;
  el.adapter = adapter;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"], [part="empty"], [part="error"]'), 'never loaded');
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The button whose text, white space folded, is `text`; throws when there is none. */
export function button(el: Element, text: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

/** `text` without the marks (FSI, PDI) that isolate adapter text inside our sentences. */
export const plain = (text: string): string => text.replace(/[\u2068\u2069]/g, '');

/** The switch named `name` (e.g. "SMS for Large transactions"). */
export function control(el: Element, name: string): HTMLElement {
  const found = $$(el, '[role="checkbox"]').find((b) => plain(b.getAttribute('aria-label') ?? '') === name);
  if (!found) throw new Error(`No control named "${name}"`);
  return found;
}

export function status(el: Element): string {
  return plain($(el, '[part="status"]').textContent!.trim());
}

const webdriverKeys: Record<string, string> = {
  Control: '\uE009',
  Shift: '\uE008',
  Tab: '\uE004',
  End: '\uE010',
  Home: '\uE011',
};
/** WebKit runs through WebDriver, whose runner takes no key-down; everything else through puppeteer. */
const viaWebDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

/**
 * Presses `key` with a modifier held. Puppeteer takes no "Control+End", and WebDriver
 * takes no key-down, but presses every key of one `type` down together and then up.
 */
export async function pressWith(modifier: 'Control' | 'Shift', key: 'End' | 'Home' | 'Tab'): Promise<void> {
  if (viaWebDriver) {
    await sendKeys({ type: webdriverKeys[modifier]! + webdriverKeys[key]! });
    return;
  }
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

export function focused(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}
