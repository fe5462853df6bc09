import type {
  NotificationCatalog,
  NotificationCategory,
  NotificationChannel,
  NotificationPreferences,
  NotificationSection,
} from '@prefcenter/core';
import type { LocalSeed } from '../types.js';

/**
 * Northwind Bank: the demo institution. Its data is meant to look like a real retail
 * bank's, so that stories and the demo show every case a widget must handle: locked
 * categories, thresholds, digests, a channel waiting for verification, marketing
 * consent, a low-contrast brand colour; and for payments separate recurring and one-off
 * defaults, a card that subscriptions and a bill charge, a card about to expire with
 * charges still due, a bank account waiting for its deposit amounts, another waiting
 * for its code, a wallet, and billing addresses in two countries.
 */

const SEEDED_AT = '2026-03-02T09:15:00.000Z';

export const bankChannels: NotificationChannel[] = [
  { id: 'email', label: 'Email', requires: 'verified-email', ready: true },
  // Not ready, so the demo shows what is missing and the verification step.
  { id: 'sms', label: 'SMS', requires: 'verified-phone', ready: false },
  { id: 'push', label: 'Push', requires: 'registered-device', ready: true },
  { id: 'in-app', label: 'In-app', ready: true },
  { id: 'postal', label: 'Postal mail', requires: 'postal-address', ready: true },
];

export const bankSections: NotificationSection[] = [
  { id: 'account-activity', label: 'Account activity', description: 'Money moving in and out of your accounts.' },
  { id: 'security', label: 'Security', description: 'Sign-ins and changes to how you access your account.' },
  { id: 'payments', label: 'Payments and transfers', description: 'Bills, transfers and direct debits.' },
  { id: 'statements', label: 'Statements and documents', description: 'Statements, tax forms and legal notices.' },
  { id: 'marketing', label: 'Offers and marketing', description: 'Offers we think you may like.' },
  { id: 'product-news', label: 'Product news', description: 'New features and tips for our apps.' },
  { id: 'service-notices', label: 'Service notices', description: 'Maintenance and disruptions to our services.' },
];

const ALL = ['email', 'sms', 'push', 'in-app'];

const categories: NotificationCategory[] = [
  // Account activity
  {
    id: 'large-transactions',
    sectionId: 'account-activity',
    label: 'Large transactions',
    description: 'A card payment or withdrawal over the amount you choose.',
    channels: ALL,
    threshold: { kind: 'transaction-over', min: 50, max: 10000, default: 500 },
  },
  {
    id: 'low-balance',
    sectionId: 'account-activity',
    label: 'Low balance',
    description: 'Your balance drops below the amount you choose.',
    channels: ALL,
    threshold: { kind: 'balance-below', min: 0, max: 5000, default: 100 },
  },
  {
    id: 'deposits',
    sectionId: 'account-activity',
    label: 'Deposits received',
    description: 'Money arrives in your account, including salary and transfers.',
    channels: ['email', 'push', 'in-app'],
    frequencies: ['immediate', 'daily'],
  },
  {
    id: 'card-declined',
    sectionId: 'account-activity',
    label: 'Declined card payments',
    description: 'A card payment was declined, with the reason.',
    channels: ALL,
    critical: true,
  },
  // Security
  {
    id: 'new-sign-in',
    sectionId: 'security',
    label: 'New sign-in',
    description: 'Someone signs in to your account from a new device or browser.',
    channels: ALL,
    security: true,
    critical: true,
  },
  {
    id: 'password-changed',
    sectionId: 'security',
    label: 'Password changed',
    description: 'Your password or passcode was changed.',
    channels: ['email', 'sms', 'push'],
    required: { reason: 'We always tell you when your password changes, so you can act at once if it was not you.' },
    security: true,
    critical: true,
  },
  {
    id: 'contact-details-changed',
    sectionId: 'security',
    label: 'Contact details changed',
    description: 'Your email address, phone number or postal address was changed.',
    channels: ['email', 'postal'],
    required: { reason: 'To protect your account, we must confirm every change of your contact details.' },
    security: true,
  },
  {
    id: 'suspicious-activity',
    sectionId: 'security',
    label: 'Suspicious activity',
    description: 'We blocked a payment or sign-in that did not look like you.',
    channels: ALL,
    security: true,
    critical: true,
  },
  // Payments
  {
    id: 'payment-due',
    sectionId: 'payments',
    label: 'Payment due',
    description: 'A reminder before your credit card or loan payment is due.',
    channels: ALL,
    threshold: { kind: 'payment-due-days', min: 1, max: 14, default: 3 },
  },
  {
    id: 'payment-failed',
    sectionId: 'payments',
    label: 'Payment failed',
    description: 'A scheduled payment or direct debit could not be made.',
    channels: ALL,
    critical: true,
  },
  {
    id: 'payment-received',
    sectionId: 'payments',
    label: 'Payment received',
    description: 'We received your credit card or loan payment.',
    channels: ['email', 'push', 'in-app'],
  },
  {
    id: 'upcoming-charges',
    sectionId: 'payments',
    label: 'Upcoming direct debits',
    description: 'Direct debits and standing orders that will leave your account soon.',
    channels: ['email', 'in-app'],
    frequencies: ['daily', 'weekly'],
  },
  // Statements
  {
    id: 'statement-ready',
    sectionId: 'statements',
    label: 'Statement ready',
    description: 'A new statement is ready to view.',
    channels: ['email', 'push', 'in-app', 'postal'],
    frequencies: ['immediate', 'daily', 'weekly'],
  },
  {
    id: 'tax-documents',
    sectionId: 'statements',
    label: 'Tax documents',
    description: 'Your yearly interest and tax statements are available.',
    channels: ['email', 'in-app', 'postal'],
  },
  {
    id: 'terms-changes',
    sectionId: 'statements',
    label: 'Changes to your terms',
    description: 'Changes to your account terms, fees or interest rates.',
    channels: ['email', 'in-app', 'postal'],
    required: { reason: 'The law requires us to tell you about changes to your terms and fees.' },
  },
  // Marketing
  {
    id: 'personal-offers',
    sectionId: 'marketing',
    label: 'Personal offers',
    description: 'Rates and products picked for you.',
    channels: ['email', 'sms', 'push', 'postal'],
    marketing: true,
    frequencies: ['immediate', 'weekly'],
  },
  {
    id: 'rewards',
    sectionId: 'marketing',
    label: 'Rewards and cashback',
    description: 'Cashback offers from shops you use.',
    channels: ['email', 'push', 'in-app'],
    marketing: true,
  },
  {
    id: 'partner-offers',
    sectionId: 'marketing',
    label: 'Offers from our partners',
    description: 'Insurance, travel and other offers from companies we work with.',
    channels: ['email', 'postal'],
    marketing: true,
  },
  // Product news
  {
    id: 'new-features',
    sectionId: 'product-news',
    label: 'New features',
    description: 'What is new in online banking and the mobile app.',
    channels: ['email', 'push', 'in-app'],
    frequencies: ['immediate', 'weekly'],
  },
  {
    id: 'app-tips',
    sectionId: 'product-news',
    label: 'Tips for using the app',
    description: 'Short guides to features you have not tried yet.',
    channels: ['email', 'in-app'],
  },
  // Service notices
  {
    id: 'planned-maintenance',
    sectionId: 'service-notices',
    label: 'Planned maintenance',
    description: 'Times when online banking will be unavailable.',
    channels: ['email', 'push', 'in-app'],
  },
  {
    id: 'service-disruptions',
    sectionId: 'service-notices',
    label: 'Service disruptions',
    description: 'Problems with cards, payments or online banking, and when they are fixed.',
    channels: ALL,
    critical: true,
  },
  {
    id: 'branch-changes',
    sectionId: 'service-notices',
    label: 'Branch and ATM changes',
    description: 'Changes to opening hours and closures near you.',
    channels: ['email', 'postal'],
  },
];

const notificationCatalog: NotificationCatalog = {
  sections: bankSections,
  channels: bankChannels,
  categories,
  currency: 'USD',
};

/** Channels on per category; every offered channel not listed is off. SMS is off: it is not verified yet. */
const initiallyOn: Record<string, string[]> = {
  'large-transactions': ['email', 'push'],
  'low-balance': ['push', 'in-app'],
  deposits: ['in-app'],
  'card-declined': ['email', 'push'],
  'new-sign-in': ['email', 'push'],
  'password-changed': ['email', 'push'],
  'contact-details-changed': ['email', 'postal'],
  'suspicious-activity': ['email', 'push', 'in-app'],
  'payment-due': ['email', 'push'],
  'payment-failed': ['email', 'push'],
  'payment-received': ['in-app'],
  'upcoming-charges': ['email'],
  'statement-ready': ['email', 'in-app'],
  'tax-documents': ['email'],
  'terms-changes': ['email', 'postal'],
  'personal-offers': ['email'],
  rewards: ['in-app'],
  'partner-offers': [],
  'new-features': ['in-app'],
  'app-tips': [],
  'planned-maintenance': ['email'],
  'service-disruptions': ['email', 'push'],
  'branch-changes': [],
};

/** The full grid of one category's offered channels, on where `on` says so. */
export function subscriptionsFor(category: NotificationCategory, on: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(category.channels.map((channel) => [channel, on.includes(channel)]));
}

const notificationPreferences: NotificationPreferences = {
  version: 1,
  updatedAt: SEEDED_AT,
  subscriptions: Object.fromEntries(categories.map((c) => [c.id, subscriptionsFor(c, initiallyOn[c.id] ?? [])])),
  frequency: { deposits: 'immediate', 'upcoming-charges': 'weekly', 'statement-ready': 'immediate' },
  thresholds: { 'large-transactions': 500, 'low-balance': 100, 'payment-due': 3 },
  quietHours: { enabled: true, start: '22:00', end: '07:00', timeZone: 'America/New_York', allowCritical: true },
  marketingConsent: { granted: true, at: '2025-11-18T16:40:00.000Z', source: 'web' },
};

const notificationHistory = [
  {
    id: 'chg_seed_3',
    at: '2026-03-02T09:15:00.000Z',
    summary: 'Push for Large transactions: on',
    source: 'mobile app',
  },
  { id: 'chg_seed_2', at: '2026-01-20T18:02:00.000Z', summary: 'Quiet hours: 22:00–07:00', source: 'web' },
  {
    id: 'chg_seed_1',
    at: '2025-11-18T16:40:00.000Z',
    summary: 'Marketing: consent given',
    source: 'branch',
  },
];

/** The end of the month 25 days from now: a card that expires within the next 60 days. */
const soon = new Date(Date.now() + 25 * 24 * 60 * 60 * 1000);

export const bankSeed: LocalSeed = {
  notifications: { catalog: notificationCatalog, preferences: notificationPreferences, history: notificationHistory },
  theme: {
    catalog: {
      swatches: [
        { id: 'harbour-blue', name: 'Harbour blue', light: '#1d5fa8', dark: '#82b5f0' },
        { id: 'evergreen', name: 'Evergreen', light: '#1f7a4d', dark: '#6fd19e' },
        { id: 'plum', name: 'Plum', light: '#7b3f8c', dark: '#cf9fdd' },
        { id: 'ember', name: 'Ember', light: '#b83c0b', dark: '#fb923c' },
        { id: 'slate', name: 'Slate', light: '#475569', dark: '#a9b8cc' },
        // The brand gold: too light for text on white, so the picker's contrast rule shows.
        { id: 'northwind-gold', name: 'Northwind gold', light: '#e6b422', dark: '#f2c94c' },
      ],
      defaultAccent: 'harbour-blue',
    },
    preferences: {
      version: 1,
      updatedAt: SEEDED_AT,
      scheme: 'system',
      accent: 'harbour-blue',
      textScale: 1,
      contrast: 'system',
      motion: 'system',
      density: 'comfortable',
    },
  },
  privacy: {
    catalog: {
      purposes: [
        {
          id: 'essential',
          label: 'Essential',
          description:
            'Running your account safely: signing in, preventing fraud and keeping the records the law requires.',
          dataUsed: ['Your account and sign-in details', 'The device you sign in from'],
          essential: true,
          essentialReason: 'We cannot run your account or keep it safe without it, and the law requires some of it.',
          confirmWithdrawal: false,
          sensitive: false,
        },
        {
          id: 'functional',
          label: 'Functional',
          description: 'Remembering your settings, such as language and the accounts you show first.',
          dataUsed: ['Your settings'],
          durationDays: 365,
          essential: false,
          confirmWithdrawal: false,
          sensitive: false,
        },
        {
          id: 'analytics',
          label: 'Analytics',
          description: 'Measuring how our website and app are used, so we can improve them.',
          dataUsed: ['Pages and screens you visit', 'Your device and browser type'],
          durationDays: 365,
          changed: { summary: 'We now also measure how the mobile app is used, not only the website.' },
          essential: false,
          confirmWithdrawal: false,
          sensitive: false,
        },
        {
          id: 'personalised-offers',
          label: 'Personalised offers',
          description: 'Using your transactions to choose the offers we show you.',
          dataUsed: ['Your transactions', 'The products you hold'],
          durationDays: 180,
          sensitive: true,
          essential: false,
          confirmWithdrawal: false,
        },
        {
          id: 'marketing',
          label: 'Marketing',
          description: 'Measuring our advertising and showing you our ads on other sites.',
          dataUsed: ['Pages you visit', 'Advertising identifiers'],
          durationDays: 180,
          essential: false,
          confirmWithdrawal: false,
          sensitive: false,
        },
        {
          id: 'partners',
          label: 'Sharing with partners',
          description: 'Sharing your contact details with insurance and travel partners for their offers.',
          dataUsed: ['Your name', 'Your email address and phone number'],
          durationDays: 365,
          confirmWithdrawal: false,
          essential: false,
          sensitive: false,
        },
      ],
      presets: [
        { id: 'strict', purposes: ['essential'] },
        { id: 'balanced', purposes: ['essential', 'functional', 'analytics'] },
        {
          id: 'open',
          purposes: ['essential', 'functional', 'analytics', 'personalised-offers', 'marketing', 'partners'],
        },
      ],
      // Global Privacy Control opts out of selling and sharing: advertising and partners.
      gpcPurposes: ['marketing', 'partners'],
      visibilityOptions: ['private', 'contacts', 'public'],
      noticeId: 'northwind-privacy-notice',
      noticeVersion: '2026-02',
      noticeTextHash: 'sha256:6f1ed002ab5595859014ebf0951522d9',
      noticeUrl: 'https://northwind.example/privacy',
      language: 'en',
      jurisdiction: 'EU',
    },
    preferences: {
      version: 1,
      updatedAt: SEEDED_AT,
      preset: 'balanced',
      purposes: {
        essential: true,
        functional: true,
        analytics: true,
        'personalised-offers': false,
        marketing: false,
        partners: false,
      },
      sources: {
        functional: 'preset',
        analytics: 'preset',
        'personalised-offers': 'preset',
        marketing: 'preset',
        partners: 'preset',
      },
      doNotSellOrShare: false,
      profileVisibility: 'private',
      // The customer reviewed the previous notice: the analytics change of 2026-02 is asked again.
      noticeVersion: '2025-09',
      consents: ['functional', 'analytics', 'personalised-offers', 'marketing', 'partners'].map((purpose) => ({
        id: `rec_seed_${purpose}`,
        purpose,
        decision: purpose === 'functional' || purpose === 'analytics' ? ('given' as const) : ('refused' as const),
        time: SEEDED_AT,
        noticeId: 'northwind-privacy-notice',
        noticeVersion: '2025-09',
        language: 'en',
        source: 'preset' as const,
        method: 'web',
        actor: 'customer' as const,
        jurisdiction: 'EU',
      })),
    },
  },
  payments: {
    version: 1,
    updatedAt: SEEDED_AT,
    // Northwind lets a retail customer keep one card for subscriptions and another for one-off payments.
    separateDefaults: true,
    methods: [
      {
        id: 'pm_visa_4242',
        type: 'card',
        brand: 'visa',
        last4: '4242',
        expMonth: 8,
        expYear: soon.getUTCFullYear() + 3,
        nickname: 'Everyday card',
        verification: 'verified',
        verificationSteps: [],
        billingAddressId: 'addr_home',
        // Removing it asks which method takes these over.
        usedBy: [
          { id: 'sub_premium', label: 'Premium account', kind: 'subscription' },
          { id: 'bill_harbor_electric', label: 'Harbor Electric', kind: 'bill' },
        ],
        upcomingCharges: 3,
      },
      {
        id: 'pm_mastercard_5454',
        type: 'card',
        brand: 'mastercard',
        last4: '5454',
        // Expires within 60 days, with charges still due on it.
        expMonth: soon.getUTCMonth() + 1,
        expYear: soon.getUTCFullYear(),
        nickname: 'Travel card',
        verification: 'verified',
        verificationSteps: [],
        billingAddressId: 'addr_london',
        usedBy: [{ id: 'plan_laptop', label: 'Laptop, 12 monthly instalments', kind: 'instalment' }],
        upcomingCharges: 2,
      },
      {
        id: 'pm_bank_6789',
        type: 'bank-account',
        brand: 'First Harbor Credit Union',
        last4: '6789',
        nickname: 'Savings',
        // Test deposits arrived: the customer must enter the two amounts (0.32 and 0.45).
        verification: 'required',
        verificationMethod: 'micro-deposits',
        verificationAttemptsLeft: 3,
        verificationSteps: [
          { status: 'pending', at: '2026-02-27T14:05:00.000Z' },
          { status: 'required', at: '2026-03-01T08:30:00.000Z' },
        ],
        currency: 'USD',
        billingAddressId: 'addr_home',
        usedBy: [],
      },
      {
        id: 'pm_bank_2468',
        type: 'bank-account',
        brand: 'Thames Mutual',
        last4: '2468',
        nickname: 'UK current account',
        // The bank is still sending the code.
        verification: 'pending',
        verificationMethod: 'code',
        verificationAttemptsLeft: 3,
        verificationSteps: [{ status: 'pending', at: '2026-03-02T09:10:00.000Z' }],
        currency: 'GBP',
        billingAddressId: 'addr_london',
        usedBy: [],
      },
      {
        id: 'pm_apple-pay_3017',
        type: 'wallet',
        brand: 'apple-pay',
        last4: '3017',
        verification: 'verified',
        verificationSteps: [],
        billingAddressId: 'addr_home',
        usedBy: [],
      },
    ],
    defaultMethodId: 'pm_visa_4242',
    defaultRecurringMethodId: 'pm_visa_4242',
    defaultOneOffMethodId: 'pm_apple-pay_3017',
    billingAddresses: [
      {
        id: 'addr_home',
        name: 'Home',
        recipient: 'Alex Morgan',
        line1: '42 Harbour Street',
        line2: 'Apartment 5B',
        city: 'Portland',
        region: 'ME',
        postalCode: '04101',
        country: 'US',
      },
      {
        id: 'addr_london',
        name: 'Office',
        recipient: 'Alex Morgan',
        organization: 'Northwind Consulting Ltd',
        line1: '10 Finsbury Square',
        city: 'London',
        postalCode: 'EC2A 1AF',
        country: 'GB',
      },
    ],
  },
};
