/**
 * The fixed vocabularies of each domain, with no zod import, so a widget that needs a
 * list of options does not pull the schemas (and zod) into its define entry. The
 * schemas in this folder are built from these lists.
 */
export const notificationFrequencies = ['immediate', 'daily', 'weekly'] as const;
export type NotificationFrequency = (typeof notificationFrequencies)[number];

export const thresholdKinds = ['balance-below', 'transaction-over', 'payment-due-days'] as const;
export type ThresholdKind = (typeof thresholdKinds)[number];

/** What a channel needs before it can deliver: SMS a verified phone, push a registered device. */
export const channelRequirements = ['verified-phone', 'registered-device', 'verified-email', 'postal-address'] as const;

export const colorSchemes = ['light', 'dark', 'system'] as const;
export const contrastModes = ['standard', 'more', 'system'] as const;
export const motionModes = ['full', 'reduce', 'system'] as const;
export const densities = ['comfortable', 'compact'] as const;
/** Text size steps, as a fraction of the host's base size. */
export const textScales = [0.875, 1, 1.125, 1.25, 1.375, 1.5] as const;

export type ColorScheme = (typeof colorSchemes)[number];
export type ContrastMode = (typeof contrastModes)[number];
export type MotionMode = (typeof motionModes)[number];
export type Density = (typeof densities)[number];

export const privacyPresets = ['strict', 'balanced', 'open'] as const;
export const profileVisibilities = ['private', 'contacts', 'public'] as const;

export const paymentMethodTypes = ['card', 'bank-account', 'wallet'] as const;
export const verificationStatuses = ['verified', 'pending', 'required', 'failed'] as const;
