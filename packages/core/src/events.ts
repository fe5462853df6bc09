import type { AdapterError } from './errors.js';
import type { PrefsDomain } from './adapter.js';
import type { PaymentToken } from './domains/payments/schema.js';

/**
 * Events are classes, as in Lit's context events and Web Awesome: typed, documented,
 * and listed in `HTMLElementEventMap`. Events the host must hear bubble and are
 * composed, so a listener on any ancestor hears every widget.
 */
const hostEvent: EventInit = { bubbles: true, composed: true };

/**
 * Two copies of core can meet on one page (the CDN bundle and a host's bundler), each with
 * its own event classes, and a host's `event instanceof PrefsChangeEvent` must hold for a
 * widget of either copy. So events carry a brand under a key every copy shares (the global
 * symbol registry), valued with the version of the events' shapes.
 */
const eventBrand: unique symbol = Symbol.for('@prefcenter/event');
const eventShape = 1;

/** What every `prefs-*` event shares: `instanceof` recognises one from any copy of core by brand and type. */
export abstract class PrefsEvent extends Event {
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (!isPrefsEvent(value)) return false;
    if (this === PrefsEvent) return true;
    // Each of our classes names its type in its own `eventName`; a host's subclass, which
    // has none of its own, keeps the ordinary check.
    return Object.hasOwn(this, 'eventName') && value.type === (this as { eventName?: unknown }).eventName;
  }
}

Object.defineProperty(PrefsEvent.prototype, eventBrand, { value: eventShape });

/** Whether `value` is a `prefs-*` event from this copy of core or another one on the page. */
export function isPrefsEvent(value: unknown): value is PrefsEvent {
  if (typeof value !== 'object' || value === null) return false;
  const branded = value as { [eventBrand]?: unknown; type?: unknown };
  return branded[eventBrand] === eventShape && typeof branded.type === 'string';
}

export interface PrefsChangeDetail<P = unknown> {
  domain: PrefsDomain;
  /** The merge patch the customer just made, applied to the view at once. */
  patch: P;
}

/** The customer changed something; it shows at once and is being saved (or drafted in manual mode). */
export class PrefsChangeEvent<P = unknown> extends PrefsEvent {
  static readonly eventName = 'prefs-change';
  constructor(readonly detail: PrefsChangeDetail<P>) {
    super(PrefsChangeEvent.eventName, hostEvent);
  }
}

export interface PrefsSavedDetail<D = unknown> {
  domain: PrefsDomain;
  /** The confirmed document as the adapter returned it. */
  document: D;
}

/** The adapter confirmed a change. */
export class PrefsSavedEvent<D = unknown> extends PrefsEvent {
  static readonly eventName = 'prefs-saved';
  constructor(readonly detail: PrefsSavedDetail<D>) {
    super(PrefsSavedEvent.eventName, hostEvent);
  }
}

export interface PrefsErrorDetail {
  domain: PrefsDomain;
  /** `load` when reading failed, `save` when a change was rolled back, `action` when an action failed. */
  operation: 'load' | 'save' | 'action';
  /** The action's name, when `operation` is `action`. */
  action?: string;
  error: AdapterError;
}

/** A load or save failed; the widget shows it with Retry, and the host may log or react. */
export class PrefsErrorEvent extends PrefsEvent {
  static readonly eventName = 'prefs-error';
  constructor(readonly detail: PrefsErrorDetail) {
    super(PrefsErrorEvent.eventName, hostEvent);
  }
}

export interface PrefsConflictDetail {
  domain: PrefsDomain;
  /** Paths of the fields that were changed elsewhere and collided with the customer's edits. */
  paths: string[][];
}

/** A save met a newer version; the widget reloaded and re-applied what did not collide. */
export class PrefsConflictEvent extends PrefsEvent {
  static readonly eventName = 'prefs-conflict';
  constructor(readonly detail: PrefsConflictDetail) {
    super(PrefsConflictEvent.eventName, hostEvent);
  }
}

export interface PrefsReauthRequiredDetail {
  domain: PrefsDomain;
  /** Call once the host has re-authenticated the customer; the change is sent again. */
  retry: () => void;
}

/** The backend wants the customer to sign in again before this change. */
export class PrefsReauthRequiredEvent extends PrefsEvent {
  static readonly eventName = 'prefs-reauth-required';
  constructor(readonly detail: PrefsReauthRequiredDetail) {
    super(PrefsReauthRequiredEvent.eventName, hostEvent);
  }
}

export interface PrefsVerifyChannelDetail {
  channelId: string;
  /** What the channel needs, e.g. `verified-phone`. */
  requirement: string | undefined;
  /** Call once the host's step is done; the widget reloads the catalog. */
  done: () => void;
}

/** A notification channel needs a host step first (verify a phone, register a device). Cancelable. */
export class PrefsVerifyChannelEvent extends PrefsEvent {
  static readonly eventName = 'prefs-verify-channel';
  constructor(readonly detail: PrefsVerifyChannelDetail) {
    super(PrefsVerifyChannelEvent.eventName, { ...hostEvent, cancelable: true });
  }
}

export interface PrefsAddPaymentMethodDetail {
  /**
   * Call with the token the host's payment provider handed back (after a redirect, say);
   * the widget adds the method through the adapter. Resolves true once it is added.
   */
  complete: (token: PaymentToken) => Promise<boolean>;
  /** Call when the customer left the provider's flow without adding a method. */
  cancel: () => void;
}

/**
 * The customer asked to add a payment method and no provider form is in the widget's
 * `add-method` slot: the host opens its provider (a redirect, a pop-up). Cancelable: a
 * host that handles it calls `preventDefault()`, else the widget says adding is not offered.
 */
export class PrefsAddPaymentMethodEvent extends PrefsEvent {
  static readonly eventName = 'prefs-add-payment-method';
  constructor(readonly detail: PrefsAddPaymentMethodDetail) {
    super(PrefsAddPaymentMethodEvent.eventName, { ...hostEvent, cancelable: true });
  }
}

export interface PrefsPaymentTokenDetail {
  token: PaymentToken;
}

/**
 * Dispatched by the host's provider form in the `add-method` slot (bubbling, from inside
 * the widget's light DOM) once its provider handed back a token: the widget adds the
 * method. It carries the token alone, never card data.
 */
export class PrefsPaymentTokenEvent extends PrefsEvent {
  static readonly eventName = 'prefs-payment-token';
  constructor(readonly detail: PrefsPaymentTokenDetail) {
    super(PrefsPaymentTokenEvent.eventName, hostEvent);
  }
}

declare global {
  interface HTMLElementEventMap {
    'prefs-change': PrefsChangeEvent;
    'prefs-saved': PrefsSavedEvent;
    'prefs-error': PrefsErrorEvent;
    'prefs-conflict': PrefsConflictEvent;
    'prefs-reauth-required': PrefsReauthRequiredEvent;
    'prefs-verify-channel': PrefsVerifyChannelEvent;
    'prefs-add-payment-method': PrefsAddPaymentMethodEvent;
    'prefs-payment-token': PrefsPaymentTokenEvent;
  }
}
